/**
 * sitemap.xml for every built HTML page, and robots.txt pointing to it, at the address the site is
 * published under (SITE_URL and BASE_PATH, src/lib/urls.ts); the build writes both after the pages.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { absoluteUrl } from '../../src/lib/urls.ts';

/** Writes <outDir>/sitemap.xml and returns how many pages it lists. */
export function writeSitemap(outDir) {
  const urls = readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => relative(outDir, join(d.parentPath, d.name)).split(sep).join('/'))
    // /admin/ is the editors' CMS, not a page for readers or search engines.
    .filter((path) => !path.startsWith('pagefind/') && !path.startsWith('admin/'))
    .map((path) => absoluteUrl(`/${path.replace(/index\.html$/, '')}`))
    .sort();
  writeFileSync(
    join(outDir, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${u}</loc></url>`).join('\n')}\n</urlset>\n`,
  );
  writeFileSync(
    join(outDir, 'robots.txt'),
    `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`,
  );
  return urls.length;
}
