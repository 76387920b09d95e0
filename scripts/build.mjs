/**
 * The one build: Astro reads and checks the content once (stopping on any problem), builds
 * the site, then the search index. A failing step fails the build and leaves no half-published dist/.
 * Astro logs at «warn», so real warnings and errors show and the 200 lines of routes do not;
 * the build ends with a one-line summary.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = process.env.BYGDEVEKST_OUT ?? 'dist';
const started = performance.now();
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

function stop(name, status) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBygget stoppet: ${name} feilet. Ingenting er publisert i ${outDir}/.`);
  process.exit(status ?? 1);
}

function step(name, command, args) {
  const stepStarted = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) stop(name, result.status);
  console.log(`✓ ${name} (${seconds(stepStarted)} s)`);
}

function countPages(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (d) => d.isFile() && d.name.endsWith('.html') && !join(d.parentPath, d.name).includes('/pagefind/'),
  ).length;
}

// Content is read and checked once, inside the Astro build (src/data/contentLoader.ts): a content
// problem stops the build there with the same messages `npm run validate` gives.
const astroStarted = performance.now();
try {
  await build({ root: process.cwd(), outDir, logLevel: 'warn' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop('astro build', 1);
}
console.log(`✓ astro build (${seconds(astroStarted)} s)`);
// Search index (Pagefind) from content into <outDir>/pagefind; BYGDEVEKST_SKIP_SEARCH=1 skips it (fixture builds in tests).
if (process.env.BYGDEVEKST_SKIP_SEARCH === '1')
  console.log('– søkeindeks hoppet over (BYGDEVEKST_SKIP_SEARCH=1)');
else step('søkeindeks', process.execPath, ['scripts/search-index.ts', outDir]);
step('nettstedskart', process.execPath, ['scripts/sitemap.mjs', outDir]);
console.log(`\nFerdig: ${countPages(outDir)} sider bygget i ${outDir}/ på ${seconds(started)} s.`);
