/**
 * `npm run kilde -- <fil.pdf> …`: brings a source document in as PDF from the terminal, as the
 * CMS does on upload: copies it into content/kilder-filer/ (a name without spaces or æøå) and
 * keeps its text beside it with the page of each line (src/lib/loading/pdfText.ts). Prints
 * where the text is and the line to put in the kilde.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { contentRoot, ensurePdfText, KILDE_FILER, relativeToCwd } from '../src/lib/loading/index.ts';
import { parsePdfText } from '../src/lib/loading/index.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('Bruk: npm run kilde -- <dokument.pdf> [flere.pdf …]. Se docs/redaktor.md.');
  process.exit(1);
}

/** The file name the schema accepts: ASCII letters, digits, dot, hyphen, underscore. */
function safeName(name: string): string {
  const stem = basename(name)
    .replace(/\.pdf$/i, '')
    .replace(/æ/gi, 'ae')
    .replace(/[øö]/gi, 'o')
    .replace(/å/gi, 'a')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|-+$/g, '')
    .toLowerCase();
  return `${stem || 'dokument'}.pdf`;
}

const dir = join(contentRoot(), KILDE_FILER);
let failed = false;
for (const file of files) {
  if (!existsSync(file) || !/\.pdf$/i.test(file)) {
    console.error(`Fant ingen PDF «${file}».`);
    failed = true;
    continue;
  }
  const target = join(dir, safeName(file));
  if (resolve(file) !== resolve(target)) {
    mkdirSync(dir, { recursive: true });
    if (existsSync(target)) console.log(`Erstatter ${relativeToCwd(target)} med ${file}.`);
    copyFileSync(file, target);
  }
  try {
    const t = await ensurePdfText(target);
    const lines = parsePdfText(readFileSync(t.file, 'utf8'));
    const pages = lines.length > 0 ? lines[lines.length - 1].side : 0;
    console.log(
      `${relativeToCwd(target)}: teksten ${t.written ? 'er hentet ut til' : 'lå allerede i'} ${relativeToCwd(t.file)}, ${t.linjer} linjer fra ${pages} sider.`,
    );
    if (t.linjer === 0)
      console.log(
        '  Ingen tekst funnet: PDF-en er trolig skannet (bare bilder). Den må leses med OCR før den kan siteres.',
      );
    console.log(`  I kilden skriver du: pdf: ${KILDE_FILER}/${basename(target)}`);
    console.log(`  Eller lag kilden med: npm run ny -- kilde <id> --pdf ${KILDE_FILER}/${basename(target)}`);
  } catch (e) {
    console.error(`${relativeToCwd(target)}: kunne ikke lese PDF-en (${(e as Error).message}).`);
    failed = true;
  }
}
if (failed) process.exit(1);
