/** Writes sitemap.xml for every built HTML page (run by the build after astro build). */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const outDir = process.argv[2] ?? 'dist';
const site = 'https://bygdevekstatlas.no';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}
const urls = walk(outDir)
  // /admin/ is the editors' CMS, not a page for readers or search engines.
  .filter(
    (f) => f.endsWith('index.html') && !f.includes(`${outDir}/pagefind`) && !f.includes(`${outDir}/admin/`),
  )
  .map((f) => `${site}/${relative(outDir, f).replace(/index\.html$/, '')}`)
  .sort();
writeFileSync(
  join(outDir, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${u}</loc></url>`).join('\n')}\n</urlset>\n`,
);
console.log(`sitemap.xml: ${urls.length} sider`);
