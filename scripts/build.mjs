/**
 * The one build, in one process: Astro reads and checks the content once (stopping on any
 * problem) and builds the site; then the search index is made from the search records of that
 * same loaded content (no second read), and the sitemap from the pages written. All of it is
 * written to a temporary folder beside dist/, which becomes dist/ only when every step has
 * passed: a failed or interrupted build never leaves a half site in dist/.
 * Astro logs at «warn», so real warnings and errors show and the 200 lines of routes do not;
 * the build ends with a one-line summary.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'astro';
import { siteOfThisBuild } from '../src/data/contentLoader.ts';
import { writeSearchIndex } from '../src/lib/search/index.ts';
import { sokPoster } from '../src/views/sok.ts';
import { writeSitemap } from './lib/sitemap.mjs';
import { writeHostConfig } from './lib/hostConfig.mjs';
import { BASE_PATH } from '../src/lib/urls.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = process.env.BYGDEVEKST_OUT ?? 'dist';
/** Where this build writes until it is complete; a killed build leaves only this, never a partial outDir. */
const tempPrefix = `.${basename(outDir)}-bygges-`;
// Always the same name: Astro hashes its whole config, outDir included, and clears its content
// cache (every rendered body) when the hash changes, so a per-build name made every build cold.
const tempDir = join(dirname(outDir), `${tempPrefix}neste`);
const started = performance.now();
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

// Folders left by earlier builds that were killed.
for (const name of existsSync(dirname(outDir)) ? readdirSync(dirname(outDir)) : [])
  if (name.startsWith(tempPrefix)) rmSync(join(dirname(outDir), name), { recursive: true, force: true });

function stop(name, status = 1) {
  rmSync(tempDir, { recursive: true, force: true });
  // No stale site either: tests and `npm run serve` must not mistake an old dist/ for this build.
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBygget stoppet: ${name} feilet. Ingenting er publisert i ${outDir}/.`);
  process.exit(status);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    rmSync(tempDir, { recursive: true, force: true });
    console.error(`\nBygget avbrutt. ${outDir}/ er ikke endret.`);
    process.exit(130);
  });

/** Runs one step after Astro; any error stops the build with its message, publishing nothing. */
async function step(name, run) {
  const stepStarted = performance.now();
  try {
    const note = await run();
    if (note) console.log(note);
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : error}`);
    stop(name);
  }
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
  await build({ root: process.cwd(), outDir: tempDir, logLevel: 'warn' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop('astro build', 1);
}
console.log(`✓ astro build (${seconds(astroStarted)} s)`);
// Search index (Pagefind) into <outDir>/pagefind, from the content this build loaded and checked
// above (the site its pages were rendered from); BYGDEVEKST_SKIP_SEARCH=1 skips it (fixture builds in tests).
if (process.env.BYGDEVEKST_SKIP_SEARCH === '1')
  console.log('– søkeindeks hoppet over (BYGDEVEKST_SKIP_SEARCH=1)');
else
  await step('søkeindeks', async () => {
    const site = siteOfThisBuild();
    if (!site) throw new Error('fant ikke innholdet Astro-bygget leste og sjekket.');
    const recordsStarted = performance.now();
    // The records /sok/ made for its filters (memo per build), so they are made once.
    const records = sokPoster(site);
    const recordsTime = seconds(recordsStarted);
    const s = await writeSearchIndex(records, join(tempDir, 'pagefind'));
    return `Søkeindeks: ${s.records} poster (${[...s.perType].map(([t, n]) => `${t} ${n}`).join(', ')}), ${s.words} ord; poster ${recordsTime} s.`;
  });
await step('nettstedskart', () => `sitemap.xml: ${writeSitemap(tempDir)} sider`);
// Last: the header rules cover every file written above.
await step('vertsoppsett', () => `${writeHostConfig(tempDir, BASE_PATH)} (_headers og nginx-snutt)`);
// Every step passed: the new site replaces the old one in two renames.
const oldDir = `${tempDir}-gammel`;
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tempDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`\nFerdig: ${countPages(outDir)} sider bygget i ${outDir}/ på ${seconds(started)} s.`);
