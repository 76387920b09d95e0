/**
 * Linked data (issue 26): the dump as Turtle and JSON-LD, read back with real parsers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quad } from 'n3';
import { builtPages, DIST, fileForPath, readPage, requireBuiltSite } from '../helpers/builtSite.ts';
import { parseJsonLd, parseTurtle, triples } from '../helpers/rdf.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';

requireBuiltSite();
const SITE = 'https://bygdevekstatlas.no';
const S = 'https://schema.org/';
const BVA = `${SITE}/data/#`;
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const turtle = parseTurtle(readFileSync(join(DIST, 'data', 'lenkede-data.ttl'), 'utf8'));
const about = (s: string) => turtle.filter((q) => q.subject.value === s);
const value = (s: string, p: string) => about(s).find((q) => q.predicate.value === p)?.object;
const ofType = (t: string) =>
  turtle.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === t).map((q) => q.subject.value);

describe('/data/lenkede-data.ttl', () => {
  it('parses, and holds every entity page of the site', () => {
    console.log(`lenkede-data.ttl: ${turtle.length} tripler`);
    const entityPages = builtPages().filter((p) =>
      /^\/(piloter|handlingsplaner|delmal|tiltak|kommuner|aktorer)\/[^/]+\/$/.test(p),
    );
    expect(entityPages.length).toBeGreaterThan(100);
    const subjects = new Set(turtle.map((q) => q.subject.value));
    expect(entityPages.filter((p) => !subjects.has(`${SITE}${p}`))).toEqual([]);
  });

  it('links a tiltak to its plan, pilot, delmål, kommuner and actors, with amounts in NOK', () => {
    // Indre Namdal 2026, tiltak 1 «Omdømmebygging»: 375 000 kr in bygdevekstmidler (hp-2026-indre-namdal, line 181).
    const tiltak = ofType(`${BVA}Tiltak`);
    expect(tiltak.length).toBeGreaterThan(20);
    const t = `${SITE}/tiltak/indre-namdal-2026-d1-1/`;
    expect(tiltak).toContain(t);
    expect(value(t, `${S}isPartOf`)?.value).toBe(`${SITE}/handlingsplaner/indre-namdal-2026/`);
    expect(value(t, `${BVA}pilot`)?.value).toBe(`${SITE}/piloter/indre-namdal/`);
    expect(value(t, `${BVA}delmal`)?.value).toBe(`${SITE}/delmal/indre-namdal-d1/`);
    expect(value(t, `${BVA}hovedansvarlig`)?.value).toBe(`${SITE}/aktorer/bygdevekst-indre-namdal/`);
    expect(about(t).filter((q) => q.predicate.value === `${S}areaServed`).length).toBeGreaterThan(0);
    const sum = value(t, `${BVA}belopAlleKilder`);
    expect(sum?.termType).toBe('BlankNode');
    expect(value(sum!.value, `${S}currency`)?.value).toBe('NOK');
    expect(value(sum!.value, `${S}value`)?.value).toBe('375000');
    const grant = value(t, `${S}funding`)!;
    expect(value(grant.value, `${BVA}finansieringskilde`)?.value).toBe('bygdevekstmidler');
    expect(value(value(grant.value, `${S}amount`)!.value, `${S}value`)?.value).toBe('375000');
  });

  it('cites document, lines and the page with the text for every tiltak', () => {
    const { collections: c } = loadContent();
    const tittel = new Map(c.kilder.map((k) => [k.id, k.data.tittel]));
    const tiltak = ofType(`${BVA}Tiltak`);
    expect(tiltak.length).toBeGreaterThan(0);
    for (const t of tiltak) {
      const cite = value(t, `${S}citation`);
      expect(cite, t).toBeDefined();
      expect(value(cite!.value, `${BVA}linjer`)?.value, t).toMatch(/^\d+(–\d+)?$/);
      const url = value(cite!.value, `${S}url`)?.value ?? '';
      const dokument = new RegExp(`^${SITE}/kilder/([^/]+)/\\d+/#L\\d+$`).exec(url)?.[1];
      expect(dokument, `${t}: ${url}`).toBeDefined();
      // The document's title as the content gives it (as printed, misprints included).
      expect(value(cite!.value, `${S}name`)?.value, t).toBe(tittel.get(dokument!));
    }
  });

  it('links only pages that exist, and every bva term is documented on /data/', () => {
    const own = [...new Set(turtle.flatMap((q) => [q.subject, q.predicate, q.object]).map((t) => t.value))]
      .filter((v) => v.startsWith(`${SITE}/`))
      .map((v) => v.slice(SITE.length));
    const pages = own.filter((v) => !v.startsWith('/data/#'));
    expect(pages.filter((p) => !existsSync(fileForPath(p)))).toEqual([]);
    const data = readPage('/data/');
    const terms = own.filter((v) => v.startsWith('/data/#')).map((v) => v.slice('/data/#'.length));
    expect(terms.length).toBeGreaterThan(10);
    expect(terms.filter((t) => !data.getElementById(t))).toEqual([]);
  });

  it('says the same in JSON-LD as in Turtle', async () => {
    const ld: Quad[] = await parseJsonLd(readFileSync(join(DIST, 'data', 'lenkede-data.jsonld'), 'utf8'));
    expect(ld.length).toBe(turtle.length);
    expect(triples(ld)).toEqual(triples(turtle));
  });
});
