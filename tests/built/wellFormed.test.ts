/**
 * Every output a machine reads is parsed back (issue 27): the Atom feed and the sitemap as XML,
 * every JSON file, and every CSV with both `;` and `,` as separator, with no cell a spreadsheet
 * would run as a formula in either reading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from '../helpers/builtSite.ts';
import { readCsv, runsAsFormula, xmlProblems } from '../helpers/readBack.ts';

requireBuiltSite();

function filesEnding(ext: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
    );
  return walk(DIST).map((f) => relative(DIST, f));
}

describe('XML', () => {
  it.each(['feed.xml', 'sitemap.xml'])('%s is well-formed XML', (file) => {
    const xml = readFileSync(join(DIST, file), 'utf8');
    expect(xmlProblems(xml)).toEqual([]);
  });

  it('the feed has entries and the sitemap has pages', () => {
    expect(readFileSync(join(DIST, 'feed.xml'), 'utf8').match(/<entry>/g)?.length ?? 0).toBeGreaterThan(0);
    expect(readFileSync(join(DIST, 'sitemap.xml'), 'utf8').match(/<loc>/g)?.length ?? 0).toBeGreaterThan(100);
  });

  it('the well-formedness check itself refuses what feed readers refuse', () => {
    expect(xmlProblems('<a>ok &amp; fint</a>')).toEqual([]);
    for (const bad of [
      '<a>x\u0000y</a>',
      '<a>x\u000by</a>',
      '<a>x & y</a>',
      '<a><b></a>',
      '<a/><b/>',
      '<a t="1" t="2"/>',
    ])
      expect(xmlProblems(bad), JSON.stringify(bad)).not.toEqual([]);
  });
});

describe('JSON', () => {
  const files = filesEnding('.json');
  it('finds the data files', () =>
    expect(files.filter((f) => f.startsWith('data/')).length).toBeGreaterThan(5));
  it.each(files)('%s parses', (file) => {
    expect(() => JSON.parse(readFileSync(join(DIST, file), 'utf8'))).not.toThrow();
  });
});

describe('CSV', () => {
  const files = filesEnding('.csv');
  it('finds the data files and the money files', () => {
    expect(files.filter((f) => f.startsWith('data/')).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.startsWith('penger/')).length).toBeGreaterThan(0);
  });

  it.each(files)('%s reads the same with `;`, row by row, and runs no formula with `;` or `,`', (file) => {
    const text = readFileSync(join(DIST, file), 'utf8');
    const semicolon = readCsv(text, ';');
    expect(semicolon.length).toBeGreaterThan(0);
    for (const row of semicolon) expect(row.length, row.join(' | ')).toBe(semicolon[0].length);
    for (const separator of [';', ','] as const)
      for (const row of readCsv(text, separator))
        for (const cell of row)
          expect(runsAsFormula(cell), `${separator} ${JSON.stringify(cell)}`).toBe(false);
  });
});
