/**
 * Prints build time per page and page weight (HTML, CSS, JS, gzip) for the built site.
 * Figures only, never a pass/fail: run `npm run bench` after changes that may cost speed or size.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = process.env.BYGDEVEKST_OUT ?? 'dist';
const started = performance.now();
const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error('Bygget feilet; kjør «npm run build» for å se hvorfor.');
  process.exit(1);
}

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
const files = walk(outDir);
const pages = files.filter((f) => f.endsWith('.html'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (f) => gzipSync(readFileSync(f)).length;

/** What a first visit to a page downloads: the HTML and the CSS/JS it links from this site. */
function weight(page) {
  const html = readFileSync(page, 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="(\/[^"]+\.(?:css|js))"/g)].map((m) => join(outDir, m[1]));
  const all = [page, ...new Set(assets)];
  return { raw: all.reduce((s, f) => s + statSync(f).size, 0), gzip: all.reduce((s, f) => s + gz(f), 0) };
}

const weights = pages
  .map((p) => ({ page: `/${relative(outDir, p)}`, ...weight(p) }))
  .sort((a, b) => b.gzip - a.gzip);
const total = (k) => weights.reduce((s, w) => s + w[k], 0);
console.log(
  `Bygg: ${seconds.toFixed(1)} s for ${pages.length} sider = ${((seconds * 1000) / pages.length).toFixed(0)} ms per side`,
);
console.log(
  `Sidevekt (HTML + egen CSS/JS), gzip: snitt ${kb(total('gzip') / weights.length)}, median ${kb(weights[Math.floor(weights.length / 2)].gzip)}, størst ${kb(weights[0].gzip)} (${weights[0].page})`,
);
console.log('Tyngste sider (gzip / ukomprimert):');
for (const w of weights.slice(0, 5)) console.log(`  ${w.page}: ${kb(w.gzip)} / ${kb(w.raw)}`);
const js = files.filter((f) => f.endsWith('.js') && !f.includes('/pagefind/'));
console.log(
  `JavaScript utenom søket: ${js.length} filer, ${kb(js.reduce((s, f) => s + gz(f), 0))} gzip i alt`,
);
for (const f of js) console.log(`  /${relative(outDir, f)}: ${kb(gz(f))} gzip`);
const dataFiles = files.filter((f) => f.includes(`${outDir}/data/`));
console.log(
  `Åpne data: ${dataFiles.length} filer, ${kb(dataFiles.reduce((s, f) => s + statSync(f).size, 0))}`,
);
