import { describe, expect, it } from 'vitest';
import {
  bygdevekstmidlerAgainstOthers,
  nationalBudget,
  perDelmal,
  perFundingSource,
  perInhabitant,
  perTheme,
  perYear,
  pilotBudget,
  planBudget,
  statedFundingSplit,
  sumFunding,
  type AmountSum,
  type BudgetBreakdown,
} from '../../src/lib/money/budget.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { FINANSIERINGSKILDE_IDS } from '../../src/schemas/vocabulary.ts';
import { kommune, linje, pilot, plan, rad, tabell, tiltak, world } from '../helpers/budgetWorld.ts';

/** Three tiltak: two with money (one of them with two themes), one with none at all. */
function smallPlan() {
  return world({
    handlingsplaner: [plan()],
    tiltak: [
      tiltak('testpilot-2025-d1-1', {
        tema: ['bolig'],
        finansiering: [linje('bygdevekstmidler', 100000, 2025), linje('kommunal-egenandel', 20000, 2025)],
      }),
      tiltak('testpilot-2025-d2-1', {
        delmal: 'testpilot-d2',
        tema: ['mobilitet', 'bolig'],
        finansiering: [linje('bygdevekstmidler', 50000, 2026), linje('fylkeskommune', null, null)],
      }),
      tiltak('testpilot-2025-d2-2', { delmal: 'testpilot-d2', tema: ['mobilitet'], finansiering: [] }),
      tiltak('testpilot-2025-t1', {
        delmal: null,
        nr: 'T1',
        tema: ['landbruk'],
        finansiering: [linje('annet', 5000, null)],
      }),
    ],
  });
}

const sumOf = (sums: readonly { sum: AmountSum }[]) => sums.reduce((s, x) => s + x.sum.belop, 0);

describe('sumFunding', () => {
  const { tiltak: t } = smallPlan();

  it('adds stated amounts and counts, never adds, what is not stated', () => {
    expect(sumFunding(t)).toEqual({
      belop: 175000,
      linjerMedBelop: 4,
      linjerUtenBelop: 1,
      tiltakMedBelop: 3,
      tiltakUtenBelop: 1,
      tiltakUtenBelopIds: ['testpilot-2025-d2-2'],
    });
  });

  it('with a line filter, only tiltak with such a line are in scope', () => {
    expect(sumFunding(t, (l) => l.kilde === 'fylkeskommune')).toEqual({
      belop: 0,
      linjerMedBelop: 0,
      linjerUtenBelop: 1,
      tiltakMedBelop: 0,
      tiltakUtenBelop: 1,
      tiltakUtenBelopIds: ['testpilot-2025-d2-1'],
    });
    expect(sumFunding(t, (l) => l.kilde === 'statsforvalteren')).toEqual({
      belop: 0,
      linjerMedBelop: 0,
      linjerUtenBelop: 0,
      tiltakMedBelop: 0,
      tiltakUtenBelop: 0,
      tiltakUtenBelopIds: [],
    });
  });
});

describe('breakdowns', () => {
  const c = smallPlan();

  it('per funding source: all six kinds in vocabulary order, adding up to the total', () => {
    const per = perFundingSource(c.tiltak);
    expect(per.map((k) => k.kilde)).toEqual(FINANSIERINGSKILDE_IDS);
    expect(per.map((k) => k.sum.belop)).toEqual([150000, 20000, 0, 0, 0, 5000]);
    expect(sumOf(per)).toBe(sumFunding(c.tiltak).belop);
    expect(per.find((k) => k.kilde === 'fylkeskommune')!.sum.linjerUtenBelop).toBe(1);
  });

  it('per year: ascending, lines without a year last', () => {
    const per = perYear(c.tiltak);
    expect(per.map((y) => [y.aar, y.sum.belop])).toEqual([
      [2025, 120000],
      [2026, 50000],
      [null, 5000],
    ]);
    expect(sumOf(per)).toBe(175000);
  });

  it('per delmål: in number order, cross-cutting last, the tiltak without money counted where it belongs', () => {
    const per = perDelmal(c, c.tiltak);
    expect(per.map((d) => [d.delmal, d.nr, d.sum.belop, d.sum.tiltakUtenBelop])).toEqual([
      ['testpilot-d1', 1, 120000, 0],
      ['testpilot-d2', 2, 50000, 1],
      [null, null, 5000, 0],
    ]);
    expect(sumOf(per)).toBe(175000);
  });

  it('per theme: a tiltak with two themes counts in full under both, and the overlap is flagged', () => {
    const per = perTheme(c, c.tiltak);
    expect(per.overlapper).toBe(true);
    expect(per.tiltakMedFlereTema).toBe(1);
    expect(per.tema.map((t) => [t.tema, t.sum.belop, t.tiltakMedFlereTema])).toEqual([
      ['bolig', 170000, 1],
      ['mobilitet', 50000, 1],
      ['landbruk', 5000, 0],
    ]);
    // The very reason theme sums must not be added up:
    expect(sumOf(per.tema)).toBeGreaterThan(sumFunding(c.tiltak).belop);
    expect(
      perTheme(
        c,
        c.tiltak.filter((t) => t.data.tema.length === 1),
      ).overlapper,
    ).toBe(false);
  });

  it('bygdevekstmidler against all other sources, with its share', () => {
    const cmp = bygdevekstmidlerAgainstOthers(c.tiltak);
    expect(cmp.bygdevekstmidler.belop).toBe(150000);
    expect(cmp.andreKilder.belop).toBe(25000);
    expect(cmp.andreKilder.linjerUtenBelop).toBe(1);
    expect(cmp.andelBygdevekstmidler).toBeCloseTo(150000 / 175000, 10);
    expect(bygdevekstmidlerAgainstOthers([]).andelBygdevekstmidler).toBeNull();
  });
});

