/**
 * The second bad-input corpus (issue 27): hostile YAML and files, and characters that would make
 * the published outputs not well-formed. Each case is one minimal change to the real content, as
 * in cases.ts, and must be refused quickly, naming the file and the field or line, without
 * quoting anything from outside content/, and without publishing the entry it touches.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { A, appendBody, K, P, PI, replace, T, TE, type Case } from './cases.ts';

export interface Case2 extends Case {
  /** An entry the change adds or touches, which must not be among the loaded entries. */
  ikkePublisert?: { samling: string; id: string };
  /** Text no message may hold (the content of a file outside content/). */
  ikkeSitert?: string;
}

/** Nine levels of ten aliases: 470 bytes standing for 10^9 values. */
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
].join('\n');

function add(file: string, text: string) {
  return (root: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
}

/** A link inside content/ to `target`, made by `prepare` outside content/ (in the copy's parent folder). */
function link(file: string, target: (root: string) => string) {
  return (root: string) => symlinkSync(target(root), join(root, file));
}

function fifo(file: string) {
  return (root: string) => execFileSync('mkfifo', [join(root, file)]);
}

const OUTSIDE_ACTOR = (root: string) => {
  const outside = join(root, '..', 'utenfor.yaml');
  cpSync(join(root, A), outside);
  return outside;
};

const KONTROLL = /usynlig kontrolltegn \(U\+[0-9A-F]{4}\).*fjern det/;

export const CASES2: Case2[] = [
  // YAML that expands or runs.
  {
    name: 'nine levels of ten aliases (10^9 values in 470 bytes)',
    kind: 'innhold',
    apply: (root) => appendBody(TE, ALIAS_BOMB)(root),
    file: TE,
    linje: { containing: 'a: &a' },
    melding: /YAML-ankeret «&a» på linje \d+ er ikke tillatt i innhold/,
  },
  {
    name: 'an anchor on a source, to repeat it through an alias',
    kind: 'innhold',
    apply: replace(K, 'areal:\n  km2: 1584.74\n  kilde:', 'areal:\n  km2: 1584.74\n  kilde: &wiki'),
    file: K,
    linje: { containing: 'kilde: &wiki' },
    melding: /YAML-ankeret «&wiki».*skriv verdien ut der den skal stå/,
  },
  {
    name: 'an alias without its anchor',
    kind: 'innhold',
    apply: replace(A, 'type: stat', 'type: *stat'),
    file: A,
    linje: { containing: 'type: *stat' },
    melding: /YAML-aliaset «\*stat» på linje \d+ er ikke tillatt/,
  },
  {
    name: 'a !!js/function tag on a tiltak title',
    kind: 'injeksjon',
    apply: replace(T, /^tittel: (.*)$/m, 'tittel: !!js/function "function () { return 1 }"'),
    file: T,
    linje: { containing: '!!js/function' },
    melding: /YAML-merket «!!js\/function» på linje \d+ er ikke tillatt/,
  },
  {
    name: 'a !!js/undefined tag on a theme',
    kind: 'injeksjon',
    apply: replace(TE, 'rekkefolge: 1', 'rekkefolge: !!js/undefined 1'),
    file: TE,
    linje: { containing: '!!js/undefined' },
    melding: /YAML-merket «!!js\/undefined»/,
  },
  {
    name: 'an unknown local tag on an actor',
    kind: 'innhold',
    apply: replace(A, 'navn: DOGA', 'navn: !ukjent DOGA'),
    file: A,
    linje: { containing: '!ukjent' },
    melding: /YAML-merket «!ukjent»/,
  },
  {
    name: 'a !!binary tag in a pilot',
    kind: 'innhold',
    apply: replace(PI, 'pulje: 1', 'pulje: !!binary MQ=='),
    file: PI,
    linje: { containing: '!!binary' },
    melding: /YAML-merket «!!binary»/,
  },

  // Files that are not regular files in content/.
  {
    name: 'a link to a valid actor file outside content/',
    kind: 'innhold',
    apply: link('aktorer/utenfor.yaml', OUTSIDE_ACTOR),
    file: 'aktorer/utenfor.yaml',
    felt: '(filtype)',
    melding: /«utenfor\.yaml» er en symbolsk lenke, ikke en vanlig fil/,
    ikkePublisert: { samling: 'aktorer', id: 'utenfor' },
  },
  {
    name: 'a link to a system file, whose content is never quoted',
    kind: 'innhold',
    apply: link('aktorer/passord.yaml', () => '/etc/passwd'),
    file: 'aktorer/passord.yaml',
    felt: '(filtype)',
    melding: /er en symbolsk lenke/,
    ikkeSitert: 'root:',
    ikkePublisert: { samling: 'aktorer', id: 'passord' },
  },
  {
    name: 'a linked folder of tiltak outside content/',
    kind: 'innhold',
    apply: link('tiltak/lenket', (root) => {
      const outside = join(root, '..', 'tiltak-utenfor');
      mkdirSync(outside);
      cpSync(join(root, T), join(outside, 'lenket-1.mdx'));
      return outside;
    }),
    file: 'tiltak/lenket',
    felt: '(filtype)',
    melding: /«lenket» er en symbolsk lenke/,
    ikkePublisert: { samling: 'tiltak', id: 'lenket-1' },
  },
  {
    name: 'a FIFO named like a tiltak (must not hang)',
    kind: 'innhold',
    apply: fifo('tiltak/indre-namdal-2026/ror.mdx'),
    file: 'tiltak/indre-namdal-2026/ror.mdx',
    felt: '(filtype)',
    melding: /navngitt rørledning \(FIFO\)/,
    ikkePublisert: { samling: 'tiltak', id: 'ror' },
  },
  {
    name: 'a FIFO with another name in a collection folder',
    kind: 'innhold',
    apply: fifo('kommuner/ror'),
    file: 'kommuner/ror',
    felt: '(filtype)',
    melding: /navngitt rørledning \(FIFO\)/,
  },
  {
    name: 'a tiltak inside a hidden folder',
    kind: 'innhold',
    apply: (root) => {
      mkdirSync(join(root, 'tiltak/indre-namdal-2026/.skjult'));
      cpSync(join(root, T), join(root, 'tiltak/indre-namdal-2026/.skjult/skjult-1.mdx'));
    },
    file: 'tiltak/indre-namdal-2026/.skjult',
    felt: '(mappe)',
    melding: /mappen «\.skjult\/» begynner med punktum og blir ikke lest/,
    ikkePublisert: { samling: 'tiltak', id: 'skjult-1' },
  },
  {
    name: 'a hidden folder at the top of content/',
    kind: 'innhold',
    apply: add('.utkast/aktorer/ny.yaml', 'navn: Ny\ntype: stat\n'),
    file: '.utkast',
    felt: '(mappe)',
    melding: /mappen «\.utkast\/» begynner med punktum/,
  },
  {
    name: 'a tiltak body over the size limit',
    kind: 'innhold',
    apply: appendBody(T, `${'Røyrvik bygger boliger. '.repeat(25_000)}`),
    file: T,
    felt: '(filstørrelse)',
    melding: /filen er \d+ kB, og grensen for én innholdsfil er 512 kB/,
    ikkePublisert: { samling: 'tiltak', id: 'indre-namdal-2026-d1-3' },
  },

  // Characters that make the outputs not well-formed or misleading.
  {
    name: 'a NUL (written as an escape) in a pilot name',
    kind: 'innhold',
    apply: replace(PI, 'navn: Bygdevekst Indre Namdal', 'navn: "Bygdevekst\\0 Indre Namdal"'),
    file: PI,
    felt: 'navn',
    melding: /usynlig kontrolltegn \(U\+0000\)/,
  },
  {
    name: 'a raw vertical tab in a pilot name',
    kind: 'innhold',
    apply: replace(PI, 'navn: Bygdevekst Indre Namdal', 'navn: Bygdevekst\u000bIndre Namdal'),
    file: PI,
    felt: 'navn',
    melding: /usynlig kontrolltegn \(U\+000B\)/,
  },
  {
    name: 'a raw NUL in an actor name',
    kind: 'innhold',
    apply: replace(A, 'navn: DOGA', 'navn: "DO\u0000GA"'),
    file: A,
    felt: 'navn',
    melding: KONTROLL,
  },
  {
    name: 'an escape character in a kommune note',
    kind: 'innhold',
    apply: replace(K, '- "SSBs klassifikasjon', '- "\\e[31mSSBs klassifikasjon'),
    file: K,
    felt: 'merknader[0]',
    melding: /usynlig kontrolltegn \(U\+001B\)/,
  },
  {
    name: 'a C1 control character in a tiltak title',
    kind: 'innhold',
    apply: replace(T, /^tittel: "?(.*?)"?$/m, 'tittel: "$1\\x85"'),
    file: T,
    felt: 'tittel',
    melding: /usynlig kontrolltegn \(U\+0085\)/,
  },
  {
    name: 'a right-to-left override in a kommune name',
    kind: 'innhold',
    apply: replace(K, 'navn: Røyrvik', 'navn: "\u202eRøyrvik"'),
    file: K,
    felt: 'navn',
    melding: /usynlig retningstegn \(U\+202E\)/,
  },
  {
    name: 'a lone surrogate escape in a theme description',
    kind: 'innhold',
    apply: replace(TE, 'beskrivelse: "Boligbygging', 'beskrivelse: "\\uD800Boligbygging'),
    file: TE,
    felt: 'beskrivelse',
    melding: /halvt tegn \(U\+D800/,
  },
  {
    name: 'a form feed in a key',
    kind: 'innhold',
    apply: replace(A, 'type: stat', 'type: stat\n"not\\fat": x'),
    file: A,
    felt: 'not<U+000C>at',
    melding: /feltnavnet: teksten inneholder et usynlig kontrolltegn \(U\+000C\)/,
  },
  {
    name: 'a NUL in a tiltak body',
    kind: 'innhold',
    apply: appendBody(T, 'Se kapittel\u0000 to.'),
    file: T,
    linje: { containing: 'Se kapittel' },
    melding: /usynlig kontrolltegn \(U\+0000\)/,
  },
  {
    name: 'a DEL character in a plan decision text',
    kind: 'innhold',
    apply: replace(P, /^tittel: "?(.*?)"?$/m, 'tittel: "$1\\x7f"'),
    file: P,
    felt: 'tittel',
    melding: /usynlig kontrolltegn \(U\+007F\)/,
  },
];
