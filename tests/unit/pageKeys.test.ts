/**
 * The pieces of a page's cache key (src/data/pageKeys.ts): the digest of a view tells apart
 * everything a page could render differently and refuses what it cannot see into; and the
 * address a key is made for is the one Astro renders the page at.
 */
import { describe, expect, it } from 'vitest';
import { newDigestMemo, valueDigest } from '../../src/lib/digest.ts';
import { routePath, urlFor } from '../../src/lib/urls.ts';

describe('valueDigest', () => {
  it('gives equal values the same digest, with or without a shared memo', () => {
    const entry = { id: 't1', data: { belop: 100000, tema: ['bolig'] } };
    const memo = newDigestMemo();
    const a = valueDigest({ tiltak: entry, liste: [entry, entry] }, memo);
    expect(valueDigest({ tiltak: entry, liste: [entry, entry] }, memo)).toBe(a);
    expect(
      valueDigest({
        tiltak: { id: 't1', data: { belop: 100000, tema: ['bolig'] } },
        liste: [structuredClone(entry), structuredClone(entry)],
      }),
    ).toBe(a);
  });

  it.each([
    ['an amount', { belop: 100000 }, { belop: 4200000 }],
    ['key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
    ['item order', ['a', 'b'], ['b', 'a']],
    ['string boundaries', ['ab', 'c'], ['a', 'bc']],
    ['-0 and 0', { n: -0 }, { n: 0 }],
    ['NaN and null', { n: Number.NaN }, { n: null }],
    ['null and undefined', { n: null }, { n: undefined }],
    ['a missing key and undefined', {}, { n: undefined }],
    ['a number and its text', { n: 1 }, { n: '1' }],
    ['a Map and an object', new Map([['a', 1]]), { a: 1 }],
    ['a Set and an array', new Set(['a']), ['a']],
    ['two dates', new Date('2025-01-01'), new Date('2025-01-02')],
  ])('tells apart %s', (_, a, b) => {
    expect(valueDigest(a)).not.toBe(valueDigest(b));
  });

  it('sees a changed object when it is hashed anew (a memo is kept per site, whose views never change what they returned)', () => {
    const entry = { belop: 100000 };
    const before = valueDigest([entry]);
    entry.belop = 4200000;
    expect(valueDigest([entry])).not.toBe(before);
  });

  it('refuses what a page could render from but a digest cannot see into', () => {
    expect(() => valueDigest({ vis: () => 'tekst' })).toThrow(/sidenøkkel: \.vis er en function/);
    expect(() => valueDigest({ url: new URL('https://example.org/') })).toThrow(/URL, ikke rene data/);
    const loop: Record<string, unknown> = {};
    loop.selv = loop;
    expect(() => valueDigest(loop)).toThrow(/peker tilbake på seg selv/);
  });
});

describe('routePath', () => {
  it('gives the address urlFor gives, for one and two params', () => {
    expect(routePath('/tiltak/[id]', { id: 'testpilot-2025-d1-1' })).toBe(
      urlFor.tiltak('testpilot-2025-d1-1'),
    );
    expect(routePath('/kilder/[id]/[del]', { id: 'testdok', del: 2 })).toBe(
      urlFor.kildeTekstDel('testdok', 2),
    );
  });

  it('percent-encodes as Astro.url does, and refuses a missing param', () => {
    expect(routePath('/aktorer/[id]', { id: 'bø' })).toBe(urlFor.aktor('b%C3%B8'));
    expect(() => routePath('/tiltak/[id]', {})).toThrow(/mangler parameteren «id»/);
  });
});
