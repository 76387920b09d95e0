/**
 * Search latency on the built site, in Debian's Chromium: for a set of queries, the time
 * Pagefind's search() takes (cold: the first search of a fresh page, loading index chunks;
 * warm: the same query again) and the time from typing into /sok/ until the results are
 * shown and announced (including the page's 250 ms debounce). Prints figures; asserts nothing.
 *
 * Usage: npm run build && npx node scripts/bench-search.mjs [runs=5]
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from './lib/staticServer.mjs';

const DIST = process.env.BYGDEVEKST_OUT ?? 'dist';
const RUNS = Number(process.argv[2] ?? 5);
const QUERIES = [
  'Husbanken',
  'tiltakene',
  'Grong',
  'TRFK',
  'okt',
  'boligbygging',
  'BV-midler',
  'rekruttering av arbeidskraft',
  'kollektivtilbud',
  'IN',
];
/** Filtered and sorted searches, as URL query strings of /sok/. */
const URL_SEARCHES = [
  'type=tiltak&sort=budsjett-desc',
  'q=bolig&pilot=indre-namdal',
  'q=kompetanse&type=tiltak&type=delmal&sort=budsjett-asc',
];

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error(`Fant ikke ${DIST}/pagefind/pagefind.js: kjør «npm run build» først.`);
  process.exit(1);
}

const { server, url } = await serveStatic(DIST, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;

/** Pagefind's API alone: cold and warm search() plus loading the data of the first 20 results. */
async function apiTimes(query) {
  const cold = [];
  const warm = [];
  let n = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('/sok/', url).href);
    const r = await page.evaluate(async (q) => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      await pf.filters();
      const t0 = performance.now();
      const s1 = await pf.search(q);
      await Promise.all(s1.results.slice(0, 20).map((x) => x.data()));
      const t1 = performance.now();
      const s2 = await pf.search(q);
      await Promise.all(s2.results.slice(0, 20).map((x) => x.data()));
      const t2 = performance.now();
      return { cold: t1 - t0, warm: t2 - t1, n: s1.results.length };
    }, query);
    cold.push(r.cold);
    warm.push(r.warm);
    n = r.n;
    await context.close();
  }
  return { cold, warm, n };
}

/** The page: from setting the URL (or typing) until the results are shown and announced. */
async function pageTime(search, typed) {
  const times = [];
  let n = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const done = () =>
      page.waitForFunction(() => {
        const app = document.getElementById('sok-app');
        return !!app && app.dataset.ferdig !== undefined && app.dataset.ferdig === location.search.slice(1);
      });
    if (typed) {
      await page.goto(new URL('/sok/', url).href);
      await done();
      const t0 = Date.now();
      await page.fill('#q', typed);
      await page.waitForFunction(() => location.search.includes('q='));
      await done();
      times.push(Date.now() - t0);
    } else {
      const t0 = Date.now();
      await page.goto(new URL(`/sok/?${search}`, url).href);
      await done();
      times.push(Date.now() - t0);
    }
    n = Number(await page.locator('#sok-status').getAttribute('data-treff'));
    await context.close();
  }
  return { times, n };
}

console.log(`Søkelatens i Chromium, ${RUNS} kjøringer per spørring (median / maks)\n`);
console.log('Pagefind search() + data for de første 20 treffene:');
console.log(
  `${'spørring'.padEnd(32)} ${'treff'.padStart(5)}   ${'kald median'.padStart(11)} ${'kald maks'.padStart(10)}   ${'varm median'.padStart(11)}`,
);
const allCold = [];
const allWarm = [];
for (const q of QUERIES) {
  const { cold, warm, n } = await apiTimes(q);
  allCold.push(...cold);
  allWarm.push(...warm);
  console.log(
    `${`«${q}»`.padEnd(32)} ${String(n).padStart(5)}   ${fmt(median(cold))} ${fmt(Math.max(...cold))}   ${fmt(median(warm))}`,
  );
}
console.log(
  `${'alle'.padEnd(32)} ${''.padStart(5)}   ${fmt(median(allCold))} ${fmt(Math.max(...allCold))}   ${fmt(median(allWarm))}`,
);

console.log(
  '\nSøkesiden /sok/: fra skriving til treffene er vist og annonsert (med 250 ms venting på tastetrykk):',
);
for (const q of ['Husbanken', 'TRFK', 'boligbygging']) {
  const { times, n } = await pageTime(null, q);
  console.log(
    `${`skriver «${q}»`.padEnd(58)} ${String(n).padStart(5)} treff ${fmt(median(times))} ${fmt(Math.max(...times))}`,
  );
}
console.log('\nSøkesiden /sok/: fra lasting av en delt adresse til treffene er vist (hele sidelastingen):');
for (const s of URL_SEARCHES) {
  const { times, n } = await pageTime(s, null);
  console.log(
    `${`?${s}`.padEnd(58)} ${String(n).padStart(5)} treff ${fmt(median(times))} ${fmt(Math.max(...times))}`,
  );
}

await browser.close();
await new Promise((done) => server.close(done));
