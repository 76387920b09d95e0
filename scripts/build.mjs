/**
 * The one build, in one process: Astro reads and checks the content once (stopping on any
 * problem) and builds the site; then the search index is made from the search records of that
 * same loaded content (no second read), and the sitemap from the pages written.
 *
 * All or nothing, one at a time:
 * - A lock file in the project lets one build run at a time; a second one waits for it (and
 *   says so in Norwegian) instead of sharing, and deleting, the first one's temporary folder.
 *   The lock is for the whole project, not per dist/: Astro keeps its build files in the
 *   project's .astro/ whenever the output folder lies outside it, as it does in tests.
 * - Everything is written to a temporary folder beside dist/. Only when every step has passed,
 *   and the site holds a page for every entry its content has, does it become the published site.
 * - dist/ is a link to the published folder, replaced in one rename: at every moment dist/ is
 *   either the whole old site or the whole new one. A refused, failed or killed build leaves
 *   the old site exactly as it was.
 * Astro logs at «warn», so real warnings and errors show and the 200 lines of routes do not;
 * the build ends with a one-line summary.
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'astro';
import { checkedContent, siteOfThisBuild } from '../src/data/contentLoader.ts';
import { searchRecords, writeSearchIndex } from '../src/lib/search/index.ts';
import { BASE_PATH, urlFor, withoutBase } from '../src/lib/urls.ts';
import { sokPoster } from '../src/views/sok.ts';
import { publicLinksProblem } from './lib/publicLinks.mjs';
import { writeSitemap } from './lib/sitemap.mjs';
import { writeHostConfig } from './lib/hostConfig.mjs';
import { keepPageCode } from './lib/keepPageCode.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = (process.env.BYGDEVEKST_OUT ?? 'dist').replace(/[/\\]+$/, '');
const parent = dirname(outDir);
const name = basename(outDir);
/** Where this build writes until it is complete; a killed build leaves only this, never a partial outDir. */
const tempPrefix = `.${name}-bygges-`;
// Always the same name: Astro hashes its whole config, outDir included, and clears its content
// cache (every rendered body) when the hash changes, so a per-build name made every build cold.
// The lock below is what keeps two builds from sharing it.
const tempDir = join(parent, `${tempPrefix}neste`);
/** The search index, made beside Astro's page rendering; moved into tempDir once Astro is done. */
const searchDir = join(parent, `${tempPrefix}sok`);
/** Published sites: outDir is a link to one of these. */
const editionPrefix = `.${name}-utgave-`;
const lockFile = join(process.cwd(), '.bygges.lock');
/** How long a second build waits for the first before it gives up. */
const WAIT_MINUTES = 15;
const started = performance.now();
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** What the old site is now, for every message that ends a build without publishing. */
function oldSiteNote() {
  return existsSync(join(outDir, 'index.html'))
    ? `${outDir}/ er ikke endret: forrige bygg ligger der som før.`
    : `Ingenting er publisert i ${outDir}/.`;
}

// --- One build at a time -------------------------------------------------------------------

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the lock, or returns the pid of the build that holds it. A lock left by a killed build is taken over. */
function takeLock() {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return undefined;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder;
    try {
      holder = Number(readFileSync(lockFile, 'utf8'));
      // A lock without a pid is being written right now, unless it is old (a crash between open and write).
      if (!(holder > 0) && Date.now() - statSync(lockFile).mtimeMs < 10_000) return 'ukjent';
    } catch {
      continue; // released meanwhile
    }
    if (holder > 0 && processAlive(holder)) return holder;
    rmSync(lockFile, { force: true });
  }
  return 'ukjent';
}

let ownsLock = false;
requireParent();
let holder = takeLock();
if (holder !== undefined) {
  console.log(`Venter på et annet bygg (prosess ${holder}) som kjører i dette prosjektet …`);
  const deadline = Date.now() + WAIT_MINUTES * 60_000;
  while (holder !== undefined && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 500));
    holder = takeLock();
  }
}
if (holder !== undefined) {
  console.error(
    `Bygget ble ikke startet: et annet bygg (prosess ${holder}) har kjørt i over ${WAIT_MINUTES} minutter i dette prosjektet. ` +
      `Vent til det er ferdig, eller avslutt det, og kjør «npm run build» på nytt. ${oldSiteNote()}`,
  );
  process.exit(1);
}
ownsLock = true;
process.on('exit', () => {
  if (ownsLock) rmSync(lockFile, { force: true });
});

function requireParent() {
  mkdirSync(parent, { recursive: true });
}

// --- Leftovers from a build that was killed --------------------------------------------------

/** The edition outDir links to, or undefined when outDir is a plain folder or missing. */
function publishedEdition() {
  try {
    return lstatSync(outDir).isSymbolicLink() ? basename(readlinkSync(outDir)) : undefined;
  } catch {
    return undefined;
  }
}

