/**
 * The editing page at /admin/: a bare page that loads Decap CMS from our own server (never a
 * CDN) and its configuration from config.yml beside it. Nothing else on the site loads Decap.
 */
import { readdirSync } from 'node:fs';
import { localBackendOrigin } from './localBackend.ts';

/** Where npm puts Decap's prebuilt browser bundle. */
export const DECAP_DIST = 'node_modules/decap-cms/dist';

/** Our own widgets and previews for Decap (a plain browser script, loaded after the bundle). */
export const ADMIN_SCRIPT = 'redigering';
export const ADMIN_SCRIPT_FILE = 'src/lib/editing/redigering.js';

/** The bundle and the chunks and WebAssembly it loads on demand; not the source maps or the twin `cms.js` build. */
export function decapBundleFiles(names: readonly string[] = readdirSync(DECAP_DIST)): string[] {
  return names.filter((n) => /^(\d+\.)?decap-cms\.js$/.test(n) || /^[0-9a-f]+\.wasm$/.test(n)).sort();
}

export function adminHtml(): string {
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Redigering – Bygdevekstatlas</title>
  </head>
  <body>
    <script src="decap-cms.js"></script>
    <script src="${ADMIN_SCRIPT}.js"></script>
  </body>
</html>
`;
}

/**
 * The Content-Security-Policy /admin/ needs (the rest of the site is stricter). Decap is a React
 * app that injects its styles at run time, compiles its config validator and loads WebAssembly; it talks to the local backend of `npm run cms` on
 * the editor's own machine (CMS_PORT, see localBackend.ts), or to GitHub's API in production. The end-to-end test serves the
 * page with exactly this policy.
 */
export function adminCsp(localBackendOrigins: readonly string[] = [localBackendOrigin()]): string {
  return [
    "default-src 'self'",
    // Decap validates its configuration with Ajv, which compiles code at run time: 'unsafe-eval' is needed here only.
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    // blob: is the file an editor picks to upload (a kilde's PDF): Decap reads it back with fetch() before saving.
    `connect-src 'self' ${[...localBackendOrigins, 'https://api.github.com'].join(' ')} blob:`,
    "font-src 'self' data:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
