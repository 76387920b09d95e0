/**
 * Paging of the lists that grow with the content (src/lib/tables/paging.ts), on edge and bad
 * input, and on the real /tiltak/ table: its pages together hold every row exactly once.
 */
import { describe, expect, it } from 'vitest';
import { alleSider, antallSider, lesSide, sideAv, sideHref, sidePaths } from '../../src/lib/tables/paging.ts';
import { tiltakTabellSidePaths, tiltakTabellSideView, tiltakTabellView } from '../../src/views/tiltak.ts';
import { buildSite } from '../../src/views/site.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';

const href = sideHref('/liste/');
const tall = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);

describe('sideAv', () => {
  it('gives an empty list one page that says it is empty, and no page nav', () => {
    const s = sideAv([], 1, href, 10);
    expect(s).toMatchObject({ nr: 1, antallSider: 1, totalt: 0, fra: 0, til: 0, rader: [], lenker: [] });
    expect(s.forrige).toBeNull();
    expect(s.neste).toBeNull();
    expect(() => sideAv([], 2, href, 10)).toThrow(/Side 2 finnes ikke: listen har 1 side\./);
  });
  it('keeps a list of exactly one page on one page, without links', () => {
    const s = sideAv(tall(10), 1, href, 10);
    expect(s.rader).toEqual(tall(10));
    expect([s.fra, s.til, s.antallSider]).toEqual([1, 10, 1]);
    expect(s.lenker).toEqual([]);
    expect(() => sideAv(tall(10), 2, href, 10)).toThrow(/finnes ikke/);
  });
  it('puts the rest on a last, partial page and links every page', () => {
    const items = tall(23);
    const siste = sideAv(items, 3, href, 10);
    expect(siste.rader).toEqual(['r21', 'r22', 'r23']);
    expect([siste.fra, siste.til, siste.totalt]).toEqual([21, 23, 23]);
    expect(siste.lenker.map((l) => l.href)).toEqual(['/liste/', '/liste/side/2/', '/liste/side/3/']);
    expect(siste.lenker.filter((l) => l.gjeldende).map((l) => l.nr)).toEqual([3]);
    expect(siste.forrige).toBe('/liste/side/2/');
    expect(siste.neste).toBeNull();
    const forste = sideAv(items, 1, href, 10);
    expect(forste.forrige).toBeNull();
    expect(forste.neste).toBe('/liste/side/2/');
  });
  it('refuses page numbers and sizes that are not whole and positive', () => {
    for (const nr of [0, -1, 1.5, Number.NaN])
      expect(() => sideAv(tall(5), nr, href, 2)).toThrow(/finnes ikke/);
    for (const storrelse of [0, -3, 2.5, Number.NaN])
      expect(() => sideAv(tall(5), 1, href, storrelse)).toThrow(/Sidestørrelsen/);
    expect(() => antallSider(-1, 10)).toThrow(/Antall rader/);
  });
});

describe('the pages of a list together', () => {
  it('hold each item exactly once, in order, for sizes that do and do not divide the list', () => {
    for (const [n, storrelse] of [
      [0, 3],
      [1, 3],
      [9, 3],
      [10, 3],
    ]) {
      const sider = alleSider(tall(n), href, storrelse);
      expect(sider.flatMap((s) => s.rader)).toEqual(tall(n));
      expect(sider.every((s) => s.rader.length <= storrelse)).toBe(true);
      expect(sidePaths(n, storrelse).map((p) => Number(p.params.side))).toEqual(
        sider.slice(1).map((s) => s.nr),
      );
    }
  });
});

describe('lesSide', () => {
  it('reads a page number from the URL, and falls back to the nearest page on anything else', () => {
    expect(lesSide('2', 3)).toBe(2);
    expect(lesSide('9', 3)).toBe(3);
    for (const raw of [null, '', '0', '-2', '1.5', 'to', ' ']) expect(lesSide(raw, 3), String(raw)).toBe(1);
    expect(lesSide('4', 0)).toBe(1);
  });
});

describe('the /tiltak/ table, paged', () => {
  const site = buildSite(loadContent().collections);
  const v = tiltakTabellView(site);
  it('lists every tiltak exactly once over its pages, each page within its size', () => {
    expect(v.antall).toBeGreaterThan(0);
    const nr = [1, ...tiltakTabellSidePaths(site).map((p) => Number(p.params.side))];
    const sider = nr.map((n) => tiltakTabellSideView(site, n).side);
    expect(sider.flatMap((s) => s.rader.map((r) => r.id))).toEqual(v.rader.map((r) => r.id));
    for (const s of sider) expect(s.rader.length).toBeLessThanOrEqual(100);
    expect(() => tiltakTabellSideView(site, nr.length + 1)).toThrow(/finnes ikke/);
  });
});
