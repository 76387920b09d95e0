/**
 * The paging that keeps every page's size bounded (issue 24), on the built HTML: the /tiltak/
 * table's pages carry at most one page of rows and together list every tiltak in the content
 * exactly once, reachable by plain page links from /tiltak/; the script's data chunks hold every
 * row exactly once; and every page nav on the site is a named nav of working links.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { findAvvik, findInitiativAvvik } from '../../src/lib/checks/index.ts';
import { SIDE_RADER } from '../../src/lib/tables/paging.ts';
import { TILTAK_DEL_RADER } from '../../src/views/tiltak.ts';
import { builtPages, fileForPath, readPage } from '../helpers/builtSite.ts';

const pages = builtPages();
const { collections: c } = loadContent();
const planer = new Set(c.handlingsplaner.map((h) => h.id));
// The table lists the tiltak whose plan is loaded (src/lib/tables/tiltakTabell.ts).
const tiltakIds = c.tiltak.filter((t) => planer.has(t.data.plan)).map((t) => t.id);

const sideLenker = (path: string) =>
  readPage(path)
    .querySelectorAll('nav.side-nav a[href]')
    .map((a) => a.getAttribute('href')!);

describe('the /tiltak/ table, paged', () => {
  it('lists every tiltak exactly once over the pages /tiltak/ links to, none over its page size', () => {
    expect(tiltakIds.length).toBeGreaterThan(0);
    const sider = [...new Set(['/tiltak/', ...sideLenker('/tiltak/')])];
    const sett: string[] = [];
    for (const side of sider) {
      expect(existsSync(fileForPath(side)), side).toBe(true);
      const ids = readPage(side)
        .querySelectorAll('#tiltak-tabell tbody tr')
        .map((tr) => tr.getAttribute('data-id')!);
      expect(ids.length, side).toBeGreaterThan(0);
      expect(ids.length, side).toBeLessThanOrEqual(SIDE_RADER);
      sett.push(...ids);
    }
    expect([...sett].sort()).toEqual([...tiltakIds].sort());
    // Every page of the table is linked from the first, and no other page of the table is built.
    const bygget = pages.filter((p) => p === '/tiltak/' || p.startsWith('/tiltak/side/'));
    expect(bygget.sort()).toEqual([...sider].sort());
  });

  it('ships every row exactly once in the data chunks the table names, in the table’s order', () => {
    const tabell = readPage('/tiltak/').querySelector('#tiltak-tabell')!;
    const deler = tabell.getAttribute('data-deler')!.split(' ').filter(Boolean);
    expect(deler.length).toBe(Math.ceil(tiltakIds.length / TILTAK_DEL_RADER));
    const rader = deler.flatMap((d) => {
      const rows = JSON.parse(readFileSync(fileForPath(d), 'utf8')) as { id: string }[];
      expect(rows.length, d).toBeLessThanOrEqual(TILTAK_DEL_RADER);
      return rows.map((r) => r.id);
    });
    expect([...rader].sort()).toEqual([...tiltakIds].sort());
    // Page 1 shows the first rows of the chunks, in the same order.
    const forste = readPage('/tiltak/')
      .querySelectorAll('#tiltak-tabell tbody tr')
      .map((tr) => tr.getAttribute('data-id'));
    expect(rader.slice(0, forste.length)).toEqual(forste);
  });
});

describe('every page nav on the site', () => {
  const medNav = pages.filter((p) => readPage(p).querySelector('nav.side-nav'));
  it('is named, marks its own page, and links only to built pages that carry the same nav', () => {
    for (const p of medNav) {
      const nav = readPage(p).querySelector('nav.side-nav')!;
      expect(nav.getAttribute('aria-label'), p).toMatch(/^Sider i /);
      const current = nav.querySelectorAll('a[aria-current="page"]').map((a) => a.getAttribute('href'));
      expect(current, p).toEqual([p]);
      for (const href of sideLenker(p)) {
        expect(existsSync(fileForPath(href)), `${p} → ${href}`).toBe(true);
        expect(sideLenker(href), `${p} → ${href}`).toContain(p);
      }
    }
  });
});

/** A paged list's pages: the first, and every page its nav links to. */
const listeSider = (forste: string) => [...new Set([forste, ...sideLenker(forste)])];

describe('/avvik/, paged', () => {
  it('shows every finding of the checks exactly once over its pages, none over the page size', () => {
    // Plan findings, paged; the initiatives' findings stand on the first page.
    const funn = [...findAvvik(c), ...findInitiativAvvik(c)].map((a) => `avvik-${a.id}`);
    expect(funn.length).toBeGreaterThan(0);
    const sett = listeSider('/avvik/').flatMap((p) => {
      const ids = readPage(p)
        .querySelectorAll('.avvik-note li[id^="avvik-"]')
        .map((li) => li.getAttribute('id')!);
      expect(ids.length, p).toBeLessThanOrEqual(SIDE_RADER);
      return ids;
    });
    expect(new Set(sett).size).toBe(sett.length);
    expect(new Set(sett)).toEqual(new Set(funn));
  });
});

describe('/kilder/, bounded', () => {
  it('links a document cited by many pages to a paged list holding each of them exactly once', () => {
    const kilder = readPage('/kilder/');
    const lenker = kilder.querySelectorAll('article.kilde a[href$="/bruk/"]');
    expect(lenker.length, 'a document with its own list of citing pages').toBeGreaterThan(0);
    for (const a of lenker) {
      const antall = Number(/Alle (\d+) sidene/.exec(a.textContent)![1]);
      const sett = listeSider(a.getAttribute('href')!).flatMap((p) => {
        const hrefs = readPage(p)
          .querySelectorAll('main ul.siteringer a')
          .map((x) => x.getAttribute('href')!);
        expect(hrefs.length, p).toBeLessThanOrEqual(SIDE_RADER);
        return hrefs;
      });
      expect(sett.length).toBe(antall);
      // The same page can cite a document twice only under two kinds, never twice in one list.
      for (const h of sett) expect(existsSync(fileForPath(h)), h).toBe(true);
    }
  });
});

describe('every built page', () => {
  it('stays under 1 MB, and 150 KB gzipped (issue 24; bench:skala measures it at scale)', () => {
    const over = pages.flatMap((p) => {
      const bytes = readFileSync(fileForPath(p));
      const gzip = gzipSync(bytes).length;
      return bytes.length > 1024 * 1024 || gzip > 150 * 1024
        ? [`${p}: ${bytes.length} B, ${gzip} B gzip`]
        : [];
    });
    expect(pages.length).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });
});
