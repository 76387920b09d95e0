/** The one slug rule (src/lib/slug.ts): filter values, finding ids and file names all use it. */
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/lib/slug.ts';
import { FYLKER } from '../../src/schemas/vocabulary.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';

describe('slug', () => {
  it.each([
    ['Trøndelag', 'trondelag'],
    ['Møre og Romsdal', 'more-og-romsdal'],
    ['Ærlig Åpen', 'aerlig-apen'],
    ['Fylkeskommunen 2025', 'fylkeskommunen-2025'],
    // Other accents are dropped, not turned into hyphens («kafé-en» would split a word).
    ['Kárášjohka', 'karasjohka'],
    ['kaféen', 'kafeen'],
    ['  --Sum, tiltak (kr)--  ', 'sum-tiltak-kr'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(slug(input)).toBe(expected);
  });

  it('gives every fylke a distinct slug of the id form', () => {
    const slugs = FYLKER.map(slug);
    expect(new Set(slugs).size).toBe(FYLKER.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('leaves every content id as it is (ids are already slugs)', () => {
    const { collections } = loadContent();
    const ids = Object.values(collections).flatMap((entries) => entries.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(slug(id), id).toBe(id);
  });
});
