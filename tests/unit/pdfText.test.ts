/**
 * Source documents as PDF: the text comes out one line per printed line with the page it stands
 * on, is kept beside the PDF under a name from the PDF's hash, and is cited and proven exactly as
 * a text in shared/seeds. The PDFs are made here (tests/helpers/pdf.ts), so every expected line is
 * known from what was drawn.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ensurePdfText,
  ensurePdfTexts,
  extractPdfLines,
  formatPdfText,
  parsePdfText,
  pdfHash,
} from '../../src/lib/loading/pdfText.ts';
import { readPdfText } from '../../src/lib/loading/seedText.ts';
import { validateContent } from '../../src/lib/loading/validateContent.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { newKilde } from '../../src/lib/editing/scaffold.ts';
import { kildeDelView, kildeTekstView } from '../../src/views/kilder.ts';
import { buildSite } from '../../src/views/site.ts';
import { copyFixture, edit, write } from '../helpers/fixture.ts';
import { makePdf } from '../helpers/pdf.ts';

const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

/** Page 1: title and funding; page 2: blank; page 3: the tiltak, with a two-column line. */
const PAGES = [
  ['Handlingsplan 2025 for Testpilot', 'Bygdevekstmidler til boliger: kr 100 000 i 2025.'],
  [],
  ['Tiltak 1.1 Boligtiltak i Holtålen', ['Ansvar:', 'Testby kommune']],
];

describe('extracting a PDF’s text', () => {
  it('gives one line per printed line, with its page; a blank page has no lines but counts', async () => {
    const linjer = await extractPdfLines(await makePdf(PAGES));
    expect(linjer).toEqual([
      { tekst: 'Handlingsplan 2025 for Testpilot', side: 1 },
      { tekst: 'Bygdevekstmidler til boliger: kr 100 000 i 2025.', side: 1 },
      { tekst: 'Tiltak 1.1 Boligtiltak i Holtålen', side: 3 },
      // Two pieces on one baseline are one line, apart as printed.
      { tekst: expect.stringMatching(/^Ansvar:\s+Testby kommune$/), side: 3 },
    ]);
  });

  it('keeps the pages as form feeds, so line n of the kept text is line n of the document', () => {
    const linjer = [
      { tekst: 'a', side: 1 },
      { tekst: 'b', side: 3 },
      { tekst: 'c', side: 3 },
      { tekst: 'd', side: 4 },
    ];
    const text = formatPdfText(linjer);
    expect(text).toBe('a\n\f\fb\nc\n\fd\n');
    expect(parsePdfText(text)).toEqual(linjer);
    expect(formatPdfText([])).toBe('');
    expect(parsePdfText('')).toEqual([]);
  });

  it('keeps the text beside the PDF under the PDF’s hash, once, and drops the text of a replaced PDF', async () => {
    const dir = join(copyFixture(), 'kilder-filer');
    scratch.push(join(dir, '..'));
    mkdirSync(dir);
    const first = await makePdf(PAGES);
    writeFileSync(join(dir, 'plan.pdf'), first);
    const a = await ensurePdfText(join(dir, 'plan.pdf'));
    expect(a).toMatchObject({ written: true, linjer: 4 });
    expect(a.file).toBe(join(dir, `plan.${pdfHash(first)}.txt`));
    expect(readFileSync(a.file, 'utf8').split('\n')[2]).toBe('\f\fTiltak 1.1 Boligtiltak i Holtålen');
    expect(await ensurePdfText(join(dir, 'plan.pdf'))).toMatchObject({ file: a.file, written: false });

    const second = await makePdf([['Ny versjon av planen']]);
    writeFileSync(join(dir, 'plan.pdf'), second);
    const [b] = await ensurePdfTexts(join(dir, '..'));
    expect(b).toMatchObject({ written: true, linjer: 1 });
    expect(readdirSync(dir).sort()).toEqual([`plan.${pdfHash(second)}.txt`, 'plan.pdf'].sort());
  });

  it('says what to do when the text is not kept yet, or the PDF is not there', async () => {
    const root = copyFixture();
    scratch.push(root);
    mkdirSync(join(root, 'kilder-filer'));
    writeFileSync(join(root, 'kilder-filer', 'ny.pdf'), await makePdf(PAGES));
    expect(readPdfText('kilder-filer/ny.pdf', root)).toEqual({
      felt: 'pdf',
      melding: expect.stringMatching(
        /er ikke hentet ut ennå; kjør «npm run kilde -- .*kilder-filer\/ny\.pdf»/,
      ),
    });
    expect(readPdfText('kilder-filer/borte.pdf', root)).toEqual({
      felt: 'pdf',
      melding: expect.stringMatching(/^fant ikke PDF-en «kilder-filer\/borte\.pdf»/),
    });
  });
});

