/**
 * Reading content files from disk without Astro, so the validator and the tests see exactly
 * the files the site is built from. Entry ids are file names without extension, whatever
 * sub-folder the file sits in: folders are for people, ids are flat and stable.
 *
 * Reading is strict, because what is read loosely is published wrongly: bytes must be UTF-8
 * (a Latin-1 «ø» became «R�yrvik»), a byte-order mark is named, and numbers and texts are
 * checked as they are written in the file, before YAML turns `250.000` into 250.
 */
import {
  closeSync,
  constants,
  type Dirent,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node as YamlNode,
} from 'yaml';
import { closest } from './hint.ts';

/** The content folder; BYGDEVEKST_CONTENT points elsewhere for fixture sites in tests. */
export function contentRoot(): string {
  return process.env.BYGDEVEKST_CONTENT ?? './content';
}

export function entryIdFromPath(path: string): string {
  return basename(path, extname(path));
}

/** The id rule (also the URL slug): lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A problem found while reading one file: a field (zod-style path) or a line, in Norwegian. */
export interface ReadProblem {
  felt: string;
  linje?: number;
  melding: string;
  /** Other fields this problem explains, which are then not reported again (e.g. the «000» that `250,000` leaves behind). */
  dekker?: string[];
}

export interface RawEntry {
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  /** Parsed frontmatter (MDX) or document (YAML); undefined when it could not be parsed. */
  data: unknown;
  body: string;
  /** Line of the file where the body starts (1-based), so body problems name file lines. */
  bodyLine: number;
  /** A problem that stops the file from being read at all (encoding, YAML syntax, no frontmatter). */
  parseError?: ReadProblem;
  /** Problems in how values are written (number notation, blank text, file name, BOM). */
  notes: ReadProblem[];
}

/**
 * The largest content file that is read, in bytes. The largest file today is about 25 kB; a file
 * a hundred times that is a mistake (a whole document pasted in) and would publish a page of
 * megabytes, so it is refused before it is read.
 */
export const MAKS_FILSTORRELSE = 512 * 1024;

/** A file found in a collection folder; `refused` says why it is not read (not a regular file). */
interface Found {
  path: string;
  refused?: string;
}

/** Why an entry that is not a regular file or folder is never read, in Norwegian. */
export function notRegular(d: Pick<Dirent, 'name' | 'isSymbolicLink' | 'isFIFO'>): string {
  if (d.isSymbolicLink())
    return `«${d.name}» er en symbolsk lenke, ikke en vanlig fil; lenker i content/ blir ikke fulgt, så legg innholdet i selve filen`;
  if (d.isFIFO())
    return `«${d.name}» er en navngitt rørledning (FIFO), ikke en vanlig fil; slett den, den blir ikke lest`;
  return `«${d.name}» er en spesialfil (enhet eller sokkel), ikke en vanlig fil; slett den, den blir ikke lest`;
}

/**
 * The files of one collection folder. Only regular files and real folders are entered: a link is
 * never followed (it could point anywhere on the machine), a FIFO would block the read forever,
 * and a dot-folder is hidden from people reviewing a change (strayFiles reports both).
 */
