import { describe, expect, it } from 'vitest';
import { nationalBudget, pilotBudget, planBudget } from '../../src/lib/money/budget.ts';
import {
  chartJson,
  delmalChart,
  fundingSourceChart,
  makeChartData,
  PALETT,
  perInhabitantChart,
  pilotComparisonChart,
  statedVsComputedChart,
  themeChart,
  themeComparisonChart,
  yearChart,
  type BudgetChartData,
} from '../../src/lib/money/chartData.ts';
import { formatKroner } from '../../src/lib/format.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { sammenligning } from '../../src/lib/money/pilotComparison.ts';
import { linje, plan, rad, tabell, tiltak, world } from '../helpers/budgetWorld.ts';

/** The chart shows exactly the table: same categories, same series, same numbers, same order. */
function expectChartEqualsTable(d: BudgetChartData) {
  expect(d.chart.labels).toEqual(d.tabell.rader.map((r) => r.etikett));
  expect(d.chart.datasets.map((s) => s.label)).toEqual(d.tabell.kolonner);
  d.chart.datasets.forEach((s, i) => {
    expect(s.data).toEqual(d.tabell.rader.map((r) => r.verdier[i]));
  });
  for (const r of d.tabell.rader) expect(r.tekster).toEqual(r.verdier.map(formatKroner));
}

/** Where a chart has a sum row, it is the sum of the rows it totals. */
function expectSumAddsUp(d: BudgetChartData) {
  if (!d.tabell.sum) return;
  d.tabell.sum.verdier.forEach((v, i) => {
    expect(v).toBe(d.tabell.rader.reduce((s, r) => s + (r.verdier[i] ?? 0), 0));
  });
}

function fixture() {
  return world({
    handlingsplaner: [
      plan({
        oppgitteTabeller: [
          tabell({
            aar: 2025,
            kolonner: [
              { id: 'kdd', etikett: 'KDD', finansieringskilde: 'bygdevekstmidler' },
              { id: 'egen', etikett: 'Egenandel', finansieringskilde: 'kommunal-egenandel' },
            ],
            rader: [rad('Bolig', 1, { kdd: 100000, egen: 30000 }, 11)],
            sum: { etikett: 'SUM', verdier: { kdd: 100000, egen: 30000 }, linjer: [12, 12] },
          }),
        ],
      }),
    ],
    tiltak: [
      tiltak('testpilot-2025-d1-1', {
        tema: ['bolig', 'mobilitet'],
        finansiering: [linje('bygdevekstmidler', 100000, 2025), linje('annet', 4000, null)],
      }),
      tiltak('testpilot-2025-d2-1', { delmal: 'testpilot-d2', finansiering: [] }),
    ],
  });
}

describe('chart datasets equal their tables (fixture)', () => {
  const c = fixture();
  const b = planBudget(c, 'testpilot-2025');
  const meta = { id: 'x', tittel: 'Test' };

  it('per funding source: not stated is null (no bar, «ikke oppgitt»), never 0', () => {
    const d = fundingSourceChart(b, meta);
    expectChartEqualsTable(d);
    expectSumAddsUp(d);
    expect(d.chart.datasets[0].data).toEqual([100000, null, null, null, null, 4000]);
    expect(d.tabell.rader[1].tekster).toEqual(['ikke oppgitt']);
    expect(d.merknader[0]).toBe('1 tiltak oppgir ikke noe beløp og er ikke med i summene.');
  });

  it('per delmål, per year and per theme', () => {
    const perDelmal = delmalChart(b, meta);
    expect(perDelmal.chart.labels).toEqual(['Delmål 1: Delmål nummer 1', 'Delmål 2: Delmål nummer 2']);
    expect(perDelmal.chart.datasets[0].data).toEqual([104000, null]);
    const perYear = yearChart(b, meta);
    expect(perYear.chart.labels).toEqual(['2025', 'År ikke oppgitt']);
    const perTheme = themeChart(b, meta);
    expect(perTheme.tabell.sum).toBeNull();
    expect(perTheme.merknader[0]).toMatch(/teller fullt under hvert av dem/);
    for (const d of [perDelmal, perYear, perTheme]) {
      expectChartEqualsTable(d);
      expectSumAddsUp(d);
    }
  });

  it("the plan's own table against the tiltak, per source", () => {
    const d = statedVsComputedChart(b, meta)!;
    expectChartEqualsTable(d);
    expect(d.chart.datasets.map((s) => s.data.slice(0, 2))).toEqual([
      [100000, 30000],
      [100000, null],
    ]);
    expect(
      statedVsComputedChart(planBudget(world({ handlingsplaner: [plan()] }), 'testpilot-2025'), meta),
    ).toBeNull();
  });

  it('refuses a series whose length does not match the categories', () => {
    expect(() =>
      makeChartData({
        id: 'x',
        tittel: 'x',
        kategoriOverskrift: 'x',
        kategorier: ['a', 'b'],
        serier: [{ navn: 's', verdier: [1] }],
        sum: null,
        merknader: [],
      }),
    ).toThrow(/1 verdier for 2 kategorier/);
  });
});

