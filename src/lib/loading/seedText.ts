/**
 * The source documents' text, read at build time: for checking cited line ranges and for
 * publishing each document with a link target per line, so a citation like «linje 329» can be
 * opened and read. A kilde has its text either as a plain text file in shared/seeds (`seed`) or
 * as a PDF in content/kilder-filer/ (`pdf`), whose extracted text is kept beside it (pdfText.ts)
 * with the page of each line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot, firstInvalidUtf8, relativeToCwd } from './contentFiles.ts';
import { menteDu } from './hint.ts';
import { parsePdfText, pdfPath, pdfTextPath } from './pdfText.ts';

/** Where the seed documents live: beside the repository, as in CI. */
export const SEEDS_DIR = process.env.BYGDEVEKST_SEEDS ?? '../shared/seeds';

/** A source text's lines (1-based line n is element n − 1), and for a PDF the page of each line. */
export interface KildeLinjer {
  linjer: string[];
  /** sider[n − 1] is the page of line n; null for a plain text without pages. */
  sider: number[] | null;
}

/** Why a source text cannot be read, said once, on the field that names it. */
export interface KildeTekstFeil {
  felt: 'seed' | 'pdf';
  melding: string;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/**
 * The encoding is checked before any line is read: a Latin-1 text turns «ø» into «�», and every
 * title with æøå would then be «not on its lines», hiding the one real cause.
 */
function notUtf8(bytes: Uint8Array, shown: string): string | null {
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return null;
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
  const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
  return (
    `kildeteksten «${shown}» er ikke lagret som UTF-8 (byten 0x${byte} på linje ${line}; trolig Latin-1 eller ` +
    'Windows-1252). Lagre tekstfilen som UTF-8; sitatene fra den blir ikke sjekket før det er gjort'
  );
}

/** A seed file's lines, or why they cannot be read. */
export function readSeed(seed: string, dir: string = SEEDS_DIR): KildeLinjer | KildeTekstFeil {
  const path = join(dir, seed);
  if (!existsSync(path)) {
    const available = existsSync(dir) ? readdirSync(dir) : [];
    return {
      felt: 'seed',
      melding: `fant ikke kildeteksten «${seed}» i ${dir}/${menteDu(seed, available)}; legg tekstfilen dit eller rett filnavnet`,
    };
  }
  const bytes = readFileSync(path);
  const encoding = notUtf8(bytes, join(dir, seed));
  if (encoding) return { felt: 'seed', melding: encoding };
  return { linjer: splitLines(bytes.toString('utf8')), sider: null };
}

/** A PDF's kept text with pages, or why there is none. */
export function readPdfText(pdf: string, root: string = contentRoot()): KildeLinjer | KildeTekstFeil {
  const file = pdfTextPath(root, pdf);
  if (file === null) {
    return {
      felt: 'pdf',
      melding: `fant ikke PDF-en «${pdf}» i ${relativeToCwd(root)}/; last den opp i redigeringsverktøyet eller kopier den dit`,
    };
  }
  if (!existsSync(file)) {
    return {
      felt: 'pdf',
      melding:
        `teksten i PDF-en «${pdf}» er ikke hentet ut ennå; kjør «npm run kilde -- ${relativeToCwd(pdfPath(root, pdf))}» ` +
        '(eller npm run validate / npm run build, som gjør det samme). Sier den at PDF-en ikke kan leses, har den trolig bare bilder av tekst',
    };
  }
  const linjer = parsePdfText(readFileSync(file, 'utf8'));
  return { linjer: linjer.map((l) => l.tekst), sider: linjer.map((l) => l.side) };
}

export const isKildeTekstFeil = (t: KildeLinjer | KildeTekstFeil): t is KildeTekstFeil => 'melding' in t;

/** A kilde's text from whichever field it has; null when it names neither (the schema reports that). */
export function kildeTekst(
  data: { seed?: unknown; pdf?: unknown },
  root: string = contentRoot(),
): KildeLinjer | KildeTekstFeil | null {
  if (typeof data.pdf === 'string') return readPdfText(data.pdf, root);
  if (typeof data.seed === 'string') return readSeed(data.seed);
  return null;
}

/** The document's lines (1-based line n is element n − 1), or null when the file is not there or not readable. */
export function seedLines(seed: string): string[] | null {
  const t = readSeed(seed);
  return isKildeTekstFeil(t) ? null : t.linjer;
}
