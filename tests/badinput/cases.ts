/**
 * The bad-input corpus: each case is one minimal change to the real content, and what the
 * validator must say about it (file, field or line, message). Injection cases put something
 * in a body that would run code or load foreign resources if it were compiled.
 */
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const T = 'tiltak/indre-namdal-2026/indre-namdal-2026-d1-3.mdx';
export const T2 = 'tiltak/rindal-holtalen-2025/rindal-holtalen-2025-d1-1.mdx';
export const P = 'handlingsplaner/indre-namdal-2026.mdx';
export const PI = 'piloter/indre-namdal.mdx';
export const D = 'delmal/indre-namdal/indre-namdal-d1.mdx';
export const K = 'kommuner/royrvik.yaml';
export const A = 'aktorer/doga.yaml';
export const TE = 'tema/bolig.yaml';
export const KI = 'kilder/hp-2026-indre-namdal.yaml';
export const S = 'sider/bakgrunn.mdx';

export interface Case {
  name: string;
  /** «injeksjon»: something in a body that would run or load if compiled; also fed to the build plugin. */
  kind: 'innhold' | 'injeksjon';
  apply: (root: string) => void;
  /** The file the problem must name, relative to content/. */
  file: string;
  /** The field the problem must name, or the line (a number, or the line containing this text). */
  felt?: string;
  linje?: number | { containing: string };
  melding: RegExp;
  /** Problems in total; 1 unless the change really makes more (each listed once). */
  count?: number;
}

function path(root: string, file: string) {
  return join(root, file);
}