describe('citing a PDF source', () => {
  /** The fixture site with a second kilde as PDF, and its one tiltak citing lines of it. */
  async function site(belopLinje: number) {
    const root = copyFixture();
    scratch.push(root);
    mkdirSync(join(root, 'kilder-filer'));
    writeFileSync(join(root, 'kilder-filer', 'plan-2025.pdf'), await makePdf(PAGES));
    write(
      root,
      'kilder/pdfdok.yaml',
      [
        'tittel: Handlingsplan 2025 for Testpilot',
        'utgiver: Testby kommune',
        'pdf: kilder-filer/plan-2025.pdf',
        'url: https://example.org/plan-2025.pdf',
        'beskrivelse: En plan laget av testen.',
        'brukt: Tiltaket og beløpet.',
        '',
      ].join('\n'),
    );
    const t = 'tiltak/testpilot-2025-d1-1.mdx';
    edit(root, t, 'linjer: [1176, 1176] }\ntema', `linjer: [${belopLinje}, ${belopLinje}] }\ntema`);
    edit(
      root,
      t,
      'kilde: { dokument: testdok, linjer: [1176, 1176] }',
      'kilde: { dokument: pdfdok, linjer: [3, 4] }',
    );
    await ensurePdfTexts(root);
    return root;
  }

  it('proves an amount and a title on their lines of the PDF’s text', async () => {
    const root = await site(2);
    const { problems, collections } = validateContent(root);
    expect(problems).toEqual([]);
    expect(collections.kilder.find((k) => k.id === 'pdfdok')?.data.pdf).toBe('kilder-filer/plan-2025.pdf');
  });

  it('refuses an amount cited on a line of the PDF where it does not stand', async () => {
    const root = await site(3);
    const problems = validateContent(root).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: expect.stringContaining('testpilot-2025-d1-1.mdx'),
      felt: 'finansiering[0].belop',
    });
  });

  it('shows «side N» where a page begins and on a part’s first line, and the pages of each part', async () => {
    const root = await site(2);
    const before = process.env.BYGDEVEKST_CONTENT;
    // The views find a PDF under the content folder the site is built from.
    process.env.BYGDEVEKST_CONTENT = root;
    try {
      const s = buildSite(loadContent(root).collections);
      const tekst = kildeTekstView(s, 'pdfdok');
      expect(tekst).toMatchObject({ antallLinjer: 4, sisteSide: 3, fil: 'kilder-filer/plan-2025.pdf' });
      expect(tekst.deler.map((d) => d.tekst)).toEqual(['Linje 1–4 (side 1–3)']);
      const del = kildeDelView(s, 'pdfdok', 1);
      expect(del.linjer.map((l) => [l.nr, l.side, l.sideMerke])).toEqual([
        [1, 1, 'side 1'],
        [2, 1, null],
        [3, 3, 'side 3'],
        [4, 3, null],
      ]);
      // A text from shared/seeds has no pages, and no marks.
      const seed = kildeDelView(s, 'testdok', 1);
      expect(seed.linjer.length).toBeGreaterThan(0);
      expect(seed.linjer.every((l) => l.side === null && l.sideMerke === null)).toBe(true);
      expect(kildeTekstView(s, 'testdok').sisteSide).toBeNull();
    } finally {
      if (before === undefined) delete process.env.BYGDEVEKST_CONTENT;
      else process.env.BYGDEVEKST_CONTENT = before;
    }
  });

  it('`npm run ny -- kilde <id> --pdf …` writes a kilde that names the PDF and no seed', async () => {
    const root = await site(2);
    const [file] = newKilde(loadContent(root).collections, 'ny-plan', { pdf: 'kilder-filer/plan-2025.pdf' });
    expect(file.path).toBe('kilder/ny-plan.yaml');
    expect(file.text).toMatch(/^pdf: kilder-filer\/plan-2025\.pdf$/m);
    expect(file.text).not.toMatch(/^seed:/m);
    write(root, file.path, file.text);
    // Only the «FYLL INN» fields are left; the PDF itself is found and read.
    const problems = validateContent(root).problems.filter((p) => p.file.endsWith('ny-plan.yaml'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /ikke fylt inn/.test(p.melding))).toBe(true);
  });

  it('refuses a kilde with both a seed and a PDF, or neither, in Norwegian', () => {
    const root = copyFixture();
    scratch.push(root);
    edit(
      root,
      'kilder/testdok.yaml',
      'seed: 000_f4bc9484f28f17cc.txt',
      'seed: 000_f4bc9484f28f17cc.txt\npdf: kilder-filer/x.pdf',
    );
    expect(validateContent(root).problems.map((p) => p.melding)).toContainEqual(
      expect.stringContaining('enten «seed»'),
    );
    edit(root, 'kilder/testdok.yaml', 'seed: 000_f4bc9484f28f17cc.txt\npdf: kilder-filer/x.pdf', '');
    expect(validateContent(root).problems.map((p) => p.melding)).toContainEqual(
      expect.stringContaining('enten «seed»'),
    );
    expect(existsSync(join(root, 'kilder-filer'))).toBe(false);
  });
});