function walk(dir: string, ext: string): Found[] {
  try {
    if (!lstatSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d): Found[] => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return d.name.startsWith('.') ? [] : walk(path, ext);
      if (!d.name.endsWith(ext)) return [];
      return d.isFile() ? [{ path }] : [{ path, refused: notRegular(d) }];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte → number of continuation bytes and the smallest code point that needs them.
    const [n, min] =
      b >= 0xc2 && b <= 0xdf
        ? [1, 0x80]
        : b >= 0xe0 && b <= 0xef
          ? [2, 0x800]
          : b >= 0xf0 && b <= 0xf4
            ? [3, 0x10000]
            : [0, 0];
    if (n === 0 || i + n >= bytes.length) return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Fields that hold whole kroner or counts: written as plain digits, never with separators. */
function isAmountField(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return last === 'belop' || last === 'antall' || path[path.length - 2] === 'verdier';
}

export function fieldName(path: readonly (string | number)[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('') ||
    '(hele filen)'
  );
}

/** «kr 250 000,-» → «250000»: the digits of a written amount, without «,-» or «,00». */
function kroner(written: string): string {
  return written.replace(/,(-|00)\s*(kr\.?)?\s*$/i, '').replace(/\D/g, '');
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const THOUSANDS = /^\s*(kr\.?\s*)?\d{1,3}([ .,\u00a0\u202f]\d{3})+(,-|,00)?\s*(kr\.?)?\s*$/i;

/**
 * How numbers and texts are written in one YAML document, checked on the source text: YAML
 * reads `250.000` as 250 and `1e6` as a million, and `"   "` is not a title.
 */
function writtenValueProblems(root: YamlNode | null, text: string): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const path: (string | number)[] = [];
  const visit = (node: unknown) => {
    if (isMap(node)) {
      node.items.forEach((pair, i) => {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        // In a flow map { belop: 250,000 } the comma splits the amount: belop 250, and a key «000».
        const prev = node.items[i - 1];
        if (
          isScalar(pair.key) &&
          pair.key.range &&
          /^\d{3}$/.test(text.slice(pair.key.range[0], pair.key.range[1]).trim()) &&
          isScalar(prev?.value) &&
          typeof prev.value.value === 'number' &&
          prev.value.range
        ) {
          const prevKey = isScalar(prev.key) ? String(prev.key.value) : String(prev.key);
          if (isAmountField([...path, prevKey])) {
            const written = `${text.slice(prev.value.range[0], prev.value.range[1]).trim()},${text.slice(pair.key.range[0], pair.key.range[1]).trim()}`;
            problems.push({
              felt: fieldName([...path, prevKey]),
              melding: `tallet er skrevet som «${written}», der kommaet deler tallet i to; skriv ${kroner(written)} (hele kroner, uten mellomrom, punktum eller komma)`,
              dekker: [fieldName([...path, key])],
            });
          }
        }
        path.push(key);
        visit(pair.value);
        path.pop();
      });
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        path.push(i);
        visit(node.items[i]);
        path.pop();
      }
    } else if (isScalar(node) && node.range) {
      const value = node.value;
      if (typeof value === 'number') {
        const source = text.slice(node.range[0], node.range[1]).trim();
        const amount = isAmountField(path);
        if (amount && THOUSANDS.test(source)) {
          problems.push({
            felt: fieldName(path),
            melding: `tallet er skrevet som «${source}», som leses som ${value}; skriv ${kroner(source)} (hele kroner, uten mellomrom, punktum eller komma)`,
          });
        } else if (!PLAIN_NUMBER.test(source)) {
          // 1e6, 0x10, +5, .inf: YAML reads them as numbers, but nobody reading the file sees the number.
          problems.push({
            felt: fieldName(path),
            melding: `forventet et tall skrevet med vanlige sifre, fant «${source}»${amount ? '; skriv beløpet i hele kroner, for eksempel 1000000 for 1e6' : ''}`,
          });
        }
      } else if (typeof value === 'string') {
        if (value.trim() === '') {
          if (value.length > 0)
            problems.push({
              felt: fieldName(path),
              melding:
                'teksten består bare av mellomrom; skriv teksten, eller fjern feltet hvis det er valgfritt',
            });
        } else if (/^[\sk\d]/.test(value) && isAmountField(path) && THOUSANDS.test(value)) {
          problems.push({
            felt: fieldName(path),
            melding: `tallet er skrevet som tekst «${value}»; skriv ${kroner(value)} (hele kroner, uten mellomrom, punktum eller komma)`,
          });
        }
      }
    }
  };
  visit(root);
  return problems;
}

/**
 * The common case, fast: js-yaml reads our frontmatter about four times faster than `yaml`, which
 * is most of `npm run validate`. But it cannot say where a value was written, so it answers only
 * when nothing in the file could concern the written-value checks or an error message: every
 * number written with plain digits, no key of digits (the tail of «250,000» in a flow map), no blank
 * text, no amount field holding text like «250 000», and no syntax error. Anything else goes the exact way.
 */
function parsePlainYaml(text: string): { data: unknown } | undefined {
  const starts: number[] = [];
  let plain = true;
  try {
    const data = loadYaml(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          starts.push(state.position);
          return;
        }
        const start = starts.pop() ?? 0;
        const value: unknown = state.result;
        if (!plain) return;
        if (typeof value === 'number') {
          const source = state.input.slice(start, state.position).trim();
          if (!PLAIN_NUMBER.test(source) || THOUSANDS.test(source)) plain = false;
        } else if (typeof value === 'string' && value.length > 0 && value.trim() === '') {
          plain = false;
        }
      },
    });
    return plain && !needsPositions(data, []) ? { data } : undefined;
  } catch {
    return undefined;
  }
}

