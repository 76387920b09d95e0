import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { kildeBruk, oppforing, samleKilder, unikeKilder } from '../../src/lib/model/sources.ts';
import { alleKildeRefs } from '../../src/lib/loading/sourceRefs.ts';
import { urlFor } from '../../src/lib/urls.ts';
import { ref, verden } from '../helpers/pageWorld.ts';

describe('sources', () => {
  it('finds every source reference inside nested data', () => {
    expect(
      alleKildeRefs({
        a: [{ kilde: { url: 'https://x.no' } }, { b: { dokument: 'd', linjer: [1, 2] } }],
        dokument: 5,
      }),
    ).toEqual([{ url: 'https://x.no' }, { dokument: 'd', linjer: [1, 2] }]);
  });
  it('lists the entries citing each document and each web address, once each', () => {
    const b = kildeBruk(verden());
    expect(b.dokumenter.ubrukt).toEqual([]);
    const hrefs = b.dokumenter.testdok.map((s) => s.href);
    expect(hrefs).toContain('/piloter/testpilot/');
    expect(hrefs).toContain('/handlingsplaner/testpilot-2024/');
    expect(hrefs).toContain('/tiltak/testpilot-2025-t1/');
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(b.nettsider.map((n) => [n.url, n.siteringer.length])).toEqual([
      ['https://example.org/a', 2],
      ['https://example.org/f', 2],
      ['https://example.org/g', 1],
      ['https://example.org/k', 3],
    ]);
  });
  it('removes duplicate references and merges adjacent line ranges of one document', () => {
    const refs = [
      ref([10, 12]),
      { url: 'https://b.no' },
      ref([1, 3]),
      ref([4, 6]),
      ref([1, 3]),
      ref([20, 20]),
      { dokument: 'annet' },
    ];
    expect(unikeKilder(refs)).toHaveLength(6);
    expect(samleKilder(refs)).toEqual([
      { dokument: 'annet' },
      ref([1, 6]),
      ref([10, 12]),
      ref([20, 20]),
      { url: 'https://b.no' },
    ]);
  });
  it('names and links any entry', () => {
    const c = verden();
    expect(oppforing(c, 'tiltak', 'testpilot-2025-t1')).toEqual({
      samling: 'tiltak',
      href: '/tiltak/testpilot-2025-t1/',
      tittel: 'Testpiloten 2025, tiltak T1: Boligtiltak',
    });
    expect(oppforing(c, 'delmal', 'testpilot-d2').tittel).toBe('Testpiloten, delmål 2: Mobilitet');
    expect(urlFor.kilde('testdok')).toBe('/kilder/#testdok');
    expect(urlFor.side('bakgrunn')).toBe('/om/');
    expect(urlFor.side('ordliste')).toBe('/om/ordliste/');
  });
});

describe('on the valid fixture', () => {
  it('finds the citing entries in content loaded from disk', () => {
    const { collections } = loadContent('tests/fixtures/gyldig');
    expect(kildeBruk(collections).dokumenter.testdok.length).toBeGreaterThan(3);
  });
});
