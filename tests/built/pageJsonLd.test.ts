/**
 * The JSON-LD on every pilot, plan, delmål, tiltak, kommune and aktør page (issue 26): one
 * <script type="application/ld+json"> whose @id is the page's canonical URL, saying nothing the
 * dump (/data/lenkede-data.ttl) does not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage, requireBuiltSite } from '../helpers/builtSite.ts';
import { parseJsonLd, parseTurtle, triples } from '../helpers/rdf.ts';

requireBuiltSite();
const SITE = 'https://bygdevekstatlas.no';
const turtle = parseTurtle(readFileSync(join(DIST, 'data', 'lenkede-data.ttl'), 'utf8'));

describe('JSON-LD on the pages', () => {
  const types = ['piloter', 'handlingsplaner', 'delmal', 'tiltak', 'kommuner', 'aktorer'];
  const pages = builtPages().filter((p) => types.some((t) => new RegExp(`^/${t}/[^/]+/$`).test(p)));
  it.each(types)(
    'every /%s/<id>/ page has one, with @id = its canonical URL, parsing to the dump',
    async (t) => {
      const own = pages.filter((p) => p.startsWith(`/${t}/`));
      expect(own.length).toBeGreaterThan(0);
      const dump = new Set(triples(turtle));
      for (const p of own) {
        const page = readPage(p);
        const scripts = page.querySelectorAll('script[type="application/ld+json"]');
        expect(scripts, p).toHaveLength(1);
        const doc = JSON.parse(scripts[0].textContent) as { '@id': string };
        const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
        expect(doc['@id'], p).toBe(canonical);
        expect(canonical).toBe(`${SITE}${p}`);
        const quads = await parseJsonLd(scripts[0].textContent);
        expect(quads.length, p).toBeGreaterThan(3);
        expect(
          triples(quads).filter((q) => !dump.has(q)),
          p,
        ).toEqual([]);
      }
    },
  );
  it('leaves pages that are not one entity without it', () => {
    for (const p of ['/', '/tiltak/', '/data/', '/sok/']) {
      expect(readPage(p).querySelectorAll('script[type="application/ld+json"]'), p).toHaveLength(0);
    }
  });
});