/** A key of digits, or an amount field holding text that looks like an amount: the exact checks must see where. */
function needsPositions(value: unknown, path: (string | number)[]): boolean {
  if (typeof value === 'string') return isAmountField(path) && THOUSANDS.test(value);
  if (Array.isArray(value)) return value.some((inner, i) => needsPositions(inner, [...path, i]));
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, inner]) => /^\d+$/.test(key) || needsPositions(inner, [...path, key]),
  );
}

/**
 * Text that might hold an anchor, an alias, a tag or a directive: only such a file needs the
 * exact parser's view of its nodes, so the fast path stays fast for the rest. (A «&» or «*» in
 * the middle of a text, as in «Rynning & Blumenthal», also sends a file the exact way; that is
 * harmless, only slower.)
 */
const MAYBE_NODE_PROPERTY = /(?:^|[\s[{,])[&*!]|^%/m;

/**
 * Anchors, aliases and tags are refused in content. An alias repeats a value without writing it
 * out, so nine lines of ten aliases each stand for 10^9 values, which every walk over the data
 * visits (a 470-byte file hung the validator); a tag (`!!js/function`, `!ukjent`) asks for a
 * type content never has, and the parser would drop it silently.
 */
function nodePropertyProblem(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  firstLine: number,
): ReadProblem | undefined {
  let found: ReadProblem | undefined;
  const at = (offset: number | undefined) =>
    offset === undefined ? undefined : lines.linePos(offset).line + firstLine - 1;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      const line = at(node.range?.[0]);
      found = {
        felt: '(hele filen)',
        linje: line,
        melding: `YAML-aliaset «*${node.source}»${line ? ` på linje ${line}` : ''} er ikke tillatt i innhold; skriv verdien ut der den skal stå`,
      };
      return visit.BREAK;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return undefined;
    const line = at(node.range?.[0]);
    if (node.anchor) {
      found = {
        felt: '(hele filen)',
        linje: line,
        melding: `YAML-ankeret «&${node.anchor}»${line ? ` på linje ${line}` : ''} er ikke tillatt i innhold; skriv verdien ut der den skal stå, uten & og *`,
      };
      return visit.BREAK;
    }
    if (node.tag) {
      found = {
        felt: '(hele filen)',
        linje: line,
        melding: `YAML-merket «${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}»${line ? ` på linje ${line}` : ''} er ikke tillatt i innhold; fjern merket (det som begynner med !) og skriv verdien som vanlig tekst eller tall`,
      };
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** `firstLine`: the file line the YAML text starts on (2 in frontmatter), so messages name file lines. */
function parseYaml(
  text: string,
  firstLine = 1,
): { data?: unknown; error?: ReadProblem; notes: ReadProblem[] } {
  const plain = MAYBE_NODE_PROPERTY.test(text) ? undefined : parsePlainYaml(text);
  if (plain) return { data: plain.data, notes: controlCharacterProblems(plain.data) };
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const yamlLine = e.linePos?.[0]?.line;
    const line = yamlLine === undefined ? undefined : yamlLine + firstLine - 1;
    const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return {
      error: {
        felt: '(hele filen)',
        linje: line,
        melding: `ugyldig YAML${line ? ` på linje ${line}` : ''} (parseren sier: ${detail})`,
      },
      notes: [],
    };
  }
  const property = nodePropertyProblem(doc, lines, firstLine);
  if (property) return { error: property, notes: [] };
  const data = doc.toJS();
  return { data, notes: [...writtenValueProblems(doc.contents, text), ...controlCharacterProblems(data)] };
}

/**
 * Characters that break what the site publishes: C0 and C1 control characters other than tab,
 * line feed and carriage return (a NUL makes feed.xml not well-formed, so readers drop the whole
 * feed), DEL, the non-characters U+FFFE and U+FFFF, lone surrogates (from a "\uD800" escape), and
 * the bidirectional overrides and isolates that make a name display reversed.
 */
const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What a forbidden character is and what to do, in Norwegian. */
export function forbiddenCharacterMessage(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const what =
    cp >= 0x202a && cp <= 0x2069
      ? `et usynlig retningstegn (${codePoint(ch)}) som snur hvordan teksten vises`
      : cp >= 0xd800 && cp <= 0xdfff
        ? `et halvt tegn (${codePoint(ch)}, et surrogat uten partner)`
        : `et usynlig kontrolltegn (${codePoint(ch)})`;
  return `teksten inneholder ${what}, som ikke kan publiseres; fjern det (bare tabulator og linjeskift er tillatt)`;
}

/** Every text and key in parsed data with a forbidden character, each naming its field. */
function controlCharacterProblems(data: unknown): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const visitValue = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const m = FORBIDDEN_CHARACTER.exec(value);
      if (m) problems.push({ felt: fieldName(path), melding: forbiddenCharacterMessage(m[0]) });
    } else if (Array.isArray(value)) value.forEach((v, i) => visitValue(v, [...path, i]));
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        const m = FORBIDDEN_CHARACTER.exec(key);
        const shown = key.replace(new RegExp(FORBIDDEN_CHARACTER.source, 'g'), (c) => `<${codePoint(c)}>`);
        if (m)
          problems.push({
            dekker: [fieldName([...path, key])],
            felt: fieldName([...path, shown]),
            melding: `feltnavnet: ${forbiddenCharacterMessage(m[0])}`,
          });
        else visitValue(inner, [...path, key]);
      }
  };
  visitValue(data, []);
  return problems;
}

