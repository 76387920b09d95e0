/** Checks on every built page: links resolve, every page is reachable from the home page, one h1, a real title. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, readPage } from '../helpers/builtSite.ts';

const pages = builtPages();

function internalLinks(path: string): string[] {
  return readPage(path)
    .querySelectorAll('a[href]')
    .map((a) => a.getAttribute('href')!)
    .filter((h) => h.startsWith('/') && !h.startsWith('//'))
    .map((h) => h.split('#')[0].split('?')[0])
    .filter((h) => h.length > 0);
}

describe('the built site', () => {
  it('has pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('has no internal link to a page or file that does not exist', () => {
    const broken = pages.flatMap((p) =>
      internalLinks(p)
        .filter((h) => !existsSync(fileForPath(h)))
        .map((h) => `${p} → ${h}`),
    );
    expect(broken).toEqual([]);
  });

  it('cites lines that exist: every «linje N» link lands on that line of the published source text', () => {
    const targets = new Map<string, Set<string>>();
    const missing: string[] = [];
    let checked = 0;
    for (const p of pages) {
      for (const a of readPage(p).querySelectorAll('a[href^="/kilder/"]')) {
        const [path, anchor] = a.getAttribute('href')!.split('#');
        if (!anchor || path === '/kilder/') continue;
        if (!targets.has(path))
          targets.set(
            path,
            new Set(
              readPage(path)
                .querySelectorAll('li[id]')
                .map((li) => li.id),
            ),
          );
        checked++;
        if (!targets.get(path)!.has(anchor)) missing.push(`${p} → ${path}#${anchor}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('reaches every page from the home page by following links', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const next = queue.shift()!;
      for (const h of internalLinks(next)) {
        if (h.endsWith('/') && !seen.has(h) && existsSync(fileForPath(h))) {
          seen.add(h);
          queue.push(h);
        }
      }
    }
    expect(pages.filter((p) => !seen.has(p))).toEqual([]);
  });

  it.each(pages)('%s has lang="nb", one h1, a title and a meta description', (path) => {
    const doc = readPage(path);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('nb');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('title')?.text.trim().length).toBeGreaterThan(5);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(
      20,
    );
  });

  it('makes no request to another host (no external scripts, styles, fonts or images)', () => {
    const external = pages.flatMap((p) =>
      readPage(p)
        .querySelectorAll(
          'script[src], link[rel="stylesheet"], link[rel="preload"], img[src], source[src], iframe[src]',
        )
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((u) => /^(https?:)?\/\//.test(u))
        .map((u) => `${p}: ${u}`),
    );
    expect(external).toEqual([]);
  });

  it('puts every table in a box of its own that scrolls sideways, so no table widens its page on a phone', () => {
    let tables = 0;
    const loose = pages.flatMap((p) =>
      readPage(p)
        .querySelectorAll('table')
        .filter((t) => {
          tables++;
          return !t.closest('.table-scroll');
        })
        .map((t) => `${p}: <table class="${t.getAttribute('class') ?? ''}">`),
    );
    expect(tables).toBeGreaterThan(0);
    expect(loose).toEqual([]);
  });
});