for (const entry of readdirSync(parent)) {
  if (entry.startsWith(tempPrefix)) rmSync(join(parent, entry), { recursive: true, force: true });
}
// A build killed while turning a plain dist/ folder into a link left the old site here.
const oldPlain = join(parent, `${editionPrefix}forrige`);
if (!existsSync(outDir) && existsSync(oldPlain)) {
  renameSync(oldPlain, outDir);
  console.log(`Fant forrige bygg etter et avbrutt bygg, og la det tilbake i ${outDir}/.`);
}
removeOldEditions();

/** Deletes editions outDir no longer links to. A file that cannot be deleted is reported, not fatal: the site is already published. */
function removeOldEditions() {
  const keep = publishedEdition();
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(editionPrefix) || entry === keep || entry === basename(oldPlain)) continue;
    try {
      rmSync(join(parent, entry), { recursive: true, force: true });
    } catch (error) {
      console.warn(
        `Merk: klarte ikke å slette den gamle utgaven ${join(parent, entry)}/ (${error.code ?? error.message}); ` +
          'slett den selv. Nettstedet i ' +
          `${outDir}/ er ikke berørt.`,
      );
    }
  }
}

// --- Stopping ------------------------------------------------------------------------------

function stop(step, status = 1) {
  rmSync(tempDir, { recursive: true, force: true });
  rmSync(searchDir, { recursive: true, force: true });
  console.error(`\nBygget stoppet: ${step} feilet. ${oldSiteNote()}`);
  process.exit(status);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    rmSync(tempDir, { recursive: true, force: true });
    rmSync(searchDir, { recursive: true, force: true });
    console.error(`\nBygget avbrutt. ${oldSiteNote()}`);
    process.exit(130);
  });

/** An error in Norwegian, with the system's code (ENOSPC, EACCES) kept for whoever must fix it. */
function describe(error) {
  if (!(error instanceof Error)) return String(error);
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  const known = {
    ENOSPC: 'disken er full',
    EDQUOT: 'diskkvoten er brukt opp',
    EACCES: 'mangler tilgang',
    EPERM: 'ikke tillatt',
    EROFS: 'disken er skrivebeskyttet',
    EIO: 'lese- eller skrivefeil på disken',
  };
  return code && known[code] ? `${known[code]} (${code}: ${error.message})` : error.message;
}

/** Runs one step after Astro; any error stops the build with its message, publishing nothing. */
async function step(stepName, run) {
  const stepStarted = performance.now();
  try {
    const note = await run();
    if (note) console.log(note);
  } catch (error) {
    console.error(`${stepName}: ${describe(error)}`);
    stop(stepName);
  }
  console.log(`✓ ${stepName} (${seconds(stepStarted)} s)`);
}

function countPages(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (d) => d.isFile() && d.name.endsWith('.html') && !join(d.parentPath, d.name).includes('/pagefind/'),
  ).length;
}

/** The page every entry with its own address must have; a missing one means the build lost pages. */
function expectedPages(site) {
  const c = site.c;
  const urls = [
    '/',
    ...c.piloter.map((e) => urlFor.pilot(e.id)),
    ...c.handlingsplaner.map((e) => urlFor.plan(e.id)),
    ...c.delmal.map((e) => urlFor.delmal(e.id)),
    ...c.tiltak.map((e) => urlFor.tiltak(e.id)),
    ...c.kommuner.map((e) => urlFor.kommune(e.id)),
    ...c.aktorer.map((e) => urlFor.aktor(e.id)),
    ...c.tema.map((e) => urlFor.tema(e.id)),
    ...c.kilder.map((e) => urlFor.kildeTekst(e.id)),
    ...c.initiativer.map((e) => urlFor.initiativ(e.id)),
    ...c.laering.map((e) => urlFor.laering(e.id)),
  ];
  // urlFor gives addresses under the base path; the files sit in the output folder without it.
  return [...new Set(urls)].map((u) => join(withoutBase(u) ?? u, 'index.html'));
}

// --- The build -------------------------------------------------------------------------------

const publicProblem = publicLinksProblem('public');
if (publicProblem) {
  console.error(publicProblem);
  stop('sjekken av public/');
}

// Search index (Pagefind) from the search records of the content Astro has just loaded and
// checked, started as soon as it has (its hook below), so Pagefind's own process indexes while
// Astro renders pages. It is written beside tempDir, where Astro cannot clear it, and moved in
// after Astro. BYGDEVEKST_SKIP_SEARCH=1 skips it (fixture builds in tests).
const skipSearch = process.env.BYGDEVEKST_SKIP_SEARCH === '1';
/** The index being made: its records, its summary and how long it took. */
let searchJob;
function startSearch() {
  const searchStarted = performance.now();
  // The same checked content the loader filled Astro's store from: shared, not read again.
  const records = searchRecords(checkedContent().collections);
  return writeSearchIndex(records, searchDir).then((summary) => ({
    records,
    summary,
    seconds: seconds(searchStarted),
  }));
}
/** The address of the first record that differs between two lists in address order (the index's order), or undefined. */
function firstDifference(a, b) {
  const byUrl = (list) => new Map(list.map((r) => [r.url, JSON.stringify(r)]));
  const [x, y] = [byUrl(a), byUrl(b)];
  for (const url of new Set([...x.keys(), ...y.keys()])) if (x.get(url) !== y.get(url)) return url;
  return undefined;
}

