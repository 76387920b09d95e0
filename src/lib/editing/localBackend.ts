/**
 * Where the local editing backend (scripts/lib/cmsBackend.ts, started by `npm run cms`) listens,
 * and which site may talk to it. One setting, CMS_PORT, moves the backend; the /admin/ policy and
 * the generated configuration read it from here, in `npm run dev` and in the build alike.
 */

export const DEFAULT_CMS_PORT = 8081;
/** The port `npm run dev`, `npm run cms` and `npm run serve` put the site on unless PORT says otherwise. */
export const DEFAULT_SITE_PORT = 4321;

/** A TCP port from an environment variable, or the default; anything else is refused in Norwegian. */
export function portSetting(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port < 1 || port > 65535) {
    throw new Error(`${name}=${JSON.stringify(raw)} er ikke et portnummer (1–65535).`);
  }
  return port;
}

export function cmsPort(env: NodeJS.ProcessEnv = process.env): number {
  return portSetting('CMS_PORT', DEFAULT_CMS_PORT, env);
}

/** Always the loopback address, never `localhost`, which may resolve to ::1 where the backend is not. */
export function localBackendOrigin(port: number = cmsPort()): string {
  return `http://127.0.0.1:${port}`;
}

export function localBackendUrl(port: number = cmsPort()): string {
  return `${localBackendOrigin(port)}/api/v1`;
}

/** The site's own origins on a port: the two names an editor may type for it. No other page may use the backend. */
export function siteOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export type PublishMode = 'simple' | 'editorial_workflow';

/**
 * How Decap publishes. `npm run cms` tells the site which backend it started (CMS_MODE): `fs`, the
 * plain mode, saves straight into content/ (simple); `git` keeps each change on a branch for review.
 * Everything else, above all the published site with the github backend, goes through review.
 */
export function cmsPublishMode(env: NodeJS.ProcessEnv = process.env): PublishMode {
  return env.CMS_MODE === 'fs' ? 'simple' : 'editorial_workflow';
}
