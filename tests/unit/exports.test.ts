import { describe, expect, it } from 'vitest';
import {
  avvikRows,
  budsjettRows,
  csvRows,
  delmalRows,
  flatten,
  initiativerRows,
  kapasitetsdiamantRows,
  laeringRows,
  piloterRows,
  tiltakRows,
  toCsv,
} from '../../src/lib/publishing/exports.ts';
import { findAvvik, findInitiativAvvik } from '../../src/lib/checks/index.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import {
  avvikExportRow,
  budsjettExportRow,
  delmalExportRow,
  initiativerExportRow,
  kapasitetsdiamantExportRow,
  laeringExportRow,
  piloterExportRow,
  tiltakExportRow,
} from '../../src/schemas/exports.ts';
import { parseCsv } from '../helpers/csv.ts';

const { collections: c } = loadContent();

describe('CSV for Norwegian Excel', () => {
  const rows = [
    {
      navn: 'Røyrvik; Åmot',
      tall: 1025000,
      liste: ['a', 'b'],
      tom: null,
      sitat: 'Han sa «hei» og "ja"',
      nested: { x: 1 },
    },
    { navn: 'Ærlig\nlinjeskift', tall: 0, liste: [], tom: null, sitat: '', nested: { x: 2 } },
  ];
  const csv = toCsv(rows);
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFnavn;tall;liste;tom;sitat;nested.x');
  });
  it('parses back to the same cells, æøå, quotes, separators and line breaks intact', () => {
    const { header, rows: back } = parseCsv(csv);
    expect(header).toEqual(['navn', 'tall', 'liste', 'tom', 'sitat', 'nested.x']);
    expect(back).toEqual([
      ['Røyrvik; Åmot', '1025000', 'a | b', '', 'Han sa «hei» og "ja"', '1'],
      ['Ærlig\nlinjeskift', '0', '', '', '', '2'],
    ]);
  });
  it('flattens nested objects into dotted columns', () => {
    expect(flatten({ a: { b: { c: 1 } }, d: [1] })).toEqual({ 'a.b.c': 1, d: [1] });
  });
});