describe('per inhabitant', () => {
  it("divides by the population of the pilot's kommuner and returns it with its year and sources", () => {
    const c = world({});
    const p = perInhabitant(c, 'testpilot', 300000);
    expect(p).toMatchObject({
      belop: 300000,
      folketall: 1500,
      folketallAar: [2024],
      kronerPerInnbygger: 200,
    });
    // The pilot's kommuner are those that name it, by name.
    expect(p.kommuner.map((k) => k.kilde)).toEqual([
      { url: 'https://example.org/folketall/annenby' },
      { url: 'https://example.org/folketall/testby' },
    ]);
  });

  it('rounds to whole kroner and lists every population year when the kommuner differ', () => {
    const c = world({
      kommuner: [
        kommune('testby', 1000),
        kommune('annenby', 501, {
          folketall: { antall: 501, aar: 2025, kilde: { url: 'https://example.org/f' } },
        }),
      ],
    });
    const p = perInhabitant(c, 'testpilot', 1000);
    expect(p.folketallAar).toEqual([2024, 2025]);
    expect(p.kronerPerInnbygger).toBe(1);
  });

  it('counts only the kommuner that name the pilot', () => {
    const c = world({
      kommuner: [kommune('testby', 1000), kommune('annenby', 500, { pilot: 'annenpilot' })],
    });
    const p = perInhabitant(c, 'testpilot', 300000);
    expect(p.kommuner.map((k) => k.id)).toEqual(['testby']);
    expect(p.folketall).toBe(1000);
    expect(p.kronerPerInnbygger).toBe(300);
  });

  it('gives no figure while the pilot has no kommuner yet, instead of dividing by nobody', () => {
    const c = world({ kommuner: [] });
    const p = perInhabitant(c, 'testpilot', 300000);
    expect(p.kommuner).toEqual([]);
    expect(p.folketall).toBeNull();
    expect(p.kronerPerInnbygger).toBeNull();
  });
});

describe('plan, pilot and national budgets on a fixture', () => {
  const base = smallPlan();
  const c = {
    ...base,
    piloter: [...base.piloter, pilot('tom', { navn: 'Tom pilot', kommuner: ['tomby'] })],
    kommuner: [...base.kommuner, kommune('tomby', 10, { pilot: 'tom' })],
    handlingsplaner: [...base.handlingsplaner, plan({ aar: 2026 }, 'testpilot-2026')],
    tiltak: [
      ...base.tiltak,
      tiltak('testpilot-2026-d1-1', {
        plan: 'testpilot-2026',
        finansiering: [linje('bygdevekstmidler', 1000, 2026)],
      }),
    ],
  };

  it("a plan budget holds only that plan's tiltak", () => {
    const b = planBudget(c, 'testpilot-2025');
    expect(b).toMatchObject({ plan: 'testpilot-2025', pilot: 'testpilot', aar: 2025, antallTiltak: 4 });
    expect(b.total.belop).toBe(175000);
  });

  it('a pilot budget adds its plans, with per-inhabitant figures for all money and for bygdevekstmidler', () => {
    const b = pilotBudget(c, 'testpilot');
    expect(b.planer).toEqual([
      { plan: 'testpilot-2025', aar: 2025 },
      { plan: 'testpilot-2026', aar: 2026 },
    ]);
    expect(b.total.belop).toBe(176000);
    expect(b.perInnbygger.kronerPerInnbygger).toBe(Math.round(176000 / 1500));
    expect(b.bygdevekstmidlerPerInnbygger.belop).toBe(151000);
  });

  it('the national total is the sum of the pilots, each by its newest plan only; pilots without a plan have zero plans', () => {
    const n = nationalBudget(c);
    expect(n.piloter.find((p) => p.pilot === 'testpilot')).toMatchObject({
      planer: 2,
      plan: { plan: 'testpilot-2026', aar: 2026 },
      total: { belop: 1000 },
    });
    expect(n.total.belop).toBe(n.piloter.reduce((s, p) => s + p.total.belop, 0));
    expect(n.piloter.find((p) => p.pilot === 'tom')).toMatchObject({
      planer: 0,
      plan: null,
      total: { belop: 0, tiltakUtenBelop: 0 },
    });
    expect(n.antallTiltak).toBe(1);
  });

  it('throws a Norwegian error for an unknown plan rather than returning an empty budget', () => {
    expect(() => planBudget(c, 'finnes-ikke')).toThrow(/finnes ikke/);
  });
});

