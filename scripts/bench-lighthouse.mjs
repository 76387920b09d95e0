/**
 * Lighthouse (12.2.3, the last for Node 20) on one built page of each type, desktop and phone, in
 * Debian's Chromium: prints the four category scores and CLS per page. A judge nobody here wrote,
 * read by people; it asserts nothing and is not part of `npm test`.
 *
 * Usage: npm run build && npm run bench:lighthouse [-- /sok/ /tiltak/ …]
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from './lib/staticServer.mjs';

const DIST = process.env.BYGDEVEKST_OUT ?? 'dist';
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`Fant ikke ${DIST}/index.html: kjør «npm run build» først.`);
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** One page per type, as tests/helpers/builtSite.ts counts types: first path segment, index or detail. */
function onePagePerType() {
  const pages = walk(DIST)
    .filter(
      (f) => f.endsWith('index.html') && !f.includes('/pagefind/') && !relative(DIST, f).startsWith('admin/'),
    )
    .map((f) => `/${relative(DIST, f).replace(/index\.html$/, '')}`)
    .sort();
  const byType = new Map();
  for (const p of pages) {
    const parts = p.split('/').filter(Boolean);
    const type = parts.length === 0 ? '/' : parts.length === 1 ? `/${parts[0]}/` : `/${parts[0]}/:id/`;
    if (!byType.has(type)) byType.set(type, p);
  }
  return [...byType.values()];
}

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : onePagePerType();
const { server, url } = await serveStatic(DIST, 0);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  userDataDir: mkdtempSync(join(tmpdir(), 'lighthouse-')),
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const pct = (s) => (s === null || s === undefined ? '  –' : String(Math.round(s * 100)).padStart(3));
console.log(`${'side'.padEnd(50)} form     ytelse tilgj. praksis  SEO   CLS`);
try {
  for (const path of paths) {
    for (const formFactor of ['desktop', 'mobile']) {
      const config =
        formFactor === 'desktop'
          ? (await import('lighthouse/core/config/desktop-config.js')).default
          : undefined;
      const result = await lighthouse(
        new URL(path, url).href,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        config,
      );
      const lhr = result?.lhr;
      if (!lhr) {
        console.log(`${path.padEnd(50)} ${formFactor.padEnd(8)} (ingen rapport)`);
        continue;
      }
      const cls = lhr.audits['cumulative-layout-shift']?.numericValue;
      console.log(
        `${path.padEnd(50)} ${formFactor.padEnd(8)} ${CATEGORIES.map((c) => `${pct(lhr.categories[c]?.score)}    `).join('')}${cls === undefined ? '–' : cls.toFixed(3)}`,
      );
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
