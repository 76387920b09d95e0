import { describe, expect, it } from 'vitest';
import {
  aktorFinansierer,
  finansieringsposter,
  finansiorer,
  finansiorerMotPiloter,
  kilderMotPiloter,
  sumVerdi,
} from '../../src/lib/money/funders.ts';
import { belopMedOmfang, belopOverskrift, tiltakBelop } from '../../src/lib/money/belopOmfang.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { aktorPenger, giverCsv, pengerSide } from '../../src/lib/money/pengerSide.ts';
import { parseCsv } from '../helpers/csv.ts';
import { aktorSchema } from '../../src/schemas/index.ts';
import { linje, pilot, plan, tiltak, world } from '../helpers/budgetWorld.ts';

const aktor = (id: string, navn: string) => ({
  id,
  file: `fixture/${id}`,
  data: aktorSchema.parse({ navn, type: 'fylkeskommune' }),
  body: '',
});
const gitt = (kilde: string, giver: string, belop: number | null, aar: number | null) => ({
  ...linje(kilde, belop, aar),
  giver,
});

/** Two pilots; the county funds a tiltak in each, one line without an amount. */
function penger() {
  return world({
    piloter: [pilot(), pilot('annenpilot', { navn: 'Annen pilot', kommuner: ['annenby'] })],
    handlingsplaner: [
      plan(),
      plan({ pilot: 'annenpilot', aar: 2026, tittel: 'Handlingsplan 2026' }, 'annenpilot-2026'),
    ],
    aktorer: [aktor('fylket', 'Fylket'), aktor('banken', 'Banken')],
    tiltak: [
      tiltak('testpilot-2025-d1-1', {
        finansiering: [
          linje('bygdevekstmidler', 100000, 2025),
          gitt('fylkeskommune', 'fylket', 200000, null),
          gitt('offentlige-tilskudd', 'banken', 300000, null),
        ],
      }),
      tiltak('testpilot-2025-d1-2', {
        finansiering: [linje('kommunal-egenandel', 20000, 2025), gitt('fylkeskommune', 'fylket', null, 2025)],
      }),
      tiltak('annenpilot-2026-d1-1', {
        plan: 'annenpilot-2026',
        delmal: null,
        nr: 'T1',
        finansiering: [gitt('fylkeskommune', 'fylket', 50000, 2026), linje('bygdevekstmidler', 10000, 2026)],
      }),
    ],
  });
}

describe('aktorFinansierer', () => {
  it('sums what an actor gives per tiltak, plan, year and kind, counting lines without an amount', () => {
    const f = aktorFinansierer(penger(), 'fylket')!;
    expect(f.total).toEqual({ belop: 250000, linjerMedBelop: 2, linjerUtenBelop: 1 });
    expect(f.perTiltak.map((t) => [t.tiltak, sumVerdi(t.sum)])).toEqual([
      ['annenpilot-2026-d1-1', 50000],
      ['testpilot-2025-d1-1', 200000],
      ['testpilot-2025-d1-2', null],
    ]);
    expect(f.perPlan.map((p) => [p.plan, p.planAar, p.sum.belop])).toEqual([
      ['annenpilot-2026', 2026, 50000],
      ['testpilot-2025', 2025, 200000],
    ]);
    expect(f.perAar.map((a) => [a.aar, a.sum.belop, a.sum.linjerUtenBelop])).toEqual([
      [2025, 0, 1],
      [2026, 50000, 0],
      [null, 200000, 0],
    ]);
    expect(f.perKilde.map((k) => k.kilde)).toEqual(['fylkeskommune']);
  });

  it('is null for an actor that funds nothing, and for an unknown id', () => {
    expect(aktorFinansierer(penger(), 'ingen')).toBeNull();
    expect(aktorFinansierer(world({}), 'fylket')).toBeNull();
  });
});

describe('finansiorerMotPiloter', () => {
  const m = finansiorerMotPiloter(penger());

  it('has named funders first (largest first), then kinds without a named giver', () => {
    expect(m.piloter.map((p) => p.navn)).toEqual(['Annen pilot', 'Testpiloten']);
    expect(m.rader.map((r) => [r.finansior.type, r.finansior.id])).toEqual([
      ['aktor', 'banken'],
      ['aktor', 'fylket'],
      ['kilde', 'bygdevekstmidler'],
      ['kilde', 'kommunal-egenandel'],
    ]);
    expect(m.rader[3].finansior.navn).toMatch(/giver ikke navngitt/);
  });

  it('puts every line in exactly one row, so rows add up to the column sums', () => {
    for (const [j] of m.piloter.entries()) {
      const rader = m.rader.reduce((s, r) => s + (r.celler[j]?.belop ?? 0), 0);
      expect(rader).toBe(m.kolonneSum[j].belop);
    }
    expect(m.total.belop).toBe(680000);
    expect(m.rader.find((r) => r.finansior.id === 'banken')!.celler).toEqual([
      null,
      { belop: 300000, linjerMedBelop: 1, linjerUtenBelop: 0 },
    ]);
  });

  it('is empty without plans', () => {
    expect(finansiorerMotPiloter(world({}))).toEqual({
      piloter: [],
      rader: [],
      kolonneSum: [],
      total: { belop: 0, linjerMedBelop: 0, linjerUtenBelop: 0 },
    });
  });
});

