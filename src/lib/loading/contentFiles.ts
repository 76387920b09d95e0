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
import { closest } from './hint.ts';
import { KILDE_FILER } from './pdfText.ts';
import { bodyCharacterProblem, parseYaml, type ReadProblem } from './yamlText.ts';

/** The content folder; BYGDEVEKST_CONTENT points elsewhere for fixture sites in tests. */
export function contentRoot(): string {
  return process.env.BYGDEVEKST_CONTENT ?? './content';
}

export function entryIdFromPath(path: string): string {
  return basename(path, extname(path));
}

/** The id rule (also the URL slug): lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type { ReadProblem } from './yamlText.ts';

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
    if (d.isDirectory() && d.name === KILDE_FILER) {
      problems.push(...kildeFilerProblems(path));
      continue;
    }
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

/**
 * content/kilder-filer/ holds source PDFs and the text the build keeps beside each
 * (`<navn>.<hash>.txt`), and its README; nothing else, and no sub-folders.
 */
function kildeFilerProblems(dir: string): { file: string; felt: string; melding: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.name === 'README.md' || d.name.startsWith('.')) return [];
    if (d.isFile() && (/\.pdf$/i.test(d.name) || /\.[0-9a-f]{16}\.txt$/.test(d.name))) return [];
    return [
      {
        file: relativeToCwd(path),
        felt: '(filtype)',
        melding: `${KILDE_FILER}/ tar bare imot kildedokumenter som PDF (og teksten bygget henter ut av dem); flytt «${d.name}» ut`,
      },
    ];
  });
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
