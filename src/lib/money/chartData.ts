/**
 * Chart data for <BudgetChart> (pure, no Astro, no Chart.js).
 *
 * Every builder turns a budget object from src/lib/money/budget.ts into one `BudgetChartData`, which
 * holds BOTH the Chart.js dataset and the rows of the table printed under the chart. Both come
 * from the same category/series lists in `makeChartData`, so the chart can never show a number
 * the table does not (tests assert they are equal).
 *
 * «Ikke oppgitt» stays visible: a category where no tiltak states an amount gets null (no bar,
 * «ikke oppgitt» in the table), and tiltak without an amount are named in the notes under it.
 */
import {
  type AmountSum,
  type BudgetBreakdown,
  type DelmalSum,
  type NationalBudget,
  type PlanBudget,
  type StatedSourceSplit,
  statedAmount,
} from './budget.ts';
import { formatKroner } from '../format.ts';

/** Fill pattern drawn over a series' colour, so colour is never the only cue (legend and bars). */
export type Monster = 'hel' | 'skraa' | 'prikker' | 'rutenett' | 'vannrett';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), only those with at least
 * 3:1 contrast against white (WCAG 1.4.11): blue 5.2, vermillion 3.9, bluish green 3.4,
 * reddish purple 3.1, black 21. Each also has its own pattern.
 */
export const PALETT: readonly { farge: string; monster: Monster }[] = [
  { farge: '#0072B2', monster: 'hel' },
  { farge: '#D55E00', monster: 'skraa' },
  { farge: '#009E73', monster: 'prikker' },
  { farge: '#CC79A7', monster: 'rutenett' },
  { farge: '#000000', monster: 'vannrett' },
];

/** The part the client script receives as JSON: exactly what Chart.js draws. */
export interface ChartJsData {
  labels: string[];
  datasets: { label: string; data: (number | null)[]; farge: string; monster: Monster }[];
}

export interface ChartTable {
  /** Header of the first column (what the categories are). */
  kategoriOverskrift: string;
  /** One heading per series. */
  kolonner: string[];
  rader: { etikett: string; verdier: (number | null)[]; tekster: string[] }[];
  /** The sum row, only where the categories add up (not for themes, which overlap). */
  sum: { etikett: string; verdier: number[]; tekster: string[] } | null;
}

export interface BudgetChartData {
  /** Unique on a page; used for element ids. */
  id: string;
  /** The figure's caption. */
  tittel: string;
  chart: ChartJsData;
  tabell: ChartTable;
  /** Plain notes under the table: what is not stated, what must not be added up. */
  merknader: string[];
}

interface Serie {
  navn: string;
  verdier: (number | null)[];
}

/** The one place chart and table are built, from the same lists. */
export function makeChartData(input: {
  id: string;
  tittel: string;
  kategoriOverskrift: string;
  kategorier: string[];
  serier: Serie[];
  /** Sum per series for the table's sum row, or null when the categories must not be added. */
  sum: number[] | null;
  merknader: string[];
}): BudgetChartData {
  const { kategorier, serier } = input;
  for (const s of serier) {
    if (s.verdier.length !== kategorier.length)
      throw new Error(
        `Serien «${s.navn}» har ${s.verdier.length} verdier for ${kategorier.length} kategorier`,
      );
  }
  return {
    id: input.id,
    tittel: input.tittel,
    chart: {
      labels: [...kategorier],
      datasets: serier.map((s, i) => ({ label: s.navn, data: [...s.verdier], ...PALETT[i % PALETT.length] })),
    },
    tabell: {
      kategoriOverskrift: input.kategoriOverskrift,
      kolonner: serier.map((s) => s.navn),
      rader: kategorier.map((etikett, j) => {
        const verdier = serier.map((s) => s.verdier[j]);
        return { etikett, verdier, tekster: verdier.map(formatKroner) };
      }),
      sum:
        input.sum === null
          ? null
          : { etikett: 'Sum', verdier: input.sum, tekster: input.sum.map(formatKroner) },
    },
    merknader: input.merknader,
  };
}

function tiltakOrd(n: number): string {
  return n === 1 ? '1 tiltak' : `${n} tiltak`;
}

/** «2 tiltak oppgir ikke beløp, og er ikke med i summene.» when there are any. */
function missingNote(total: AmountSum): string[] {
  const notes: string[] = [];
  if (total.tiltakUtenBelop > 0)
    notes.push(`${tiltakOrd(total.tiltakUtenBelop)} oppgir ikke noe beløp og er ikke med i summene.`);
  if (total.linjerUtenBelop > 0) {
    notes.push(
      `${total.linjerUtenBelop === 1 ? '1 finansieringslinje' : `${total.linjerUtenBelop} finansieringslinjer`} nevner en kilde uten beløp.`,
    );
  }
  return notes;
}