describe('chart datasets equal their tables (real content)', () => {
  const { collections: c } = loadContent();

  it('for every plan, every pilot with a plan, and the comparison of pilots', () => {
    expect(c.handlingsplaner.length).toBeGreaterThan(0);
    const charts: BudgetChartData[] = [];
    for (const h of c.handlingsplaner) {
      const b = planBudget(c, h.id);
      charts.push(
        fundingSourceChart(b, { id: `${h.id}-kilde`, tittel: 'k' }),
        delmalChart(b, { id: `${h.id}-delmal`, tittel: 'd' }),
        yearChart(b, { id: `${h.id}-aar`, tittel: 'a' }),
        themeChart(b, { id: `${h.id}-tema`, tittel: 't' }),
      );
      const stated = statedVsComputedChart(b, { id: `${h.id}-oppgitt`, tittel: 'o' });
      if (stated) charts.push(stated);
    }
    for (const p of c.piloter)
      charts.push(delmalChart(pilotBudget(c, p.id), { id: `${p.id}-delmal`, tittel: 'p' }));
    const comparison = pilotComparisonChart(nationalBudget(c), { id: 'piloter', tittel: 'n' });
    charts.push(comparison);
    const { piloter, tema } = sammenligning(c);
    const medPlan = piloter.filter((p) => p.plan !== null).map((p) => ({ ...p, navn: p.pilot.data.navn }));
    const perTema = themeComparisonChart(
      medPlan,
      tema.map((t) => ({ id: t.id, navn: t.data.navn })),
      { id: 'tema', tittel: 't' },
    );
    const perInnbygger = perInhabitantChart(medPlan, { id: 'innbygger', tittel: 'i' });
    expect(perTema.chart.datasets).toHaveLength(medPlan.length);
    expect(perInnbygger.tabell.rader.map((r) => r.etikett)).toEqual(medPlan.map((p) => p.navn));
    expect(
      perInnbygger.tabell.rader.every((r) => r.verdier[0] !== null && r.verdier[0] >= (r.verdier[1] ?? 0)),
    ).toBe(true);
    charts.push(perTema, perInnbygger);
    expect(comparison.chart.labels.length).toBe(new Set(c.handlingsplaner.map((h) => h.data.pilot)).size);
    for (const d of charts) {
      expectChartEqualsTable(d);
      expectSumAddsUp(d);
    }
  });
});

describe('palette and JSON', () => {
  /** WCAG relative luminance and contrast against white. */
  function contrastOnWhite(hex: string): number {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
  }

  it('every colour has at least 3:1 contrast against white, and each series its own pattern', () => {
    for (const p of PALETT) expect(contrastOnWhite(p.farge)).toBeGreaterThanOrEqual(3);
    expect(new Set(PALETT.map((p) => p.monster)).size).toBe(PALETT.length);
  });

  it('the JSON for the island cannot close its <script> early, and parses back to the chart', () => {
    const d = makeChartData({
      id: 'x',
      tittel: 'x',
      kategoriOverskrift: 'x',
      kategorier: ['</script><b>&'],
      serier: [{ navn: 's', verdier: [1] }],
      sum: null,
      merknader: [],
    });
    const json = chartJson(d);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(d.chart);
  });
});
