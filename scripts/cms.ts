/**
 * `npm run cms`: the one way to edit locally. Starts the local editing backend
 * (scripts/lib/cmsBackend.ts) on 127.0.0.1:CMS_PORT (default 8081) and the site in `astro dev` on
 * 127.0.0.1:PORT (default 4321), and stops both together. The backend answers only that site, and
 * reads and writes only content/ and public/media/.
 *
 * `npm run cms -- --git` (or CMS_GIT=1) adds review before publishing: each change is a branch in
 * this repository until it is published (scripts/lib/cmsWorkflow.ts).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cmsPort, DEFAULT_SITE_PORT, portSetting, siteOrigins } from '../src/lib/editing/localBackend.ts';
import { CMS_WRITABLE, startCmsBackend, writableFolders } from './lib/cmsBackend.ts';
import { refuseInvalid, startContentCheck } from './lib/cmsCheck.ts';
import { createCmsWorkflow, isRepositoryTop } from './lib/cmsWorkflow.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Astro moves to the next port when its own is taken, and the backend would then refuse the site: check first. */
function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = createServer();
    s.once('error', () => done(false));
    s.listen(port, '127.0.0.1', () => s.close(() => done(true)));
  });
}

let backendPort: number;
let sitePort: number;
try {
  backendPort = cmsPort();
  sitePort = portSetting('PORT', DEFAULT_SITE_PORT);
} catch (e) {
  fail((e as Error).message);
}
if (backendPort === sitePort) fail(`CMS_PORT og PORT kan ikke være samme port (${sitePort}).`);
if (!(await portFree(sitePort))) {
  fail(
    `Port ${sitePort} er i bruk. Stopp det som kjører der (kanskje en annen «npm run dev»), eller velg en annen med PORT=….`,
  );
}

const gitMode = process.argv.includes('--git') || process.env.CMS_GIT === '1';
if (gitMode && !(await isRepositoryTop(process.cwd()))) {
  fail('«npm run cms -- --git» må startes i toppmappen til et git-depot (der .git ligger).');
}

// Every save is checked as `npm run validate` would check it, before anything is written.
const check = startContentCheck({ root: process.cwd() });
const backend = await startCmsBackend({
  root: process.cwd(),
  port: backendPort,
  origins: siteOrigins(sitePort),
  refuse: refuseInvalid(check),
  ...(gitMode
    ? {
        hook: createCmsWorkflow({
          root: process.cwd(),
          writable: CMS_WRITABLE,
          log: (line) => console.log(line),
        }),
      }
    : {}),
}).catch((e: NodeJS.ErrnoException) =>
  fail(
    e.code === 'EADDRINUSE'
      ? `Port ${backendPort} er i bruk (kanskje en annen «npm run cms» eller «npx decap-server»). Stopp den, eller velg en annen med CMS_PORT=….`
      : `Redigeringstjenesten startet ikke: ${e.message}`,
  ),
);
console.log(
  `Redigeringstjenesten lytter på ${backend.url} (bare denne maskinen), og kan bare endre ${writableFolders()}.`,
);
if (gitMode) {
  console.log(
    'Gjennomgang før publisering: hver endring lagres som en egen gren (cms/<samling>/<navn>) og kommer inn i innholdet først når den publiseres.',
  );
}
console.log(`Åpne http://127.0.0.1:${sitePort}/admin/index.html og trykk «Logg inn». Stopp med Ctrl+C.\n`);

const site = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(sitePort)],
  {
    stdio: 'inherit',
    // The /admin/ policy and config.yml read CMS_PORT, so the page talks to this backend; CMS_MODE sets how it publishes.
    env: {
      ...process.env,
      CMS_PORT: String(backend.port),
      CMS_MODE: gitMode ? 'git' : 'fs',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  },
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  site.kill('SIGTERM');
  await backend.close();
  await check.close();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
site.on('exit', (code) => void stop(code ?? 0));
