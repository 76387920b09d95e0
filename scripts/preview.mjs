/**
 * `npm run preview`: what will be published, locally. Builds into dist/ with the production
 * settings (the real content, the search index, NODE_ENV=production; BASE_PATH and SITE_URL as
 * given, as the publishing workflow gives them) and serves it with the production headers and
 * compression, the ones the build wrote into _headers and nginx-headers.conf.
 */
import { spawnSync } from 'node:child_process';

// Settings for test fixtures and quick builds have no place in what is published.
const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['BYGDEVEKST_CONTENT', 'BYGDEVEKST_OUT', 'BYGDEVEKST_SKIP_SEARCH', 'BYGDEVEKST_SEEDS'])
  delete env[name];

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env });
if (built.status !== 0) process.exit(built.status ?? 1);
const served = spawnSync(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit', env });
process.exit(served.status ?? 0);