/** Per funding source: all six kinds, in the vocabulary's order. */
export function fundingSourceChart(
  b: BudgetBreakdown,
  meta: { id: string; tittel: string },
): BudgetChartData {
  return makeChartData({
    ...meta,
    kategoriOverskrift: 'Finansieringskilde',
    kategorier: b.perKilde.map((k) => k.navn),
    serier: [{ navn: 'Beløp oppgitt på tiltakene', verdier: b.perKilde.map((k) => statedAmount(k.sum)) }],
    sum: [b.total.belop],
    merknader: [
      ...missingNote(b.total),
      ...(b.perKilde.some((k) => k.sum.linjerMedBelop === 0)
        ? [
            '«Ikke oppgitt» betyr at ingen tiltak oppgir et beløp fra den kilden. Kilden kan likevel bidra; planens egne tabeller kan fordele pengene annerledes.',
          ]
        : []),
    ],
  });
}

function delmalLabel(d: DelmalSum): string {
  if (d.delmal === null) return 'Tverrgående tiltak';
  return d.nr === null ? (d.tittel ?? d.delmal) : `Delmål ${d.nr}: ${d.tittel}`;
}

/** Per delmål (cross-cutting tiltak last), the sum of all sources. */
export function delmalChart(
  b: Pick<PlanBudget, 'perDelmal' | 'total'>,
  meta: { id: string; tittel: string },
): BudgetChartData {
  const perDelmalNotes = b.perDelmal
    .filter((d) => d.sum.tiltakUtenBelop > 0)
    .map((d) => `${delmalLabel(d)}: ${tiltakOrd(d.sum.tiltakUtenBelop)} uten oppgitt beløp.`);
  return makeChartData({
    ...meta,
    kategoriOverskrift: 'Delmål',
    kategorier: b.perDelmal.map(delmalLabel),
    serier: [{ navn: 'Beløp oppgitt på tiltakene', verdier: b.perDelmal.map((d) => statedAmount(d.sum)) }],
    sum: [b.total.belop],
    merknader: perDelmalNotes,
  });
}

/** Per year; lines without a year in their own category. */
export function yearChart(b: BudgetBreakdown, meta: { id: string; tittel: string }): BudgetChartData {
  return makeChartData({
    ...meta,
    kategoriOverskrift: 'År',
    kategorier: b.perAar.map((y) => (y.aar === null ? 'År ikke oppgitt' : String(y.aar))),
    serier: [{ navn: 'Beløp oppgitt på tiltakene', verdier: b.perAar.map((y) => statedAmount(y.sum)) }],
    sum: [b.total.belop],
    merknader: missingNote(b.total),
  });
}

/** Per theme. No sum row: a tiltak with several themes counts in full under each (see budget.ts). */
export function themeChart(b: BudgetBreakdown, meta: { id: string; tittel: string }): BudgetChartData {
  const overlap = b.perTema.overlapper
    ? [
        `${tiltakOrd(b.perTema.tiltakMedFlereTema)} har flere tema og teller fullt under hvert av dem. Summene per tema kan derfor ikke legges sammen.`,
      ]
    : [];
  return makeChartData({
    ...meta,
    kategoriOverskrift: 'Tema',
    kategorier: b.perTema.tema.map((t) => t.navn),
    serier: [{ navn: 'Beløp oppgitt på tiltakene', verdier: b.perTema.tema.map((t) => statedAmount(t.sum)) }],
    sum: null,
    merknader: [...overlap, ...missingNote(b.total)],
  });
}

/** Pilots with at least one plan: bygdevekstmidler against all other sources. */
export function pilotComparisonChart(
  n: NationalBudget,
  meta: { id: string; tittel: string },
): BudgetChartData {
  const withPlan = n.piloter.filter((p) => p.planer > 0);
  const without = n.piloter.filter((p) => p.planer === 0);
  const others = withPlan.map((p) => {
    const belop = p.total.belop - p.bygdevekstmidler.belop;
    return p.total.linjerMedBelop - p.bygdevekstmidler.linjerMedBelop === 0 ? null : belop;
  });
  return makeChartData({
    ...meta,
    kategoriOverskrift: 'Pilot',
    kategorier: withPlan.map((p) => p.navn),
    serier: [
      { navn: 'Bygdevekstmidler', verdier: withPlan.map((p) => statedAmount(p.bygdevekstmidler)) },
      { navn: 'Andre kilder', verdier: others },
    ],
    sum: [
      withPlan.reduce((s, p) => s + p.bygdevekstmidler.belop, 0),
      withPlan.reduce((s, p) => s + p.total.belop - p.bygdevekstmidler.belop, 0),
    ],
    merknader: [
      ...(without.length > 0
        ? [`Uten handlingsplan i datagrunnlaget: ${without.map((p) => p.navn).join('; ')}.`]
        : []),
      ...missingNote(n.total),
    ],
  });
}

