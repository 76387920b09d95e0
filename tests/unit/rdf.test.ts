import { describe, expect, it } from 'vitest';
import {
  document,
  jsonLdScript,
  ref,
  tekst,
  toQuads,
  toTurtle,
  typed,
} from '../../src/lib/publishing/rdf.ts';
import { parseJsonLd, parseTurtle, triples } from '../helpers/rdf.ts';

const doc = document([
  {
    '@id': 'https://bygdevekstatlas.no/tiltak/x/',
    '@type': ['schema:Project', 'bva:Tiltak'],
    'schema:name': 'Omdømme «Det gode liv» </script>',
    'dct:title': [tekst('Tittel'), tekst('Title', 'en')],
    'schema:isPartOf': ref('https://bygdevekstatlas.no/handlingsplaner/y/'),
    'bva:belopAlleKilder': {
      '@type': 'schema:MonetaryAmount',
      'schema:value': 375000,
      'schema:currency': 'NOK',
    },
    'dct:modified': typed('2026-11-23', 'xsd:date'),
    'bva:helePiloten': true,
  },
]);

describe('linked data written once as JSON-LD', () => {
  it('gives the same triples as a JSON-LD parser, and Turtle that n3 reads back to them', async () => {
    const ours = toQuads(doc);
    expect(ours).toHaveLength(12);
    const ld = await parseJsonLd(JSON.stringify(doc));
    expect(triples(ld)).toEqual(triples(ours));
    expect(triples(parseTurtle(toTurtle(doc)))).toEqual(triples(ours));
  });
  it('keeps a script tag in a value from ending the <script> element', () => {
    const s = jsonLdScript(doc);
    expect(s).not.toContain('</script>');
    expect(
      (JSON.parse(s) as { '@graph': { 'schema:name': string }[] })['@graph'][0]['schema:name'],
    ).toContain('</script>');
  });
  it('refuses what JSON-LD would turn into something else: fractions and unknown prefixes', () => {
    expect(() => toQuads(document([{ '@id': 'https://x.no/', 'schema:value': 1.5 }]))).toThrow(/heltall/);
    expect(() => toQuads(document([{ '@id': 'https://x.no/', 'ukjent:felt': 'a' }]))).toThrow(/prefiks/);
  });
});
