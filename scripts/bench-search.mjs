/**
 * Search latency on the built site, in Debian's Chromium: for a set of queries, the time
 * Pagefind's search() takes (cold: the first search of a fresh page, loading index chunks;
 * warm: the same query again); on /sok/, for the first query typed into a loaded page, the
 * time until the first hit is shown (from typing, with the page's wait for typing to pause,
 * and from the search's start), until everything (counts, announcement) is done, and for the
 * same query typed again; and the time from opening a shared search URL until it is fully
 * restored. Prints figures; asserts nothing.
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
  const phases = [];
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
      // Where the time went, from the page's marks (ms since navigation start).
      phases.push(
        await page.evaluate(() =>
          Object.fromEntries(
            ['sok:pagefind-init', 'sok:pagefind-filtre', 'sok:treff', 'sok:ferdig'].map((m) => [
              m,
              performance.getEntriesByName(m).at(-1)?.startTime ?? NaN,
            ]),
          ),
        ),
      );
    }
    n = Number(await page.locator('#sok-status').getAttribute('data-treff'));
    await context.close();
  }
  return { times, n, phases };
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
  '\nSøkesiden /sok/: fra skriving til treffene er vist og annonsert (med 150 ms venting på pause i skrivingen):',
);
for (const q of ['Husbanken', 'TRFK', 'boligbygging']) {
  const { times, n } = await pageTime(null, q);
  console.log(
    `${`skriver «${q}»`.padEnd(58)} ${String(n).padStart(5)} treff ${fmt(median(times))} ${fmt(Math.max(...times))}`,
  );
}
/**
 * The first query typed into a loaded /sok/, then the same query again (after clearing the box),
 * timed inside the page from the input event to the page's own marks (src/scripts/search.ts):
 * «sok:treff» when the first hits are in the list, «sok:ferdig» when counts and announcement are done.
 */
async function firstQuery(query) {
  const rows = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('/sok/', url).href);
    await page.waitForFunction(() => document.getElementById('sok-app')?.dataset.ferdig === '');
    // A site built before the page marked its phases cannot be timed this way.
    if (!(await page.evaluate(() => performance.getEntriesByName('sok:ferdig').length > 0))) {
      await context.close();
      return null;
    }
    rows.push(
      await page.evaluate(async (q) => {
        const input = document.getElementById('q');
        const next = (name) =>
          new Promise((resolve) => {
            const seen = performance.getEntriesByName(name).length;
            const check = () =>
              performance.getEntriesByName(name).length > seen
                ? resolve(performance.getEntriesByName(name).at(-1).startTime)
                : setTimeout(check, 1);
            check();
          });
        const type = async (text) => {
          const treff = next('sok:treff');
          const ferdig = next('sok:ferdig');
          const t0 = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (!text) return { all: (await ferdig) - t0 };
          const shown = await treff;
          const start = performance.getEntriesByName('sok:start').at(-1).startTime;
          return { shown: shown - t0, fromStart: shown - start, all: (await ferdig) - t0 };
        };
        const first = await type(q);
        await type('');
        const again = await type(q);
        return { ...first, again: again.shown };
      }, query),
    );
    await context.close();
  }
  return rows;
}

console.log(
  '\nFørste søk på en lastet /sok/: første treff vist (fra skriving, med venting på pause i skrivingen; fra søket starter), alt ferdig, og samme søk igjen:',
);
console.log(
  `${'spørring'.padEnd(32)} ${'første treff'.padStart(12)} ${'fra start'.padStart(10)} ${'alt ferdig'.padStart(11)} ${'igjen'.padStart(10)}   (median)`,
);
for (const q of ['Husbanken', 'tiltakene', 'TRFK', 'boligbygging', 'IN']) {
  const rows = await firstQuery(q);
  if (!rows) {
    console.log('(ikke målt: søkesiden i dette bygget merker ikke fasene sine)');
    break;
  }
  const m = (k) => fmt(median(rows.map((r) => r[k])));
  console.log(`${`«${q}»`.padEnd(32)} ${m('shown')} ${m('fromStart')} ${m('all')} ${m('again')}`);
}

console.log('\nSøkesiden /sok/: fra lasting av en delt adresse til treffene er vist (hele sidelastingen):');
for (const s of URL_SEARCHES) {
  const { times, n, phases } = await pageTime(s, null);
  const at = (m) => (phases.some((p) => Number.isNaN(p[m])) ? '–' : fmt(median(phases.map((p) => p[m]))));
  console.log(
    `${`?${s}`.padEnd(58)} ${String(n).padStart(5)} treff ${fmt(median(times))} ${fmt(Math.max(...times))}` +
      `   (Pagefind klar ${at('sok:pagefind-init')}, filtre ${at('sok:pagefind-filtre')}, første treff ${at('sok:treff')}, ferdig ${at('sok:ferdig')})`,
  );
}

await browser.close();
await new Promise((done) => server.close(done));
