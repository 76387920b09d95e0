/**
 * Pins the learning content from Oxford Research's final report on I LAG (seed
 * 004_e217de8fc1ad3d80.txt, kilder id `oxford-research-i-lag-2026`). Every expected value is typed
 * from the document (line numbers in the comments), never computed from the content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';

const { collections, problems } = loadContent();
const DOK = 'oxford-research-i-lag-2026';
const diamanter = collections.kapasitetsdiamant.filter((d) => d.data.initiativ === 'i-lag');
const fraRapporten = collections.laering.filter((l) => l.data.kilde.dokument === DOK);

describe('I LAG report: content is loaded', () => {
  it('has no schema problems in the learning collections', () => {
    expect(problems.filter((p) => /initiativer|laering|kapasitetsdiamant/.test(p.file))).toEqual([]);
  });
  it('found diamonds, lessons and initiatives', () => {
    expect(diamanter.length).toBeGreaterThan(0);
    expect(fraRapporten.length).toBeGreaterThan(0);
    expect(collections.initiativer.length).toBeGreaterThan(0);
  });
});

// The six I LAG kommuner (L51) and each one's stated totals, spring 2024 and autumn 2025.
const TOTALER: [string, number, number][] = [
  ['Snåsa', 24, 32], // L962–964
  ['Rennebu', 15, 24.5], // L1077–1079 («15», «24,5»)
  ['Meråker', 26.5, 34], // L1195–1197
  ['Leka', 26.5, 20], // L1258–1260
  ['Tydal', 29, 32.5], // L1329–1331
  ['Høylandet', 21, 28], // L1438–1440
];

describe('capacity diamond', () => {
  it('has exactly the six I LAG kommuner', () => {
    expect(diamanter.map((d) => d.data.kommune).sort()).toEqual(TOTALER.map(([k]) => k).sort());
  });
  it.each(TOTALER)('%s: totals %d (våren 2024) and %d (høsten 2025) as stated', (kommune, v24, h25) => {
    const d = diamanter.find((x) => x.data.kommune === kommune)!;
    expect(d.data.runder.map((r) => r.runde)).toEqual(['våren 2024', 'høsten 2025']);
    expect(d.data.runder.map((r) => r.sum?.verdi)).toEqual([v24, h25]);
  });
  it('Tydal 2025 keeps the five stated scores that add to 33 beside the stated 32,5 (L1298–1331)', () => {
    const r = diamanter.find((x) => x.data.kommune === 'Tydal')!.data.runder[1];
    const skar = Object.fromEntries(r.dimensjoner.map((d) => [d.dimensjon, d.skar]));
    expect(skar).toEqual({
      utviklingsokonomi: 8, // L1298
      tidsressurser: 6, // L1306
      utviklingskultur: 6, // L1310
      utviklingsledelse: 6, // L1310
      utviklingskompetanse: 7, // L1322
    });
  });
  it('Meråker: competence 6 → 8 (L1144), culture 5 → 6 (L1176–1178), economy stable at 6 (L1186)', () => {
    const [v24, h25] = diamanter.find((x) => x.data.kommune === 'Meråker')!.data.runder;
    const s = (r: typeof v24) => Object.fromEntries(r.dimensjoner.map((d) => [d.dimensjon, d.skar]));
    expect(s(v24)).toEqual({ utviklingskultur: 5, utviklingskompetanse: 6, utviklingsokonomi: 6 });
    expect(s(h25)).toEqual({ utviklingskultur: 6, utviklingskompetanse: 8, utviklingsokonomi: 6 });
  });
  it('Snåsa and Rennebu have no dimension scores: the report states none', () => {
    for (const k of ['Snåsa', 'Rennebu'])
      expect(diamanter.find((x) => x.data.kommune === k)!.data.runder.flatMap((r) => r.dimensjoner)).toEqual([]);
  });
});

describe('recommendations (chapter 7)', () => {
  const anbefalinger = fraRapporten.filter((l) => l.data.slag === 'anbefaling');
  it('three to I LAG (bullets L3898–3928)', () => {
    expect(anbefalinger.filter((l) => l.data.mottaker?.initiativ === 'i-lag')).toHaveLength(3);
  });
  it('four to other district initiatives (paragraphs L3931–3989)', () => {
    expect(anbefalinger.filter((l) => l.data.mottaker?.initiativ === null)).toHaveLength(4);
  });
  it('every recommendation cites chapter 7 (L3714–3989)', () => {
    for (const a of anbefalinger) expect(a.data.kilde.linjer![0]).toBeGreaterThanOrEqual(3714);
  });
});

describe('initiatives', () => {
  // I LAG and the eight listed at L2305–2321.
  const LISTEN = [
    'i-lag',
    'bygdevekstavtalene',
    'regional-omstilling',
    'veiledningspiloten',
    'distriktskommune-3-0',
    'tett-pa',
    'gnist',
    'bygdemiljopakkene-i-viken',
    'tettstedsprosjektet-rogaland',
  ];
  it.each(LISTEN)('%s is an initiative', (id) => {
    expect(collections.initiativer.some((i) => i.id === id)).toBe(true);
  });
  it('Veiledningspiloten ran 2020–2022 with 14 kommuner (L2547, L2564–2572)', () => {
    const v = collections.initiativer.find((i) => i.id === 'veiledningspiloten')!.data;
    expect([v.periode.fra, v.periode.til]).toEqual([2020, 2022]);
    expect(v.kommuner).toHaveLength(14);
  });
});

describe('the I LAG kommuner are not pilot kommuner', () => {
  const seks = TOTALER.map(([k]) => k);
  it('none of them is in the kommuner collection', () => {
    const navn = collections.kommuner.map((k) => k.data.navn);
    for (const k of seks) expect(navn).not.toContain(k);
  });
  it('I LAG lists them as plain names, without links to kommuner', () => {
    const i = collections.initiativer.find((x) => x.id === 'i-lag')!.data;
    expect(i.kommuner.map((k) => k.navn).sort()).toEqual([...seks].sort());
    expect(i.kommuner.every((k) => k.kommune === undefined)).toBe(true);
  });
});

/** Frontmatter and YAML prose must be our own words too (the copy check reads only MDX bodies). */
describe('prose in the learning collections is not copied from the sources', () => {
  const N = 12;
  const words = (t: string) => (t.toLowerCase().match(/[0-9a-zæøåéèüöä]+/g) ?? []) as string[];
  const seeds = '../shared/seeds';
  const shingles = new Set<string>();
  for (const f of readdirSync(seeds)) {
    const w = words(readFileSync(join(seeds, f), 'utf8'));
    for (let i = 0; i + N <= w.length; i++) shingles.add(w.slice(i, i + N).join(' '));
  }
  // Fields that hold names or words exactly as printed are facts, not prose.
  const EXACT = new Set(['navn', 'andreNavn', 'tekst@eier', 'tekst@periode', 'tekst@mottaker', 'runde', 'kommune']);
  function* prose(v: unknown, key = '', parent = ''): Generator<[string, string]> {
    if (typeof v === 'string') {
      if (!EXACT.has(key) && !EXACT.has(`${key}@${parent}`)) yield [key, v];
    } else if (Array.isArray(v)) for (const x of v) yield* prose(x, key, parent);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) yield* prose(x, k, key || parent);
  }
  const entries = [...collections.initiativer, ...collections.laering, ...collections.kapasitetsdiamant];
  it('checked some prose', () => {
    expect(entries.flatMap((e) => [...prose(e.data)]).length).toBeGreaterThan(100);
  });
  it('no run of twelve words stands in a source document', () => {
    const copied: string[] = [];
    for (const e of entries)
      for (const [felt, text] of prose(e.data)) {
        const w = words(text);
        for (let i = 0; i + N <= w.length; i++)
          if (shingles.has(w.slice(i, i + N).join(' '))) {
            copied.push(`${e.file} ${felt}: ${w.slice(i, i + N).join(' ')}`);
            break;
          }
      }
    expect(copied).toEqual([]);
  });
});