/** Replaces the first `from` with `to`; throws if `from` is absent, so no case can plant nothing. */
export function replace(file: string, from: string | RegExp, to: string) {
  return (root: string) => {
    const text = readFileSync(path(root, file), 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${file} inneholder ikke «${String(from)}»`);
    writeFileSync(path(root, file), next);
  };
}

export function appendBody(file: string, text: string) {
  return (root: string) => {
    const old = readFileSync(path(root, file), 'utf8');
    writeFileSync(path(root, file), `${old.replace(/\n*$/, '\n')}\n${text}\n`);
  };
}

function writeBytes(file: string, bytes: (old: Buffer) => Buffer) {
  return (root: string) => writeFileSync(path(root, file), bytes(readFileSync(path(root, file))));
}

function copyTo(from: string, to: string) {
  return (root: string) => cpSync(path(root, from), path(root, to), { recursive: true });
}

function moveTo(from: string, to: string) {
  return (root: string) => {
    if (!existsSync(path(root, from))) throw new Error(`${from} finnes ikke`);
    renameSync(path(root, from), path(root, to));
  };
}

function all(...changes: ((root: string) => void)[]) {
  return (root: string) => changes.forEach((c) => c(root));
}

const body = (name: string, text: string, melding: RegExp, file = T): Case => ({
  name,
  kind: 'injeksjon',
  apply: appendBody(file, text),
  file,
  linje: { containing: text.split('\n')[0] },
  melding,
});

const ER_KODE = /import og export er ikke tillatt i brødteksten/;
const UTTRYKK = /\{…\}-uttrykk er ikke tillatt/;
const ELEMENT = (name: string) => new RegExp(`elementet <${name}> er ikke tillatt`);
const LENKE = /lenken «.*» er ikke tillatt; bruk https:, http:, mailto:/;
const SYNTAKS = /krøllparentes|tegnet < starter|ugyldig MDX-syntaks/;

export const CASES: Case[] = [
  // Bodies: content is data, not code.
  body(
    'export that writes a file at build time',
    "export const x = (await import('node:fs')).writeFileSync('/tmp/bygdevekst-pwned', 'ja')",
    ER_KODE,
  ),
  body('import of a Node module', "import { readFileSync } from 'node:fs'", ER_KODE),
  body('export that reads an environment variable', 'export const h = process.env.HOME', ER_KODE),
  body('a text expression printing an environment variable', 'Hjem: {process.env.HOME}', UTTRYKK),
  body('a flow expression', '{globalThis.fetch("https://evil.example/")}', UTTRYKK),
  body('a script element', '<script>alert(1)</script>', ELEMENT('script')),
  body('an img with onerror', '<img src="x" onerror="alert(1)" />', ELEMENT('img')),
  body('an iframe to another host', '<iframe src="https://evil.example/"></iframe>', ELEMENT('iframe')),
  body(
    'a meta refresh redirect',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
    ELEMENT('meta'),
  ),
  body(
    'a full-page overlay with inline style',
    '<div style="position:fixed;inset:0;background:red">Overtatt</div>',
    ELEMENT('div'),
  ),
  body('a JSX component without an import', '<Kart kommune="royrvik" />', ELEMENT('Kart')),
  body('a style element', '<style>body display: none</style>', ELEMENT('style')),
  body('an object element', '<object data="https://evil.example/x.swf"></object>', ELEMENT('object')),
  body('an svg with onload', '<svg onload="alert(1)"></svg>', ELEMENT('svg')),
  body('a base element', '<base href="https://evil.example/" />', ELEMENT('base')),
  body('a form posting elsewhere', '<form action="https://evil.example/"></form>', ELEMENT('form')),
  body('a JSX link to javascript:', '<a href="javascript:alert(1)">Les mer</a>', ELEMENT('a')),
  body('a Markdown javascript: link', '[Les mer](javascript:alert(1))', LENKE),
  body('a javascript: link in mixed case', '[Les mer](JaVaScRiPt:alert(1))', LENKE),
  body('a data: link', '[Les mer](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', LENKE),
  body('a vbscript: link', '[Les mer](vbscript:msgbox)', LENKE),
  body('a protocol-relative link to another host', '[Les mer](//evil.example/side)', LENKE),
  body('an image from another host', '![Kart](https://evil.example/sporing.png)', /et bilde er ikke tillatt/),
  body('a link definition to javascript:', '[x]: javascript:alert(1)', /lenkedefinisjon/),
  body('an HTML comment (MDX syntax error)', '<!-- skjult -->', SYNTAKS),
  body('an unclosed brace (MDX syntax error)', 'Beløpet er { ikke avklart', SYNTAKS),
  body('an unclosed tag (MDX syntax error)', 'Se <b>her', SYNTAKS),
  body('a level-one heading', '# Ny tittel', /bare ##-overskrifter er tillatt/),
  body('a code block', '```js\nalert(1)\n```', /en kodeblokk er ikke tillatt/),
  body(
    'a script in a pilot body',
    '<script src="https://evil.example/x.js"></script>',
    ELEMENT('script'),
    PI,
  ),
  body('an export in a text page', 'export const tittel = "Kapret"', ER_KODE, S),
  body('an iframe in a delmål body', '<iframe src="https://evil.example/"></iframe>', ELEMENT('iframe'), D),

  // Frontmatter URLs: only https:, http: and mailto:.
  {
    name: 'a javascript: source URL on a kommune',
    kind: 'injeksjon',
    apply: replace(K, /url: "https:\/\/en\.wikipedia[^"]*"/, 'url: "javascript:alert(1)"'),
    file: K,
    felt: 'areal.kilde.url',
    melding: /nettadressen må begynne med https:, http: eller mailto:/,
  },
  {
    name: 'a data: URL on a source document',
    kind: 'injeksjon',
    apply: replace(KI, 'dato: "2026-01"', 'dato: "2026-01"\nurl: "data:text/html,<script>alert(1)</script>"'),
    file: KI,
    felt: 'url',
    melding: /nettadressen må begynne med https:, http: eller mailto:/,
  },

  // Amounts.
  ...(
    [
      ['1e6', /vanlige sifre, fant «1e6»/],
      ['1e15', /vanlige sifre, fant «1e15»/],
      ['250.000', /skrevet som «250\.000», som leses som 250; skriv 250000/],
      ['250,000', /«250,000».*skriv 250000/],
      ['"250 000"', /skrevet som tekst «250 000»; skriv 250000/],
      ['"kr 250 000,-"', /skrevet som tekst «kr 250 000,-»; skriv 250000/],
      ['2000000000', /over 1 milliard kroner/],
      ['200000.5', /hele kroner, ikke øre/],
      ['-200000', /kan ikke være negativt/],
      ['0x30D40', /vanlige sifre, fant «0x30D40»/],
    ] as const
  ).map(([written, melding]): Case => ({
    name: `a funding amount written ${written}`,
    kind: 'innhold',
    apply: replace(T, 'belop: 200000', `belop: ${written}`),
    file: T,
    felt: 'finansiering[0].belop',
    melding,
  })),
  {
    name: 'a stated table cell written 1.500.000',
    kind: 'innhold',
    apply: replace(P, 'a2027: 1500000', 'a2027: 1.500.000'),
    file: P,
    felt: 'oppgitteTabeller[1].rader[0].verdier.a2027',
    melding: /«1\.500\.000».*skriv 1500000/,
  },
  {
    name: 'an amount stated in the text, written with spaces',
    kind: 'innhold',
    apply: replace(P, 'belop: 2025000', 'belop: "2 025 000"'),
    file: P,
    felt: 'oppgitteBelop[0].belop',
    melding: /skriv 2025000/,
  },
  {
    name: 'a population written with a space',
    kind: 'innhold',
    apply: replace(K, 'antall: 423', 'antall: "1 423"'),
    file: K,
    felt: 'folketall.antall',
    melding: /skriv 1423/,
  },

  // Blank text.
  {
    name: 'a tiltak title of three spaces',
    kind: 'innhold',
    apply: replace(T, /^tittel: .*$/m, 'tittel: "   "'),
    file: T,
    felt: 'tittel',
    melding: /består bare av mellomrom/,
  },
  {
    name: 'an empty delmål title',
    kind: 'innhold',
    apply: replace(D, /^tittel: .*$/m, 'tittel: ""'),
    file: D,
    felt: 'tittel',
    melding: /kan ikke være tom/,
  },
  {
    name: 'an actor name of a tab',
    kind: 'innhold',
    apply: replace(A, 'navn: DOGA', 'navn: "\\t"'),
    file: A,
    felt: 'navn',
    melding: /består bare av mellomrom/,
  },

  // Dates.
  ...(
    [
      ['"2022-02-30"', /finnes ikke i kalenderen/],
      ['"2031-01"', /utenfor perioden ordningen kan gjelde/],
      ['"2026-13"', /finnes ikke i kalenderen/],
      ['"2026-1"', /forventet en dato på formen/],
    ] as const
  ).map(([written, melding]): Case => ({
    name: `a source document dated ${written}`,
    kind: 'innhold',
    apply: replace(KI, 'dato: "2026-01"', `dato: ${written}`),
    file: KI,
    felt: 'dato',
    melding,
  })),
  {
    name: 'a decision on 29 February in a year without it',
    kind: 'innhold',
    apply: replace(P, 'dato: 2025-12-05', 'dato: 2025-02-29'),
    file: P,
    felt: 'vedtak[0].dato',
    melding: /finnes ikke i kalenderen/,
  },
  {
    name: 'a pilot chosen in month 00',
    kind: 'innhold',
    apply: replace(PI, /valgt: ["']?(\d{4})-\d\d(-\d\d)?["']?/, 'valgt: "$1-00"'),
    file: PI,
    felt: 'valgt',
    melding: /finnes ikke i kalenderen/,
  },

  // Lines cited, wherever `linjer` stands.
  {
    name: 'a funding line citing a line past the end of the document',
    kind: 'innhold',
    apply: replace(T, 'linjer: [230, 230] }', 'linjer: [99999, 99999] }'),
    file: T,
    felt: 'finansiering[0].linjer',
    melding: /linje 99999 finnes ikke; dokumentet «hp-2026-indre-namdal» har \d+ linjer/,
  },
  {
    name: 'a funding line citing a reversed range',
    kind: 'innhold',
    apply: replace(T, 'linjer: [230, 230] }', 'linjer: [230, 200] }'),
    file: T,
    felt: 'finansiering[0].linjer',
    melding: /første linje må komme før siste linje/,
  },
  {
    name: 'a table row citing a line past the end',
    kind: 'innhold',
    apply: replace(P, 'linjer: [1173, 1173] }', 'linjer: [1173, 5000] }'),
    file: P,
    felt: 'oppgitteTabeller[1].rader[0].linjer',
    melding: /linje 5000 finnes ikke/,
  },
  {
    name: 'an alternative title citing a line past the end',
    kind: 'innhold',
    apply: replace(D, 'linjer: [60, 60] }', 'linjer: [60, 1300] }'),
    file: D,
    felt: 'andreTitler[0].kilde.linjer',
    melding: /linje 1300 finnes ikke/,
  },

  // Files and names.
  {
    name: 'a tiltak file in upper case beside the lower-case one',
    kind: 'innhold',
    apply: copyTo(T, 'tiltak/indre-namdal-2026/Indre-Namdal-2026-D1-3.mdx'),
    file: 'tiltak/indre-namdal-2026/Indre-Namdal-2026-D1-3.mdx',
    felt: '(filnavn)',
    melding: /følger ikke id-regelen.*mente du «indre-namdal-2026-d1-3\.mdx»/,
  },
  {
    name: 'a kommune file named with ø',
    kind: 'innhold',
    apply: moveTo(K, 'kommuner/røyrvik.yaml'),
    file: 'kommuner/røyrvik.yaml',
    felt: '(filnavn)',
    melding: /mente du «royrvik\.yaml»/,
  },
  {
    name: 'the same id in two plan folders',
    kind: 'innhold',
    apply: copyTo(T, 'tiltak/rindal-holtalen-2025/indre-namdal-2026-d1-3.mdx'),
    file: 'indre-namdal-2026-d1-3.mdx',
    felt: '(id)',
    melding: /er brukt to ganger i tiltak/,
  },
  {
    name: 'a tiltak saved as .md',
    kind: 'innhold',
    apply: moveTo(T, 'tiltak/indre-namdal-2026/indre-namdal-2026-d1-3.md'),
    file: 'tiltak/indre-namdal-2026/indre-namdal-2026-d1-3.md',
    felt: '(filtype)',
    melding: /endelsen «\.md», men tiltak\/ leser bare \.mdx-filer/,
    // The plan's overview row points at the tiltak that is no longer read.
    count: 2,
  },
  {
    name: 'a kommune saved as .yml',
    kind: 'innhold',
    apply: copyTo(K, 'kommuner/royrvik-kopi.yml'),
    file: 'kommuner/royrvik-kopi.yml',
    felt: '(filtype)',
    melding: /endelsen «\.yml», men kommuner\/ leser bare \.yaml-filer/,
  },
  {
    name: 'a misspelt folder content/tiltakk/',
    kind: 'innhold',
    apply: copyTo('tiltak/indre-namdal-2026', 'tiltakk'),
    file: 'tiltakk',
    felt: '(mappe)',
    melding: /ukjent mappe «tiltakk\/» i content\/ \(mente du «tiltak\/»\?\)/,
  },
  {
    name: 'a loose file at the top of content/',
    kind: 'innhold',
    apply: (root) => writeFileSync(path(root, 'notater.txt'), 'husk å sjekke tallene\n'),
    file: 'notater.txt',
    felt: '(plassering)',
    melding: /ligger rett i content\//,
  },

  // Encoding.
  {
    name: 'a Latin-1 byte in a kommune file',
    kind: 'innhold',
    // «ø» as one Latin-1 byte (F8) instead of UTF-8's two (C3 B8).
    apply: writeBytes(K, (b) =>
      Buffer.from(b.toString('latin1').replace('\u00c3\u00b8', '\u00f8'), 'latin1'),
    ),
    file: K,
    linje: 1,
    melding: /byten 0xF8 på linje 1 er ikke gyldig UTF-8/,
  },
  {
    name: 'a Latin-1 byte in a tiltak body',
    kind: 'innhold',
    apply: writeBytes(T, (b) => Buffer.concat([b, Buffer.from('\nR\u00f8yrvik er med.\n', 'latin1')])),
    file: T,
    linje: { containing: 'yrvik er med.' },
    melding: /byten 0xF8 på linje \d+ er ikke gyldig UTF-8/,
  },
  {
    name: 'a byte-order mark before the frontmatter',
    kind: 'innhold',
    apply: writeBytes(T, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
    file: T,
    linje: 1,
    melding: /byte-rekkefølgemerke \(BOM, U\+FEFF\)/,
  },
  {
    name: 'a byte-order mark in a YAML file',
    kind: 'innhold',
    apply: writeBytes(TE, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
    file: TE,
    linje: 1,
    melding: /byte-rekkefølgemerke/,
  },

  // Keys and ids, with «mente du …?».
  {
    name: 'an extra misspelt key',
    kind: 'innhold',
    apply: replace(T, 'status: ikke-oppgitt', 'status: ikke-oppgitt\nstatuss: ny'),
    file: T,
    felt: 'statuss',
    melding: /ukjent felt «statuss» \(mente du «status»\?\)/,
  },
  {
    name: 'a misspelt required key',
    kind: 'innhold',
    apply: replace(T, 'tittel:', 'tittl:'),
    file: T,
    felt: 'tittl',
    melding: /mente du «tittel»\? Det feltet mangler/,
  },
  {
    name: 'a misspelt key in a nested object',
    kind: 'innhold',
    apply: replace(K, 'folketall:\n  antall:', 'folketall:\n  antal:'),
    file: K,
    felt: 'folketall.antal',
    melding: /mente du «antall»\?/,
  },
  {
    name: 'a misspelt theme id',
    kind: 'innhold',
    apply: replace(T, 'tema: [inkludering]', 'tema: [inkludring]'),
    file: T,
    felt: 'tema[0]',
    melding: /tema «inkludring» som ikke finnes.*mente du «inkludering»/,
  },
  {
    name: 'a misspelt actor id',
    kind: 'innhold',
    apply: replace(T, 'trondelag-fylkeskommune]', 'trondelag-fylkeskomune]'),
    file: T,
    felt: 'hovedansvarlige[1]',
    melding: /mente du «trondelag-fylkeskommune»/,
  },
  {
    name: 'a misspelt status',
    kind: 'innhold',
    apply: replace(T, 'status: ikke-oppgitt', 'status: ikke-oppgit'),
    file: T,
    felt: 'status',
    melding: /forventet en status.*mente du «ikke-oppgitt»/,
  },
  {
    name: 'a fylke without ø',
    kind: 'innhold',
    apply: replace(K, 'fylke: Trøndelag', 'fylke: Trondelag'),
    file: K,
    felt: 'fylke',
    melding: /mente du «Trøndelag»/,
  },
  {
    name: 'a misspelt plan id',
    kind: 'innhold',
    apply: replace(T, 'plan: indre-namdal-2026', 'plan: indre-namdal-2o26'),
    file: T,
    felt: 'plan',
    melding: /handlingsplan «indre-namdal-2o26» som ikke finnes.*mente du «indre-namdal-2026»/,
  },
  {
    name: 'a citation of a misspelt document id',
    kind: 'innhold',
    apply: replace(
      T,
      'kilde: { dokument: hp-2026-indre-namdal, linjer: [203',
      'kilde: { dokument: hp-2026-indre-namdl, linjer: [203',
    ),
    file: T,
    felt: 'kilde.dokument',
    melding: /kilde «hp-2026-indre-namdl» som ikke finnes.*mente du «hp-2026-indre-namdal»/,
  },

  // Source texts.
  {
    name: 'a source whose text file is missing',
    kind: 'innhold',
    apply: replace(KI, 'seed: 000_', 'seed: 009_'),
    file: KI,
    felt: 'seed',
    melding: /fant ikke kildeteksten «009_f4bc9484f28f17cc\.txt».*mente du «000_f4bc9484f28f17cc\.txt»/,
  },

  // One mistake, one message: references still checked, no invented follow-on errors.
  {
    name: 'a tiltak failing its schema still has its references checked',
    kind: 'innhold',
    apply: all(
      replace(T, 'status: ikke-oppgitt', 'status: ferdig'),
      replace(T, 'trondelag-fylkeskommune]', 'ukjent-etat]'),
    ),
    file: T,
    felt: 'hovedansvarlige[1]',
    melding: /aktør «ukjent-etat» som ikke finnes/,
    count: 2,
  },
  {
    name: 'a plan failing its schema is not reported again as «finnes ikke» by its tiltak',
    kind: 'innhold',
    apply: replace(P, 'aar: 2026\n', 'aar: 2099\n'),
    file: P,
    felt: 'aar',
    melding: /årstallet må være 2030 eller tidligere/,
  },
  {
    name: 'an actor failing its schema is not reported again where it is named',
    kind: 'innhold',
    apply: replace('aktorer/trondelag-fylkeskommune.yaml', /^type: .*$/m, 'type: fylke'),
    file: 'aktorer/trondelag-fylkeskommune.yaml',
    felt: 'type',
    melding: /forventet en aktørtype/,
  },
  {
    name: 'a theme with broken YAML is not reported again where it is used',
    kind: 'innhold',
    apply: replace('tema/inkludering.yaml', /^navn: (.*)$/m, 'navn: $1: feil'),
    file: 'tema/inkludering.yaml',
    linje: 1,
    melding: /ugyldig YAML på linje 1/,
  },
  {
    name: 'a delmål with a bad number is still known to the plan and its tiltak',
    kind: 'innhold',
    apply: replace(D, 'nr: 1\n', 'nr: en\n'),
    file: D,
    felt: 'nr',
    melding: /forventet et delmålsnummer/,
  },
];