/** @type {import('astro').AstroIntegration} */
const searchBesideAstro = {
  name: 'bygdevekst-search-beside-astro',
  hooks: {
    // Astro has loaded and checked all content before this hook (src/data/contentLoader.ts).
    'astro:build:start': () => {
      if (skipSearch) return;
      searchJob = startSearch();
      // Kept until awaited below; an error then stops the build like any other step.
      searchJob.catch(() => undefined);
    },
  },
};

// Content is read and checked once, inside the Astro build (src/data/contentLoader.ts): a content
// problem stops the build there with the same messages `npm run validate` gives.
const astroStarted = performance.now();
try {
  const keepCode = process.env.BYGDEVEKST_BEHOLD_KODE;
  await build({
    root: process.cwd(),
    outDir: tempDir,
    logLevel: 'warn',
    integrations: [searchBesideAstro, ...(keepCode ? [keepPageCode(keepCode)] : [])],
  });
} catch (error) {
  console.error(describe(error));
  stop('astro build', 1);
}
console.log(`✓ astro build (${seconds(astroStarted)} s)`);
await step('sidekontroll', () => {
  const site = siteOfThisBuild();
  if (!site) throw new Error('fant ikke innholdet Astro-bygget leste og sjekket.');
  const expected = expectedPages(site);
  const missing = expected.filter((page) => !existsSync(join(tempDir, page)));
  if (missing.length > 0)
    throw new Error(
      `${missing.length} av ${expected.length} sider som innholdet skal gi, ble ikke skrevet ` +
        `(for eksempel ${missing.slice(0, 3).join(', ')}).`,
    );
  return undefined;
});
if (skipSearch) console.log('– søkeindeks hoppet over (BYGDEVEKST_SKIP_SEARCH=1)');
else
  await step('søkeindeks', async () => {
    const site = siteOfThisBuild();
    if (!site) throw new Error('fant ikke innholdet Astro-bygget leste og sjekket.');
    if (!searchJob)
      throw new Error('søkeindeksen ble ikke startet: Astro meldte ikke at innholdet var lest.');
    let { records, summary, seconds: indexTime } = await searchJob;
    // The records /sok/ made for its filters from the site the pages were rendered from (memo
    // per build). They are the index's records by construction; should they ever differ, the
    // index is made again from these, so the published index always matches the pages.
    const rendered = sokPoster(site);
    const differs = firstDifference(records, rendered);
    if (differs) {
      console.warn(
        `Søkeposten ${differs} fra sidene skilte seg fra den tidlige; søkeindeksen lages på nytt.`,
      );
      summary = await writeSearchIndex(rendered, searchDir);
    }
    renameSync(searchDir, join(tempDir, 'pagefind'));
    const s = summary;
    return `Søkeindeks: ${s.records} poster (${[...s.perType].map(([t, n]) => `${t} ${n}`).join(', ')}), ${s.words} ord; laget ved siden av Astro på ${indexTime} s.`;
  });
await step('nettstedskart', () => `sitemap.xml: ${writeSitemap(tempDir)} sider`);
// Last: the header rules cover every file written above.
await step('vertsoppsett', () => `${writeHostConfig(tempDir, BASE_PATH)} (_headers og nginx-snutt)`);

// --- Publishing: one rename ------------------------------------------------------------------

const pages = countPages(tempDir);
const edition = `${editionPrefix}${Date.now().toString(36)}-${process.pid}`;
try {
  renameSync(tempDir, join(parent, edition));
  // The first build after a plain dist/ folder moves that folder aside once (put back above if killed here).
  if (existsSync(outDir) && !lstatSync(outDir).isSymbolicLink()) renameSync(outDir, oldPlain);
  const link = join(parent, `${tempPrefix}lenke`);
  rmSync(link, { force: true });
  // A relative link, so the project folder can be moved; «junction» lets Windows make it without admin rights.
  symlinkSync(edition, link, 'junction');
  // rename() replaces the old link in one step: readers see the old site or the new one, never none.
  renameSync(link, outDir);
} catch (error) {
  console.error(`publisering: ${describe(error)}`);
  if (!existsSync(outDir) && existsSync(oldPlain)) renameSync(oldPlain, outDir);
  rmSync(join(parent, edition), { recursive: true, force: true });
  stop('publisering');
}
if (existsSync(oldPlain)) {
  try {
    rmSync(oldPlain, { recursive: true, force: true });
  } catch (error) {
    console.warn(
      `Merk: klarte ikke å slette forrige bygg i ${oldPlain}/ (${describe(error)}); slett det selv.`,
    );
  }
}
removeOldEditions();
ownsLock = false;
unlinkSync(lockFile);
console.log(`\nFerdig: ${pages} sider bygget i ${outDir}/ på ${seconds(started)} s.`);