describe('export rows from the real content', () => {
  it('finds content to export', () => {
    expect(c.piloter.length).toBe(10);
    expect(c.tiltak.length).toBeGreaterThan(0);
    expect(c.delmal.length).toBeGreaterThan(0);
  });

  it('every row validates against its published schema', () => {
    for (const r of piloterRows(c)) piloterExportRow.parse(r);
    for (const r of delmalRows(c)) delmalExportRow.parse(r);
    for (const r of tiltakRows(c)) tiltakExportRow.parse(r);
    for (const r of budsjettRows(c)) budsjettExportRow.parse(r);
  });

  it('holds every pilot, delmål and tiltak exactly once', () => {
    expect(
      piloterRows(c)
        .map((r) => r.id)
        .sort(),
    ).toEqual(c.piloter.map((p) => p.id).sort());
    expect(
      delmalRows(c)
        .map((r) => r.id)
        .sort(),
    ).toEqual(c.delmal.map((d) => d.id).sort());
    expect(
      tiltakRows(c)
        .map((r) => r.id)
        .sort(),
    ).toEqual(c.tiltak.map((t) => t.id).sort());
  });

  it("carries each tiltak's funding lines, and bygdevekstmidler is their sum (null when none is stated)", () => {
    const rows = new Map(tiltakRows(c).map((r) => [r.id, r]));
    for (const t of c.tiltak) {
      const row = rows.get(t.id)!;
      expect(row.finansiering).toEqual(
        t.data.finansiering.map((f) => ({ kilde: f.kilde, belop: f.belop, aar: f.aar })),
      );
      const bv = t.data.finansiering.filter((f) => f.kilde === 'bygdevekstmidler' && f.belop !== null);
      expect(row.bygdevekstmidler).toBe(bv.length === 0 ? null : bv.reduce((s, f) => s + f.belop!, 0));
      const alle = t.data.finansiering.filter((f) => f.belop !== null);
      expect(row.belopAlleKilder).toBe(alle.length === 0 ? null : alle.reduce((s, f) => s + f.belop!, 0));
    }
  });

  it('labels both amounts of Møteplasser: 600 000 kr all sources, 100 000 kr bygdevekstmidler (HP 2026 L329)', () => {
    const row = tiltakRows(c).find((r) => r.id === 'indre-namdal-2026-d1-7')!;
    expect([row.belopAlleKilder, row.bygdevekstmidler, row.belopAndreKilder]).toEqual([
      600000, 100000, 500000,
    ]);
    const giverIds = budsjettRows(c)
      .filter((r) => r.tiltak === 'indre-namdal-2026-d1-7')
      .map((r) => r.giverId);
    expect(giverIds).toEqual(expect.arrayContaining(['trondelag-fylkeskommune', 'doga', null]));
  });

  it('has one budget row per funding line, with the same total', () => {
    const lines = c.tiltak.flatMap((t) => t.data.finansiering);
    const rows = budsjettRows(c);
    expect(rows).toHaveLength(lines.length);
    expect(rows.reduce((s, r) => s + (r.belop ?? 0), 0)).toBe(lines.reduce((s, f) => s + (f.belop ?? 0), 0));
  });

  it('exports every consistency finding with its stated, computed and difference figures', () => {
    // Plan findings first, then the findings about initiatives (the capacity diamond).
    const findings = [...findAvvik(c), ...findInitiativAvvik(c)];
    const rows = avvikRows(c);
    expect(findings.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(findings.length);
    for (const [i, r] of rows.entries()) {
      avvikExportRow.parse(r);
      expect([r.oppgitt, r.beregnet, r.differanse]).toEqual([
        findings[i].oppgitt,
        findings[i].beregnet,
        findings[i].beregnet - findings[i].oppgitt,
      ]);
      expect(r.kilde).toMatch(/linje \d+/);
    }
  });
});

describe('the learning exports from the real content', () => {
  it('laering: one row per lesson, valid against its schema, recommendations with their addressee', () => {
    const rows = laeringRows(c);
    expect(rows.length).toBe(c.laering.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) laeringExportRow.parse(r);
    const rad = rows.find((r) => r.slag === 'anbefaling')!;
    expect(rad.mottaker).not.toBeNull();
    expect(rows.filter((r) => r.slag !== 'anbefaling').every((r) => r.mottaker === null)).toBe(true);
  });
  it('initiativer: one row per initiative, kommuner as plain names', () => {
    const rows = initiativerRows(c);
    expect(rows.length).toBe(c.initiativer.length);
    for (const r of rows) initiativerExportRow.parse(r);
    const iLag = rows.find((r) => r.id === 'i-lag')!;
    expect(iLag.kommuner).toContain('Tydal');
    expect(iLag.laerdommer).toBeGreaterThan(0);
  });
  it('kapasitetsdiamant: one row per kommune and round; dimensjoner holds only stated scores, or null', () => {
    const rows = kapasitetsdiamantRows(c);
    expect(rows.length).toBe(c.kapasitetsdiamant.reduce((n, d) => n + d.data.runder.length, 0));
    for (const r of rows) kapasitetsdiamantExportRow.parse(r);
    const snasa = rows.filter((r) => r.kommune === 'Snåsa');
    expect(snasa.map((r) => r.dimensjoner)).toEqual([null, null]);
    // Tydal, autumn 2025: five stated scores, stated total 32,5 (seed 004, L1298–1331).
    expect(rows.find((r) => r.kommune === 'Tydal' && r.runde === 'høsten 2025')).toMatchObject({
      sum: 32.5,
      dimensjoner: {
        utviklingskultur: 6,
        tidsressurser: 6,
        utviklingskompetanse: 7,
        utviklingsokonomi: 8,
        utviklingsledelse: 6,
      },
    });
  });
  it('the diamond CSV has one column per dimension on every row, empty where not stated', () => {
    const csv = toCsv(csvRows('kapasitetsdiamant', c));
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header.split(';')).toEqual([
      'kommune',
      'runde',
      'sum',
      'dimensjoner.utviklingskultur',
      'dimensjoner.tidsressurser',
      'dimensjoner.utviklingskompetanse',
      'dimensjoner.utviklingsokonomi',
      'dimensjoner.utviklingsledelse',
      'kilde.dokument',
      'kilde.linjer',
      'kilde.url',
    ]);
    expect(lines.find((l) => l.startsWith('Snåsa;våren 2024;24;'))).toMatch(/^Snåsa;våren 2024;24;;;;;;/);
  });
  it('the Tydal diamond finding is in the avvik export with no pilot or plan', () => {
    const row = avvikRows(c).find((r) => r.regel === 'diamant-sum' && r.kommune === 'Tydal')!;
    expect(row).toMatchObject({
      pilot: null,
      plan: null,
      initiativ: 'i-lag',
      runde: 'høsten 2025',
      oppgitt: 32.5,
      beregnet: 33,
      enhet: 'poeng',
    });
  });
});
