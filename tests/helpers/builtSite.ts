/**
 * The built site in dist/, as the browser and output tests see it. `npm test` builds it first;
 * run alone, these tests ask for `npm run build` rather than testing something stale or absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = process.env.BYGDEVEKST_OUT ?? 'dist';

export function requireBuiltSite(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `Fant ikke ${DIST}/index.html: kjør «npm run build» før disse testene (npm test gjør det).`,
    );
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/**
 * Every HTML page as its URL path («/piloter/indre-namdal/»), 404.html excluded, and /admin/
 * excluded: that is Decap CMS's own app page (third-party markup, its own tests in cms.test.ts
 * and admin.test.ts), not a page of the site.
 */
export function builtPages(): string[] {
  requireBuiltSite();
  return walk(DIST)
    .filter(
      (f) =>
        f.endsWith('.html') &&
        !f.endsWith('404.html') &&
        !f.includes('/pagefind/') &&
        !relative(DIST, f).startsWith('admin/'),
    )
    .map(
      (f) =>
        `/${relative(DIST, f)
          .replace(/index\.html$/, '')
          .replace(/\\/g, '/')}`,
    )
    .sort();
}

export function fileForPath(path: string): string {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  return clean.endsWith('/') ? join(DIST, clean, 'index.html') : join(DIST, clean);
}

export function readPage(path: string): HTMLElement {
  return parse(readFileSync(fileForPath(path), 'utf8'));
}

/** Page type = first path segment, with detail pages told apart from index pages («/piloter/:id/»). */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  return parts.length === 1 ? `/${parts[0]}/` : `/${parts[0]}/:id/`;
}

/** One page per page type: the first in sorted order. */
export function onePagePerType(): string[] {
  const byType = new Map<string, string>();
  for (const p of builtPages()) if (!byType.has(pageType(p))) byType.set(pageType(p), p);
  return [...byType.values()];
}
