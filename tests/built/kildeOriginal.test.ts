/**
 * A source document's page links to the original where the content gives its public address, and
 * that address is the document's own: Trøndelag fylkeskommune's 2023 case prints it (L198, L353).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { seedLines } from '../../src/lib/loading/seedText.ts';
import { readPage } from '../helpers/builtSite.ts';

const { collections: c } = loadContent();

describe('the original of a source document', () => {
  it('is linked from the page of every document whose address the content gives', () => {
    const medUrl = c.kilder.filter((k) => k.data.url);
    expect(medUrl.map((k) => k.id)).toContain('trfk-sak-2023');
    const missing = medUrl
      .filter((k) => !readPage(`/kilder/${k.id}/`).querySelector(`main a[href="${k.data.url}"]`))
      .map((k) => k.id);
    expect(missing).toEqual([]);
  });

  it('for the TRFK case is the address the document itself prints', () => {
    const k = c.kilder.find((x) => x.id === 'trfk-sak-2023')!;
    expect(k.data.seed).toBeDefined();
    const linjer = seedLines(k.data.seed!)!;
    expect(linjer[198 - 1].trim()).toBe(k.data.url);
    expect(linjer[353 - 1].trim()).toBe(k.data.url);
  });
});