/** What a pilot brings to the national comparisons: its newest plan's figures (see pilotComparison.sammenligning). */
export interface PilotComparisonInput {
  navn: string;
  perTema: Record<string, { antall: number; sum: AmountSum | null }>;
  totalPerInnbygger: number | null;
  bygdevekstmidlerPerInnbygger: number | null;
  folketallAar: number[];
}

/**
 * Pilots compared by theme: money at the tiltak in each theme, one series per pilot. A tiltak
 * with several themes counts under each, so there is no sum row.
 */
export function themeComparisonChart(
  piloter: readonly PilotComparisonInput[],
  tema: readonly { id: string; navn: string }[],
  meta: { id: string; tittel: string },
): BudgetChartData {
  const used = tema.filter((t) => piloter.some((p) => (p.perTema[t.id]?.antall ?? 0) > 0));
  return makeChartData({
    ...meta,
    kategoriOverskrift: 'Tema',
    kategorier: used.map((t) => t.navn),
    serier: piloter.map((p) => ({
      navn: p.navn,
      // No tiltak in the theme is a true 0 kr; tiltak without any stated amount are «ikke oppgitt».
      verdier: used.map((t) => {
        const theme = p.perTema[t.id];
        if (!theme || theme.antall === 0) return 0;
        return theme.sum ? statedAmount(theme.sum) : null;
      }),
    })),
    sum: null,
    merknader: [
      'Et tiltak med flere tema er regnet med fullt under hvert av dem, så temaene kan ikke legges sammen. 0 kr betyr at piloten ikke har tiltak i temaet; «ikke oppgitt» at tiltakene i temaet ikke oppgir beløp.',
    ],
  });
}

/** Kroner per inhabitant for each pilot: all stated amounts and bygdevekstmidler alone. */
export function perInhabitantChart(
  piloter: readonly PilotComparisonInput[],
  meta: { id: string; tittel: string },
): BudgetChartData {
  const years = [...new Set(piloter.flatMap((p) => p.folketallAar))].sort();
  return makeChartData({
    ...meta,
    kategoriOverskrift: 'Pilot',
    kategorier: piloter.map((p) => p.navn),
    serier: [
      { navn: 'Alle kilder per innbygger', verdier: piloter.map((p) => p.totalPerInnbygger) },
      { navn: 'Bygdevekstmidler per innbygger', verdier: piloter.map((p) => p.bygdevekstmidlerPerInnbygger) },
    ],
    sum: null,
    merknader: [
      `Delt på summen av folketallet i pilotens kommuner per 1. januar ${years.join(' og ')} (SSB, tabell 07459). Kildene står på hver kommuneside.`,
    ],
  });
}

/**
 * The plan's own table per funding source against the sum of the tiltak's lines per source.
 * Returns null when the plan has no table split by source.
 */
export function statedVsComputedChart(
  b: Pick<PlanBudget, 'perKilde' | 'oppgittPerKilde' | 'total'>,
  meta: { id: string; tittel: string },
): BudgetChartData | null {
  const split: StatedSourceSplit | undefined = b.oppgittPerKilde[0];
  if (!split) return null;
  const statedFor = (kilde: string) => {
    const cells = split.kilder.filter((k) => k.kilde === kilde && k.belop !== null);
    return cells.length === 0 ? null : cells.reduce((s, k) => s + (k.belop ?? 0), 0);
  };
  return makeChartData({
    ...meta,
    kategoriOverskrift: 'Finansieringskilde',
    kategorier: b.perKilde.map((k) => k.navn),
    serier: [
      { navn: `Oppgitt i tabellen «${split.tittel}»`, verdier: b.perKilde.map((k) => statedFor(k.kilde)) },
      { navn: 'Summen av tiltakenes egne beløp', verdier: b.perKilde.map((k) => statedAmount(k.sum)) },
    ],
    sum: null,
    merknader: [
      `Tabellens tall er slik planen oppgir dem${split.aar === null ? '' : ` (tabellen er merket ${split.aar})`}, og kan gjelde en annen periode enn tiltakenes beløp. Summen av tiltakene er regnet ut av Bygdevekstatlas. Siden «Når tallene ikke stemmer» forklarer hvordan vi sammenligner tallene.`,
      ...missingNote(b.total),
    ],
  });
}

/** Height in pixels the chart needs for its bars (horizontal bars, one row per category). */
export function chartHeight(data: BudgetChartData): number {
  // Room for a name wrapped over two lines on a phone (14 px type) beside each group of bars.
  const perCategory = Math.max(40, 14 + 20 * Math.max(1, data.chart.datasets.length));
  return Math.max(140, data.chart.labels.length * perCategory + (data.chart.datasets.length > 1 ? 90 : 50));
}

/** The chart part as JSON safe inside <script type="application/json"> (no «</script>» can end it early). */
export function chartJson(data: BudgetChartData): string {
  return JSON.stringify(data.chart)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}
