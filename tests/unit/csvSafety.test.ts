/**
 * Spreadsheet formula injection: a CSV cell that starts with = + - @ tab or CR is run as a
 * formula by Excel and LibreOffice. Every CSV the site writes neutralises such text the same way.
 */
import { describe, expect, it } from 'vitest';
import { noytraliser, lagCsv } from '../../src/lib/csvCelle.ts';
import { readCsv, runsAsFormula } from '../helpers/readBack.ts';
import { toCsv } from '../../src/lib/publishing/exports.ts';
import { resultsCsv } from '../../src/lib/search/searchUi.ts';

const FARLIG = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'];

describe('CSV cells that a spreadsheet would run', () => {
  it.each(FARLIG)('%j gets an apostrophe first', (t) => {
    expect(noytraliser(t).startsWith(`'${t.slice(0, 5)}`)).toBe(true);
  });

  it('leaves ordinary text and the dash inside a text alone', () => {
    expect(noytraliser('Bolig – Røyrvik')).toBe('Bolig – Røyrvik');
    expect(noytraliser('2026-01')).toBe('2026-01');
  });

  it('the open-data CSV neutralises text cells and keeps numbers as numbers', () => {
    const csv = toCsv([{ tittel: '=1+1', belop: 250000, pilot: '@evil' }]);
    const [, row] = csv.replace('\uFEFF', '').split('\r\n');
    expect(row).toBe("'=1+1;250000;'@evil");
  });

  it('the search download neutralises every column', () => {
    const csv = resultsCsv([
      { url: '/tiltak/a/', meta: { title: '+cmd', type: 'tiltak', pilot: '-x', status: '@s', kilde: '=1' } },
    ]);
    const row = csv.split('\r\n')[1].split(';');
    expect(row[0]).toBe("'+cmd");
    expect(row[2]).toBe("'-x");
    expect(row[6]).toBe("'@s");
    expect(row).toContain("'=1");
  });

  it('the tables made in the browser neutralise too, and quote what needs quoting', () => {
    const csv = lagCsv(['a'], [['=cmd;"x"']]);
    expect(csv.split('\r\n')[1]).toBe(`"'=cmd;""x"""`);
  });

  describe('read with `;` and with `,` (a spreadsheet in a comma locale)', () => {
    const HOSTILE = [
      'Les mer,=1+1,',
      '\n=1+1',
      ' =1+1',
      'a, -2+3',
      'a,"=1"',
      'første linje\r\n@SUM(A1)',
      'slutt med komma,',
      'a;b,+c',
      '"sitat", og =mer',
    ];
    const csv = lagCsv(
      ['id', 'tekst', 'tall'],
      [...HOSTILE.map((t, i) => [`r${i}`, t, -5]), ...HOSTILE.map((t, i) => [t, `r${i}`, 7])],
    );

    it('no cell starts a formula in either reading', () => {
      for (const separator of [';', ','] as const)
        for (const row of readCsv(csv, separator))
          for (const cell of row)
            expect(runsAsFormula(cell), `${separator} ${JSON.stringify(cell)}`).toBe(false);
    });

    it('read with `;`, every row has its three cells and each text keeps its words', () => {
      const rows = readCsv(csv, ';');
      expect(rows).toHaveLength(1 + 2 * HOSTILE.length);
      for (const row of rows) expect(row).toHaveLength(3);
      const words = (s: string) => s.replace(/'/g, '');
      HOSTILE.forEach((t, i) => {
        expect(words(rows[1 + i][1])).toBe(words(t));
        expect(words(rows[1 + HOSTILE.length + i][0])).toBe(words(t));
      });
      expect(rows[1][2]).toBe('-5');
    });

    it('quotes a cell with a comma, a line break or spaces at its edges', () => {
      expect(lagCsv(['a'], [['x,y']]).split('\r\n')[1]).toBe('"x,y"');
      expect(lagCsv(['a'], [[' x']]).split('\r\n')[1]).toBe('" x"');
      expect(lagCsv(['a'], [['x\ny']]).split('\r\n')[1]).toBe('"x\ny"');
    });
  });
});