describe('belopOmfang', () => {
  it('splits a tiltak into all sources, bygdevekstmidler and the rest; unknown stays null', () => {
    const [t1, t2] = penger().tiltak;
    expect(tiltakBelop(t1)).toEqual({ alle: 600000, bygdevekstmidler: 100000, andre: 500000 });
    expect(tiltakBelop(t2)).toEqual({ alle: 20000, bygdevekstmidler: null, andre: 20000 });
    expect(tiltakBelop(tiltak('x-2025-d1-1', { finansiering: [] }))).toEqual({
      alle: null,
      bygdevekstmidler: null,
      andre: null,
    });
  });
  it('labels an amount with what it covers', () => {
    expect(belopMedOmfang(600000, 'alle')).toBe('600\u00a0000 kr (alle kilder)');
    expect(belopMedOmfang(100000, 'bygdevekstmidler')).toBe('100\u00a0000 kr (bygdevekstmidler)');
    expect(belopMedOmfang(null, 'alle')).toBe('ikke oppgitt');
    expect(belopOverskrift('alle')).not.toBe(belopOverskrift('bygdevekstmidler'));
  });
});

describe('funders in the real content', () => {
  const { collections: c } = loadContent();

  it('Møteplasser (Indre Namdal 2026, L329): 600 000 kr in all, 100 000 kr bygdevekstmidler', () => {
    const t = c.tiltak.find((x) => x.id === 'indre-namdal-2026-d1-7')!;
    expect(tiltakBelop(t)).toEqual({ alle: 600000, bygdevekstmidler: 100000, andre: 500000 });
  });

  it('Trøndelag fylkeskommune funds Møteplasser with 200 000 kr (HP 2026 Indre Namdal, L329)', () => {
    const f = aktorFinansierer(c, 'trondelag-fylkeskommune')!;
    const m = f.perTiltak.find((t) => t.tiltak === 'indre-namdal-2026-d1-7')!;
    expect(sumVerdi(m.sum)).toBe(200000);
    expect(m.poster[0]).toMatchObject({ dokument: 'hp-2026-indre-namdal', linjer: [329, 329] });
  });

  it('Statsforvalteren i Trøndelag gives skjønnsmidler in both Trøndelag pilots', () => {
    const f = aktorFinansierer(c, 'statsforvalteren-i-trondelag')!;
    const perPlan = Object.fromEntries(f.perPlan.map((p) => [p.plan, p.sum.belop]));
    expect(perPlan['indre-namdal-2026']).toBe(700000); // HP 2026 L1016
    expect(perPlan['rindal-holtalen-2025']).toBe(450000); // HP 2025 L1102–1104
  });

  it('every giver in the content is listed with its total', () => {
    const givere = new Set(finansieringsposter(c).flatMap((p) => (p.giver ? [p.giver] : [])));
    expect(givere.size).toBeGreaterThan(0);
    expect(new Set(finansiorer(c).map((f) => f.aktor))).toEqual(givere);
  });
});

describe('pengerSide', () => {
  it('the chart table says «ingen» where a giver names no money for a pilot, «ikke oppgitt» for a line without amount', () => {
    const s = pengerSide(penger());
    const rad = (navn: string) => s.diagram!.tabell.rader.find((r) => r.etikett === navn)!;
    expect(rad('Banken').tekster).toEqual(['ingen', '300\u00a0000 kr']);
    expect(rad('Fylket').tekster).toEqual(['50\u00a0000 kr', '200\u00a0000 kr']);
    expect(s.diagram!.tabell.sum!.verdier).toEqual([60000, 620000]);
    expect(s.givere.map((g) => [g.aktor, g.csv])).toEqual([
      ['banken', '/penger/banken.csv'],
      ['fylket', '/penger/fylket.csv'],
    ]);
  });

  it('has no chart when no plan states money', () => {
    expect(pengerSide(world({})).diagram).toBeNull();
  });

  it("a funder's CSV has one neutralised row per funding line, with amount and source lines", () => {
    const c = penger();
    c.tiltak[0].data.tittel = '=kommando';
    const { header, rows } = parseCsv(giverCsv(c, 'fylket', 'https://example.org/'));
    expect(header).toContain('belop');
    expect(rows).toHaveLength(3);
    const col = (n: string) => header.indexOf(n);
    expect(rows.map((r) => r[col('belop')])).toEqual(['50000', '200000', '']);
    expect(rows[1][col('tiltak')]).toBe("'=kommando");
    expect(rows[1][col('url')]).toBe('https://example.org/tiltak/testpilot-2025-d1-1/');
  });

  it('an actor page view carries the same totals and a CSV link, or null', () => {
    expect(aktorPenger(penger(), 'banken')).toMatchObject({
      csv: '/penger/banken.csv',
      total: { belop: 300000 },
    });
    expect(aktorPenger(penger(), 'fylket')!.merknad).toMatch(/1 finansieringslinje/);
    expect(aktorPenger(penger(), 'ingen')).toBeNull();
  });
});

describe('kilderMotPiloter', () => {
  it('puts every line under its kind, named giver or not, and leaves unused kinds out', () => {
    const k = kilderMotPiloter(penger());
    expect(k.rader.map((r) => r.kilde)).toEqual([
      'bygdevekstmidler',
      'kommunal-egenandel',
      'fylkeskommune',
      'offentlige-tilskudd',
    ]);
    const fylke = k.rader.find((r) => r.kilde === 'fylkeskommune')!;
    expect(fylke.celler.map((x) => x && [x.belop, x.linjerUtenBelop])).toEqual([
      [50000, 0],
      [200000, 1],
    ]);
    expect(k.rader.reduce((s, r) => s + r.total.belop, 0)).toBe(finansiorerMotPiloter(penger()).total.belop);
  });
});
