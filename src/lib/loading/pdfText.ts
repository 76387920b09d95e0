/**
 * Source documents that come in as PDF (uploaded in the CMS or copied into content/kilder-filer/):
 * their text, one line per text line, with the page each line stands on.
 *
 * The text is extracted once and kept beside the PDF as `<navn>.<hash>.txt`, where the hash is the
 * PDF's own (sha256, 16 hex digits). So the text is in the repository for review, the build never
 * extracts a PDF twice, and a replaced PDF cannot be cited against the old text: its hash names
 * another file. Page breaks are form feeds (U+000C) at the start of a page's first line, as
 * `pdftotext` writes them, so line n of the file is line n of the document.
 *
 * Extracting is asynchronous (pdfjs-dist); reading the kept text is not, so the validator stays
 * synchronous. `ensurePdfTexts(root)` runs first wherever content is checked from a fresh PDF:
 * the build's loader, `npm run validate`, `npm run kilde` and the local CMS backend on upload.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Where PDFs live, relative to the content folder; the `pdf` field of a kilde starts with it. */
export const KILDE_FILER = 'kilder-filer';

/** A line of a PDF's text and the page (1-based) it stands on. */
export interface PdfLinje {
  tekst: string;
  side: number;
}

const PAGE_BREAK = '\f';

/** The first 16 hex digits of the file's sha256: names its text file. */
export function pdfHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The kept text's file name for a PDF: `plan-2027.pdf` with hash h → `plan-2027.h.txt`. */
export function pdfTextName(pdfName: string, hash: string): string {
  return `${basename(pdfName).replace(/\.pdf$/i, '')}.${hash}.txt`;
}

interface TextItem {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
}

/**
 * The text of a PDF, line by line. A line ends where pdfjs marks an end of line or where the next
 * piece of text starts lower on the page; runs of spaces are kept as printed, trailing ones cut.
 * Pages without text give no lines, but still count.
 */
export async function extractPdfLines(bytes: Uint8Array): Promise<PdfLinje[]> {
  // Loaded on demand: only a PDF source needs it, and the site's pages never do.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdfjs takes the buffer over; a copy keeps the caller's bytes intact.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    // Errors only: a missing standard font's glyph data does not change the text.
    verbosity: 0,
  });
  const doc = await task.promise;
  const linjer: PdfLinje[] = [];
  try {
    for (let side = 1; side <= doc.numPages; side++) {
      const page = await doc.getPage(side);
      const content = await page.getTextContent();
      let current = '';
      let lastY: number | null = null;
      const end = () => {
        const tekst = current.replace(/\s+$/u, '');
        if (tekst !== '') linjer.push({ tekst, side });
        current = '';
      };
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        const y: number | null = item.transform?.[5] ?? lastY;
        if (item.str !== '' && lastY !== null && y !== null && y < lastY - 1 && current !== '') end();
        current += item.str;
        if (item.str !== '') lastY = y;
        if (item.hasEOL) end();
      }
      end();
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return linjer;
}

/** The kept text of a PDF's lines: one line each, a form feed before the first line of each later page. */
export function formatPdfText(linjer: readonly PdfLinje[]): string {
  let side = 1;
  const out = linjer.map((l) => {
    const breaks = PAGE_BREAK.repeat(Math.max(0, l.side - side));
    side = l.side;
    // A form feed inside the text would read as a page break; pdfjs gives none, but a PDF may.
    return breaks + l.tekst.replaceAll(PAGE_BREAK, ' ');
  });
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** Lines and pages back from a kept text (the inverse of formatPdfText). */
export function parsePdfText(text: string): PdfLinje[] {
  if (text === '') return [];
  const rows = text.split('\n');
  if (text.endsWith('\n')) rows.pop();
  let side = 1;
  return rows.map((row) => {
    const breaks = /^\f*/.exec(row)![0].length;
    side += breaks;
    return { tekst: row.slice(breaks), side };
  });
}

/** Where a kilde's `pdf` lies on disk (`kilder-filer/x.pdf` under the content folder). */
export const pdfPath = (root: string, pdf: string) => join(root, pdf);

/** The path of the kept text for the PDF as it is now, or null when the PDF is not there. */
export function pdfTextPath(root: string, pdf: string): string | null {
  const path = pdfPath(root, pdf);
  if (!existsSync(path)) return null;
  const name = pdfTextName(pdf, pdfHash(readFileSync(path)));
  return join(path, '..', name);
}

/**
 * Extracts one PDF's text unless it is already kept, and removes texts kept for earlier versions
 * of the same file. Returns the text file and whether it was written now.
 */
export async function ensurePdfText(
  pdfFile: string,
): Promise<{ file: string; written: boolean; linjer: number }> {
  const bytes = readFileSync(pdfFile);
  const name = pdfTextName(pdfFile, pdfHash(bytes));
  const dir = join(pdfFile, '..');
  const file = join(dir, name);
  const stem = basename(pdfFile).replace(/\.pdf$/i, '');
  const stale = readdirSync(dir).filter(
    (f) => f !== name && f.startsWith(`${stem}.`) && /^\.[0-9a-f]{16}\.txt$/.test(f.slice(stem.length)),
  );
  for (const f of stale) unlinkSync(join(dir, f));
  if (existsSync(file))
    return { file, written: false, linjer: parsePdfText(readFileSync(file, 'utf8')).length };
  const linjer = await extractPdfLines(bytes);
  writeFileSync(file, formatPdfText(linjer));
  return { file, written: true, linjer: linjer.length };
}

/** Every PDF in the content folder's kilder-filer/ with its text kept beside it. */
export async function ensurePdfTexts(
  root: string,
): Promise<{ file: string; written: boolean; linjer: number; feil?: string }[]> {
  const dir = join(root, KILDE_FILER);
  if (!existsSync(dir)) return [];
  const pdfs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.pdf$/i.test(d.name))
    .map((d) => join(dir, d.name))
    .sort();
  const done = [];
  for (const pdf of pdfs) {
    // A PDF that cannot be read keeps no text; the validator then names the file and what to do.
    const result = await ensurePdfText(pdf).catch((e: Error) => ({
      file: pdf,
      written: false,
      linjer: 0,
      feil: e.message,
    }));
    done.push(result);
  }
  return done;
}
