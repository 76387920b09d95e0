/** Reads published linked data back with real parsers: Turtle with n3, JSON-LD with jsonld-streaming-parser. */
import { Parser, type Quad } from 'n3';
import { JsonLdParser } from 'jsonld-streaming-parser';

export const parseTurtle = (text: string): Quad[] => new Parser({ format: 'text/turtle' }).parse(text);

export function parseJsonLd(text: string, baseIRI?: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new JsonLdParser({ baseIRI });
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

/** A triple as text, blank nodes as «_» so two parsers' labels compare equal. */
function key(q: Quad): string {
  const term = (t: Quad['subject'] | Quad['object']) =>
    t.termType === 'BlankNode'
      ? '_'
      : t.termType === 'Literal'
        ? `"${t.value}"@${t.language}^^${t.datatype.value}`
        : `<${t.value}>`;
  return `${term(q.subject)} <${q.predicate.value}> ${term(q.object)}`;
}

/** The triples as sorted text lines, for comparing two graphs that have few blank nodes. */
export const triples = (quads: Quad[]): string[] => quads.map(key).sort();
