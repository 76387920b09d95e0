/**
 * The text a reader sees on every built page, checked for what template formatting leaves behind:
 * a space before punctuation («Lierne , Namsskogan»), a colon glued to the next word
 * («Hjerteregionen :Hammerfest»), and doubled phrases («oppgir ikke oppgitt»). The text is taken
 * as a browser lays it out: inline elements run together, block elements break the line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, NodeType, type Node, type HTMLElement } from 'node-html-parser';
import { builtPages, fileForPath } from '../helpers/builtSite.ts';

const BLOCK = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul ' +
    'option select label legend button input textarea canvas'
  ).split(' '),
);
/** Not shown as text: styles, data islands, and SVG (its titles are tooltips, not running text). */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript', 'head']);

/** The lines of text a reader sees, whitespace collapsed as the browser does. */
export function renderedLines(html: string): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === NodeType.TEXT_NODE) {
      out.push(n.text);
      return;
    }
    if (n.nodeType !== NodeType.ELEMENT_NODE) return;
    const tag = (n as HTMLElement).rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    // A source document's own text, shown line by line as extracted (dot leaders of its table of
    // contents and all): quoted, not written by our templates.
    if ((n as HTMLElement).classList?.contains('kildetekst')) return;
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    for (const c of n.childNodes) walk(c);
    if (block) out.push('\n');
  };
  walk(parse(html));
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\u00a0]+/g, (m) => (m.includes('\u00a0') ? '\u00a0' : ' ')).trim())
    .filter((l) => l.length > 0);
}

interface Regel {
  navn: string;
  finn: RegExp;
}
const REGLER: Regel[] = [
  // A space (ordinary or no-break) before , . : ; ) ; «…» and digits such as «1 000» are not affected.
  { navn: 'mellomrom før tegn', finn: /\p{L}[\s\u00a0]+[,.:;)](?!\p{L})|[\p{L}\d»)][ \u00a0]+[,;:)]/u },
  // «Pilot:Tana», but not «https://», «kl. 10:30», «5045:Grong»-like codes with digits, or a linked-data
  // term such as «schema:Project» or «dct:title» (/data/ names the vocabulary of each field).
  {
    navn: 'mangler mellomrom etter kolon',
    finn: /(?<!\b(?:https?|mailto|schema|dcat|dct|dcterms|bva|foaf|vcard|xsd|skos|adms|rdf|rdfs))(?<=\p{L}):(?=\p{L})/u,
  },
  { navn: 'doblet uttrykk', finn: /oppgir ikke (?:ikke )?oppgitt|(?<!\p{L})(\p{L}{3,}) \1(?!\p{L})/iu },
];

export function problems(lines: string[]): string[] {
  return lines.flatMap((l) =>
    REGLER.flatMap((r) => {
      const m = r.finn.exec(l);
      if (!m) return [];
      const i = m.index;
      return [`${r.navn}: «${l.slice(Math.max(0, i - 30), i + m[0].length + 30)}»`];
    }),
  );
}

describe('clean text: the rules find what they are meant to find', () => {
  it.each([
    [
      '<p>sammen med <a href="/a/">Lierne</a> , <a href="/b/">Namsskogan</a> og Røyrvik .</p>',
      'mellomrom før tegn',
    ],
    ['<p>Hjerteregionen :<a href="/h/">Hammerfest</a></p>', 'mellomrom før tegn'],
    ['<p><strong>Pilot:</strong><a href="/t/">Tana</a></p>', 'mangler mellomrom etter kolon'],
    ['<p>Husbanken oppgir ikke oppgitt beløp.</p>', 'doblet uttrykk'],
    ['<p>(se <a href="/x/">kilden</a> )</p>', 'mellomrom før tegn'],
  ])('%s → %s', (html, regel) => {
    expect(problems(renderedLines(html)).join('\n')).toContain(regel);
  });
  it.each([
    '<p>Se <a href="https://example.org/">https://example.org/</a>, eller ring kl. 10:30.</p>',
    '<p>Pilot: <a href="/t/">Tana</a>; budsjett 1 000 kr (2025).</p>',
    '<ul><li>Grong</li><li>, men også</li></ul>',
    '<p>«Bygdevekstavgift» [sic]: ment bygdevekstavtale.</p>',
    '<ol class="kildetekst"><li>Innhold ........ 3</li></ol>',
  ])('accepts %s', (html) => {
    expect(problems(renderedLines(html))).toEqual([]);
  });
});

describe('clean text on every built page', () => {
  const pages = builtPages();
  it('reads the whole site', () => expect(pages.length).toBeGreaterThan(200));
  it('has no stray or missing spaces and no doubled phrases', () => {
    const found = pages.flatMap((p) =>
      problems(renderedLines(readFileSync(fileForPath(p), 'utf8'))).map((x) => `${p} ${x}`),
    );
    expect(found).toEqual([]);
  });
});