describe('statedFundingSplit', () => {
  it('reads a table with one column per source from its sum row, empty cells as null', () => {
    const p = plan({
      oppgitteTabeller: [
        tabell({
          id: 'samlet',
          aar: 2025,
          kolonner: [
            { id: 'total', etikett: 'Totalbudsjett', total: true },
            { id: 'kdd', etikett: 'KDD 13.50 post 66', finansieringskilde: 'bygdevekstmidler' },
            { id: 'egen', etikett: 'Kommunal egenandel', finansieringskilde: 'kommunal-egenandel' },
            { id: 'fk', etikett: 'TRFK', finansieringskilde: 'fylkeskommune' },
          ],
          rader: [rad('Bolig', 1, { total: 120, kdd: 100, egen: 20, fk: null }, 11)],
          sum: { etikett: 'SUM', verdier: { total: 120, kdd: 100, egen: 20, fk: null }, linjer: [12, 12] },
        }),
        tabell({
          id: 'bare-bv',
          kolonner: [{ id: 'a', etikett: '2025', aar: 2025, finansieringskilde: 'bygdevekstmidler' }],
          rader: [rad('Bolig', 1, { a: 1 }, 20)],
        }),
      ],
    });
    expect(statedFundingSplit(p)).toEqual([
      {
        tabell: 'samlet',
        tittel: 'Budsjett',
        aar: 2025,
        total: 120,
        kilder: [
          { kilde: 'bygdevekstmidler', navn: 'Bygdevekstmidler', etikett: 'KDD 13.50 post 66', belop: 100 },
          {
            kilde: 'kommunal-egenandel',
            navn: 'Kommunal egenandel',
            etikett: 'Kommunal egenandel',
            belop: 20,
          },
          { kilde: 'fylkeskommune', navn: 'Fylkeskommunen', etikett: 'TRFK', belop: null },
        ],
        kilde: { dokument: 'testdok', linjer: [12, 12] },
      },
    ]);
  });
});

describe('budgets on the real content', () => {
  const { collections: c } = loadContent();

  function expectConsistent(b: BudgetBreakdown) {
    expect(sumOf(b.perKilde)).toBe(b.total.belop);
    expect(sumOf(b.perAar)).toBe(b.total.belop);
    expect(
      b.bygdevekstmidlerMotAndre.bygdevekstmidler.belop + b.bygdevekstmidlerMotAndre.andreKilder.belop,
    ).toBe(b.total.belop);
    expect(b.total.tiltakUtenBelop).toBe(b.total.tiltakUtenBelopIds.length);
    for (const t of b.perTema.tema) expect(t.sum.belop).toBeLessThanOrEqual(b.total.belop);
  }

  it('has pilots, plans and tiltak to add up', () => {
    expect(c.piloter.length).toBeGreaterThan(0);
    expect(c.handlingsplaner.length).toBeGreaterThan(0);
    expect(c.tiltak.length).toBeGreaterThan(0);
  });

  it('every plan: sources, years and delmål add up to the total, and every tiltak is counted with or without money', () => {
    for (const h of c.handlingsplaner) {
      const b = planBudget(c, h.id);
      expectConsistent(b);
      expect(sumOf(b.perDelmal)).toBe(b.total.belop);
      expect(b.total.tiltakMedBelop + b.total.tiltakUtenBelop).toBe(b.antallTiltak);
      expect(b.antallTiltak).toBe(c.tiltak.filter((t) => t.data.plan === h.id).length);
    }
  });

  it('every pilot: consistent, and a per-inhabitant figure wherever all its kommuner have a population', () => {
    for (const p of c.piloter) {
      const b = pilotBudget(c, p.id);
      expectConsistent(b);
      expect(b.total.belop).toBe(b.planer.reduce((s, pl) => s + planBudget(c, pl.plan).total.belop, 0));
      if (b.perInnbygger.folketall !== null) {
        expect(b.perInnbygger.folketall).toBe(b.perInnbygger.kommuner.reduce((s, k) => s + k.antall, 0));
        expect(b.perInnbygger.folketallAar.length).toBeGreaterThan(0);
      }
    }
  });

  it("nationally: the total is the sum of the pilots' totals, and everything survives JSON", () => {
    const n = nationalBudget(c);
    expectConsistent(n);
    expect(n.piloter.length).toBe(c.piloter.length);
    expect(n.total.belop).toBe(n.piloter.reduce((s, p) => s + p.total.belop, 0));
    expect(n.total.belop).toBe(
      n.piloter.reduce((s, p) => s + (p.plan ? planBudget(c, p.plan.plan).total.belop : 0), 0),
    );
    expect(n.total.belop).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(n))).toEqual(n);
    expect(JSON.parse(JSON.stringify(planBudget(c, c.handlingsplaner[0].id)))).toEqual(
      planBudget(c, c.handlingsplaner[0].id),
    );
  });
});