/** The first forbidden character in a body, by the file line it is on. */
function bodyCharacterProblem(body: string, bodyLine: number): ReadProblem | undefined {
  const m = FORBIDDEN_CHARACTER.exec(body);
  if (!m) return undefined;
  const line = bodyLine + body.slice(0, m.index).split('\n').length - 1;
  return { felt: '(brødtekst)', linje: line, melding: forbiddenCharacterMessage(m[0]) };
}

export function suggestedId(id: string): string {
  return id
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type Parsed = Pick<RawEntry, 'data' | 'body' | 'bodyLine' | 'parseError' | 'notes'>;

/**
 * Parsed files by their exact bytes. YAML parsing is most of the validator's time, and between
 * two runs (the dev server, the test corpus) almost every file is unchanged. Parsed data is
 * only read, never changed, so sharing it is safe.
 */
const parsedByContent = new Map<string, Parsed>();

export function readEntry(file: string, format: 'mdx' | 'yaml'): RawEntry {
  const id = entryIdFromPath(file);
  const nameNotes = fileNameNotes(file, id);
  const read = readRegularFile(file);
  if ('refused' in read)
    return { id, file, data: undefined, body: '', bodyLine: 1, parseError: read.refused, notes: nameNotes };
  const bytes = read.bytes;
  const key = `${format}\u0000${bytes.toString('latin1')}`;
  let parsed = parsedByContent.get(key);
  if (!parsed) {
    parsed = parseBytes(bytes, format);
    if (parsedByContent.size > 5000) parsedByContent.clear();
    parsedByContent.set(key, parsed);
  }
  return { id, file, ...parsed, notes: [...nameNotes, ...parsed.notes] };
}

/**
 * The bytes of a regular file, opened without following a link and without waiting on a FIFO
 * (the file may have been swapped since the folder was listed), and no larger than MAKS_FILSTORRELSE.
 */
function readRegularFile(file: string): { bytes: Buffer } | { refused: ReadProblem } {
  const name = basename(file);
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  let fd: number;
  try {
    fd = openSync(file, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const melding =
      code === 'ELOOP' || code === 'EMLINK'
        ? notRegular({ name, isSymbolicLink: () => true, isFIFO: () => false })
        : `filen «${name}» kunne ikke leses (${code ?? 'ukjent grunn'})`;
    return { refused: { felt: '(filtype)', melding } };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return {
        refused: {
          felt: '(filtype)',
          melding: notRegular({ name, isSymbolicLink: () => false, isFIFO: () => stat.isFIFO() }),
        },
      };
    if (stat.size > MAKS_FILSTORRELSE)
      return {
        refused: {
          felt: '(filstørrelse)',
          melding: `filen er ${Math.ceil(stat.size / 1024)} kB, og grensen for én innholdsfil er ${MAKS_FILSTORRELSE / 1024} kB; del teksten opp, eller sjekk om noe er limt inn ved en feil`,
        },
      };
    return { bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

function fileNameNotes(file: string, id: string): ReadProblem[] {
  if (ID_PATTERN.test(id)) return [];
  const forslag = suggestedId(id);
  return [
    {
      felt: '(filnavn)',
      melding: `filnavnet «${basename(file)}» følger ikke id-regelen: små bokstaver a–z, sifre og bindestrek${forslag ? ` (mente du «${forslag}${extname(file)}»?)` : ''}`,
    },
  ];
}

function parseBytes(bytes: Buffer, format: 'mdx' | 'yaml'): Parsed {
  const notes: ReadProblem[] = [];
  const entry = (rest: Partial<Parsed>): Parsed => ({
    data: undefined,
    body: '',
    bodyLine: 1,
    notes,
    ...rest,
  });
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = lineAt(bytes, bad);
    return entry({
      parseError: {
        felt: '(tegnkoding)',
        linje: line,
        melding: `byten 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')} på linje ${line} er ikke gyldig UTF-8 (filen er trolig lagret som Latin-1 eller Windows-1252); lagre filen som UTF-8`,
      },
    });
  }
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.startsWith('\uFEFF')) {
    notes.push({
      felt: '(tegnkoding)',
      linje: 1,
      melding:
        'filen begynner med et usynlig byte-rekkefølgemerke (BOM, U+FEFF); lagre filen som «UTF-8» uten BOM (ikke «UTF-8 med BOM»)',
    });
    text = text.slice(1);
  }
  if (format === 'yaml') {
    const { data, error, notes: yamlNotes } = parseYaml(text);
    notes.push(...yamlNotes);
    return entry({ data, parseError: error });
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match)
    return entry({
      body: text,
      parseError: {
        felt: '(hele filen)',
        linje: 1,
        melding:
          'fant ikke frontmatter: filen må begynne med en linje med bare --- og ha en ny linje --- etter feltene',
      },
    });
  const { data, error, notes: yamlNotes } = parseYaml(match[1], 2);
  notes.push(...yamlNotes);
  const bodyLine = text.slice(0, text.length - match[2].length).split('\n').length;
  const bodyProblem = bodyCharacterProblem(match[2], bodyLine);
  if (bodyProblem) notes.push(bodyProblem);
  return entry({ data, body: match[2], bodyLine, parseError: error });
}

export function readCollectionFiles(root: string, folder: string, format: 'mdx' | 'yaml'): RawEntry[] {
  const dir = join(root, folder);
  return walk(dir, format === 'mdx' ? '.mdx' : '.yaml').map(({ path, refused }) => {
    if (!refused) return readEntry(path, format);
    const id = entryIdFromPath(path);
    return {
      id,
      file: path,
      data: undefined,
      body: '',
      bodyLine: 1,
      parseError: { felt: '(filtype)', melding: refused },
      notes: [],
    };
  });
}

export function relativeToCwd(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** Files at the top of content/ that are documentation, not content. */
const TOP_LEVEL_DOCS = new Set(['README.md']);

/**
 * Files inside content/ that no collection reads: a tiltak saved as `.md`, a folder spelt
 * `tiltakk/`, a folder hidden by a leading dot. Astro would skip them silently and the entry
 * would vanish from the site (or, for a dot-folder, be published unseen by reviewers).
 * Dot-files (.DS_Store, .gitkeep) are ignored: they are never content. Links, FIFOs and
 * devices are named and never followed or opened.
 */
export function strayFiles(
  root: string,
  folders: Readonly<Record<string, 'mdx' | 'yaml'>>,
): { file: string; felt: string; melding: string }[] {
  if (!existsSync(root)) return [];
  const problems: { file: string; felt: string; melding: string }[] = [];
  const known = Object.keys(folders);
  for (const d of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, d.name);
    if (d.isDirectory() && d.name.startsWith('.')) {
      problems.push(dotFolder(path, d.name));
      continue;
    }
    if (d.name.startsWith('.') && d.isFile()) continue;
    if (d.isDirectory()) {
      const format = folders[d.name];
      if (!format) {
        const hint = closestFolder(d.name, known);
        problems.push({
          file: relativeToCwd(path),
          felt: '(mappe)',
          melding: `ukjent mappe «${d.name}/» i content/${hint}; filene i den blir ikke publisert. Kjente mapper: ${known.join(', ')}`,
        });
        continue;
      }
      for (const f of walkAll(path)) {
        if (f.dotFolder) {
          problems.push(dotFolder(f.path, basename(f.path)));
          continue;
        }
        if (f.refused) {
          // A link or FIFO named like an entry is reported once, by the collection that would read it.
          if (!f.path.endsWith(`.${format}`))
            problems.push({ file: relativeToCwd(f.path), felt: '(filtype)', melding: f.refused });
          continue;
        }
        if (basename(f.path).startsWith('.') || f.path.endsWith(`.${format}`)) continue;
        problems.push({
          file: relativeToCwd(f.path),
          felt: '(filtype)',
          melding: `filen har endelsen «${extname(f.path) || '(ingen)'}», men ${d.name}/ leser bare .${format}-filer; gi filen endelsen .${format}, ellers blir den ikke publisert`,
        });
      }
    } else if (!d.isFile()) {
      problems.push({ file: relativeToCwd(path), felt: '(filtype)', melding: notRegular(d) });
    } else if (!TOP_LEVEL_DOCS.has(d.name)) {
      problems.push({
        file: relativeToCwd(path),
        felt: '(plassering)',
        melding: `filen ligger rett i content/, der ingen samling leser den; flytt den til riktig mappe (${known.join(', ')})`,
      });
    }
  }
  return problems;
}

function dotFolder(path: string, name: string) {
  return {
    file: relativeToCwd(path),
    felt: '(mappe)',
    melding: `mappen «${name}/» begynner med punktum og blir ikke lest; gi den et navn uten punktum først, eller flytt filene ut av den`,
  };
}

/** Every entry below a collection folder, without entering dot-folders or following links. */
function walkAll(dir: string): { path: string; refused?: string; dotFolder?: boolean }[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return d.name.startsWith('.') ? [{ path, dotFolder: true }] : walkAll(path);
      return d.isFile() ? [{ path }] : [{ path, refused: notRegular(d) }];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function closestFolder(name: string, known: readonly string[]): string {
  const c = closest(name, known);
  return c ? ` (mente du «${c}/»?)` : '';
}
