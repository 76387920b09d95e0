/**
 * The built site in dist/, as the browser and output tests see it. `npm test` builds it first;
 * run alone, these tests ask for `npm run build` rather than testing something stale or absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * Page type = the first path segment, then one placeholder per deeper segment: «:n» for a number
 * (a page of a paged list, a part of a source text), «:id» for anything else. So «/piloter/:id/»,
 * «/tiltak/:id/:n/» (a page of the /tiltak/ list) and «/kilder/:id/:n/» are types of their own.
 */
export function pageType(path: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean);
  if (first === undefined) return '/';
  return `/${[first, ...rest.map((s) => (/^\d+$/.test(s) ? ':n' : ':id'))].join('/')}/`;
}

/** One page per page type: the first in sorted order. */
export function onePagePerType(): string[] {
  const byType = new Map<string, string>();
  for (const p of builtPages()) if (!byType.has(pageType(p))) byType.set(pageType(p), p);
  return [...byType.values()];
}

/** One page per page type: the largest file, so the most rows, the longest names, the most columns. */
export function largestPagePerType(): string[] {
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of builtPages()) {
    const size = statSync(fileForPath(path)).size;
    const type = pageType(path);
    if (size > (largest.get(type)?.size ?? -1)) largest.set(type, { path, size });
  }
  return [...largest.values()].map((p) => p.path);
}

/** The same helpers for a site built into another folder (the growth fixture in tests/built/vekst.test.ts). */
export function builtSiteAt(dir: string) {
  const pagesIn = (): string[] =>
    walk(dir)
      .filter(
        (f) =>
          f.endsWith('.html') &&
          !f.endsWith('404.html') &&
          !f.includes('/pagefind/') &&
          !relative(dir, f).startsWith('admin/'),
      )
      .map(
        (f) =>
          `/${relative(dir, f)
            .replace(/index\.html$/, '')
            .replace(/\\/g, '/')}`,
      )
      .sort();
  const fileFor = (path: string): string => {
    const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
    return clean.endsWith('/') ? join(dir, clean, 'index.html') : join(dir, clean);
  };
  return {
    dir,
    builtPages: pagesIn,
    fileForPath: fileFor,
    readPage: (path: string): HTMLElement => parse(readFileSync(fileFor(path), 'utf8')),
  };
}
