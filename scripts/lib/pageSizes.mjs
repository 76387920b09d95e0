/**
 * Page sizes of a built site, for `npm run bench:skala` (issue 24: no page grows without bound).
 * Prints figures and whether the page-size goal is met; asserts nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The goal: no HTML page over 1 MB raw or 150 KB gzipped. */
export const SIDE_MAKS = { raw: 1024 * 1024, gzip: 150 * 1024 };

function files(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** Every file's count and bytes, and every HTML page with its raw and gzipped size, largest first. */
export function siteSizes(dir) {
  const all = files(dir);
  const pages = all
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const bytes = readFileSync(f);
      return { path: `/${relative(dir, f)}`, raw: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => b.raw - a.raw || b.gzip - a.gzip);
  return { files: all.length, bytes: all.reduce((s, f) => s + statSync(f).size, 0), pages };
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The lines bench:skala prints: pages and dist/ size against the baseline, the ten largest, the goal. */
export function pageSizeReport(projectDir, baselineDir) {
  const p = siteSizes(projectDir);
  const b = siteSizes(baselineDir);
  const over = p.pages.filter((x) => x.raw > SIDE_MAKS.raw || x.gzip > SIDE_MAKS.gzip);
  const byGzip = [...p.pages].sort((x, y) => y.gzip - x.gzip)[0];
  return [
    `HTML-sider: prosjekt ${p.pages.length}, bart Astro+MDX ${b.pages.length} (${(p.pages.length / b.pages.length).toFixed(2)}×)`,
    `dist/: prosjekt ${mb(p.bytes)} i ${p.files} filer, bart Astro+MDX ${mb(b.bytes)} i ${b.files} filer (${(p.bytes / b.bytes).toFixed(2)}×)`,
    'De ti største HTML-sidene (rå / gzip):',
    ...p.pages.slice(0, 10).map((x) => `  ${kb(x.raw).padStart(10)} / ${kb(x.gzip).padStart(9)}  ${x.path}`),
    `Størst med gzip: ${byGzip ? `${kb(byGzip.gzip)} ${byGzip.path}` : 'ingen sider'}`,
    over.length === 0
      ? `Mål: ingen HTML-side over 1 MB eller 150 KB gzip: nådd (${p.pages.length} sider sjekket)`
      : `Mål: ingen HTML-side over 1 MB eller 150 KB gzip: IKKE nådd, ${over.length} sider over: ${over
          .slice(0, 10)
          .map((x) => `${x.path} (${kb(x.raw)} / ${kb(x.gzip)} gzip)`)
          .join(', ')}${over.length > 10 ? ', …' : ''}`,
  ];
}

// `node scripts/lib/pageSizes.mjs <dist> <baseline-dist>`: the same report for two built sites.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.length < 4) {
    console.error('Bruk: node scripts/lib/pageSizes.mjs <dist-prosjekt> <dist-baseline>');
    process.exit(2);
  }
  console.log(pageSizeReport(process.argv[2], process.argv[3]).join('\n'));
}
