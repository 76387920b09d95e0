/**
 * Linked data as plain objects (pure). Everything is written once, as JSON-LD in a small,
 * regular form: compact IRIs with the prefixes of one context, nested nodes, and values that
 * are strings, whole numbers, booleans or @value/@id objects. The same objects become triples
 * here and Turtle through n3's writer, so the JSON-LD and the Turtle cannot say different
 * things (tests/built/linkedData.test.ts reads both back with real parsers and compares them).
 */
import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Subject } from 'n3';

export const PREFIXES = {
  adms: 'http://www.w3.org/ns/adms#',
  // The site's own terms: each IRI is an anchor in the vocabulary table on /data/.
  bva: 'https://bygdevekstatlas.no/data/#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  schema: 'https://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export type LdValue =
  | string
  | number
  | boolean
  | { '@id': string }
  | { '@value': string; '@language': string }
  | { '@value': string; '@type': string }
  | LdNode;

export interface LdNode {
  '@id'?: string;
  '@type'?: string | string[];
  [property: string]: LdValue | LdValue[] | undefined;
}

export interface LdDocument {
  '@context': typeof PREFIXES;
  '@graph': LdNode[];
}

/** A text with a language, for titles and descriptions. */
export const tekst = (value: string, lang: 'nb' | 'en' = 'nb') => ({ '@value': value, '@language': lang });
export const ref = (iri: string) => ({ '@id': iri });
export const typed = (value: string, type: string) => ({ '@value': value, '@type': type });

export const document = (graph: LdNode[]): LdDocument => ({ '@context': PREFIXES, '@graph': graph });

function expand(iri: string): string {
  const colon = iri.indexOf(':');
  const prefix = iri.slice(0, colon);
  if (Object.hasOwn(PREFIXES, prefix))
    return PREFIXES[prefix as keyof typeof PREFIXES] + iri.slice(colon + 1);
  if (/^(https?|mailto|urn|tag):/.test(iri)) return iri;
  throw new Error(`«${iri}» er verken en full adresse eller et kjent prefiks`);
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const RDF_TYPE = DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');

/** The triples of a document, with the blank nodes a JSON-LD processor would make for nested nodes. */
export function toQuads(doc: LdDocument): Quad[] {
  const quads: Quad[] = [];
  let blank = 0;
  const subjectOf = (node: LdNode): Quad_Subject =>
    node['@id'] === undefined
      ? DataFactory.blankNode(`b${blank++}`)
      : node['@id'].startsWith('_:')
        ? DataFactory.blankNode(node['@id'].slice(2))
        : DataFactory.namedNode(expand(node['@id']));
  const objectOf = (v: LdValue): Quad_Object => {
    if (typeof v === 'string') return DataFactory.literal(v);
    if (typeof v === 'boolean')
      return DataFactory.literal(String(v), DataFactory.namedNode(expand('xsd:boolean')));
    if (typeof v === 'number') {
      // JSON-LD turns a fractional number into a canonical double; whole numbers are all we publish.
      if (!Number.isInteger(v)) throw new Error(`${v} er ikke et heltall; skriv det som @value med @type`);
      return DataFactory.literal(String(v), DataFactory.namedNode(expand('xsd:integer')));
    }
    if ('@value' in v) {
      const lit = v as { '@value': string; '@language'?: string; '@type'?: string };
      if (lit['@language'] !== undefined) return DataFactory.literal(lit['@value'], lit['@language']);
      if (lit['@type'] !== undefined)
        return DataFactory.literal(lit['@value'], DataFactory.namedNode(expand(lit['@type'])));
      return DataFactory.literal(lit['@value']);
    }
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === '@id') return subjectOf(v as LdNode) as Quad_Object;
    return walk(v as LdNode) as Quad_Object;
  };
  const walk = (node: LdNode): Quad_Subject => {
    const s = subjectOf(node);
    for (const t of asArray(node['@type']))
      quads.push(DataFactory.quad(s, RDF_TYPE, DataFactory.namedNode(expand(t))));
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      const p = DataFactory.namedNode(expand(key));
      for (const v of asArray(value)) quads.push(DataFactory.quad(s, p, objectOf(v)));
    }
    return s;
  };
  doc['@graph'].forEach(walk);
  return quads;
}

/** The document as Turtle, with the context's prefixes. */
export function toTurtle(doc: LdDocument): string {
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  writer.addQuads(toQuads(doc));
  let out: string | undefined;
  writer.end((error, result: string) => {
    if (error) throw error;
    out = result;
  });
  // n3 writes to a string synchronously when it has no output stream.
  if (out === undefined) throw new Error('Turtle-skriveren svarte ikke');
  return out;
}

/** A JSON-LD document for a <script type="application/ld+json">: `<` escaped so no text can end the element. */
export function jsonLdScript(doc: LdDocument | (LdNode & { '@context': typeof PREFIXES })): string {
  return JSON.stringify(doc).replace(/</g, '\\u003c');
}
