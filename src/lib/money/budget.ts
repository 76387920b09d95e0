/**
 * Budgets computed at build time from the tiltak's own funding lines (pure, no Astro).
 *
 * What is added up: the `finansiering` lines of each tiltak, as the plan states them per tiltak.
 * The plans' own tables («oppgitte tabeller») are kept apart: they are *stated* figures, and
 * src/lib/checks/ (againstTiltak.ts) compares them with these sums. `statedFundingSplit` only reads a plan's
 * stated sum row per funding source so a page can show it beside the computed sums, labelled
 * as the plan's own figures.
 *
 * «Ikke oppgitt» is never zero. A line that names a source without an amount (`belop: null`)
 * adds nothing to `belop` but is counted in `linjerUtenBelop`; a tiltak with no amount at all
 * in a scope is counted in `tiltakUtenBelop` (with its id). Every sum carries both counts, so a
 * page can say «3 tiltak har ikke oppgitt beløp» next to the number.
 *
 * Every function returns plain, JSON-serialisable objects.
 */
import type { KildeRef } from '../../schemas/common.ts';
import { FINANSIERINGSKILDER, type Finansieringskilde } from '../../schemas/vocabulary.ts';
import type { Collections } from '../loading/index.ts';
import { compareNb } from '../format.ts';

export type TiltakEntry = Collections['tiltak'][number];
export type FundingLine = TiltakEntry['data']['finansiering'][number];
type PlanEntry = Collections['handlingsplaner'][number];

/** A sum of stated amounts, with what could not be added. */
export interface AmountSum {
  /** Sum of the stated amounts, in whole kroner. */
  belop: number;
  /** Funding lines with an amount (added into `belop`). */
  linjerMedBelop: number;
  /** Funding lines that name a source but give no amount: counted, never added. */
  linjerUtenBelop: number;
  /** Tiltak that contribute at least one amount. */
  tiltakMedBelop: number;
  /** Tiltak in the scope with no amount at all («ikke oppgitt»). Unknown, not zero. */
  tiltakUtenBelop: number;
  /** Ids of the tiltak counted in `tiltakUtenBelop`, sorted. */
  tiltakUtenBelopIds: string[];
}

export interface SourceSum {
  kilde: Finansieringskilde;
  /** The source kind's name from the shared vocabulary. */
  navn: string;
  sum: AmountSum;
}

export interface YearSum {
  /** Budget year; null collects lines the plan does not tie to a year. */
  aar: number | null;
  sum: AmountSum;
}

export interface DelmalSum {
  /** Delmål id; null collects cross-cutting (tverrgående) tiltak. */
  delmal: string | null;
  nr: number | null;
  /** Short title where the delmål has one, else its title; null for cross-cutting tiltak. */
  tittel: string | null;
  sum: AmountSum;
}

export interface TemaSum {
  tema: string;
  navn: string;
  sum: AmountSum;
  /** Tiltak counted here that also count under another theme. */
  tiltakMedFlereTema: number;
}

/**
 * Sums per theme. A tiltak with several themes is counted IN FULL under each of its themes:
 * splitting its money by some share would invent a number the plan never states. So the theme
 * sums overlap and must not be added up; `overlapper` says whether they do in this scope, and
 * `tiltakMedFlereTema` how many tiltak cause it.
 */
export interface TemaBreakdown {
  overlapper: boolean;
  tiltakMedFlereTema: number;
  tema: TemaSum[];
}

/** Bygdevekstmidler against all other kinds of source together. */
export interface SourceComparison {
  bygdevekstmidler: AmountSum;
  /** Kommunal egenandel, fylkeskommune, Statsforvalteren, andre offentlige tilskudd and annet together. */
  andreKilder: AmountSum;
  /** Bygdevekstmidler's share of all stated amounts (0–1); null when no amount is stated. */
  andelBygdevekstmidler: number | null;
}

export interface BudgetBreakdown {
  total: AmountSum;
  /** All six source kinds, in the vocabulary's order, also those with nothing stated. */
  perKilde: SourceSum[];
  /** Years ascending; the «year not stated» bucket (aar: null) last, present only when used. */
  perAar: YearSum[];
  perTema: TemaBreakdown;
  bygdevekstmidlerMotAndre: SourceComparison;
}

/** A plan's stated sum per funding source, from one of its own tables. */
export interface StatedSourceSplit {
  tabell: string;
  tittel: string;
  /** The year the table concerns (heading year, else the columns' common year), where known. */
  aar: number | null;
  /** One entry per column that is about one funding source; null when the sum cell is empty. */
  kilder: { kilde: Finansieringskilde; navn: string; etikett: string; belop: number | null }[];
  /** The table's own total, where it has a total column. */
  total: number | null;
  kilde: KildeRef;
}

export interface PlanBudget extends BudgetBreakdown {
  plan: string;
  pilot: string;
  aar: number;
  antallTiltak: number;
  /** Delmål in number order, then cross-cutting tiltak (delmal: null) when there are any. */
  perDelmal: DelmalSum[];
  /** The plan's own stated split per source (tables with one column per source), for comparison. */
  oppgittPerKilde: StatedSourceSplit[];
}

/** Population used for «per innbygger», with its year(s) and sources. */
export interface PerInhabitant {
  /** The amount divided. */
  belop: number;
  /** Sum of the pilot's kommuner's populations; null while the pilot has no kommuner. */
  folketall: number | null;
  /** The population years used (1 January), ascending; more than one when the kommuner differ. */
  folketallAar: number[];
  kommuner: { id: string; navn: string; antall: number; aar: number; kilde: KildeRef }[];
  /** `belop / folketall`, rounded to whole kroner; null when the population is unknown. */
  kronerPerInnbygger: number | null;
}

export interface PilotBudget extends BudgetBreakdown {
  pilot: string;
  navn: string;
  /** Plan ids with their years, ascending by year. */
  planer: { plan: string; aar: number }[];
  antallTiltak: number;
  perDelmal: DelmalSum[];
  /** All stated amounts per inhabitant. */
  perInnbygger: PerInhabitant;
  /** Bygdevekstmidler per inhabitant. */
  bygdevekstmidlerPerInnbygger: PerInhabitant;
}

export interface NationalBudget extends BudgetBreakdown {
  /** Every pilot, also those without a plan (planer: 0), sorted by name; figures from `plan`, its newest. */
  piloter: {
    pilot: string;
    navn: string;
    planer: number;
    plan: { plan: string; aar: number } | null;
    total: AmountSum;
    bygdevekstmidler: AmountSum;
  }[];
  antallTiltak: number;
}

/** The funding lines that are bygdevekstmidler (KDD 13.50 post 66). */
export const isBygdevekstmidler = (line: FundingLine): boolean => line.kilde === 'bygdevekstmidler';

/** The sum as a figure to show: null when no line with an amount is behind it («ikke oppgitt», never 0). */
export function statedAmount(sum: AmountSum | null | undefined): number | null {
  return sum && sum.linjerMedBelop > 0 ? sum.belop : null;
}

/**
 * Adds up the funding lines of `tiltak`. Without `lineFilter` every tiltak is in scope (also
 * those without lines, which count as «ikke oppgitt»). With a filter only tiltak that have a
 * line passing it are in scope, and only those lines are added: a tiltak without any line of a
 * source kind says nothing about that kind.
 */
export function sumFunding(
  tiltak: readonly TiltakEntry[],
  lineFilter?: (line: FundingLine) => boolean,
): AmountSum {
  const sum: AmountSum = {
    belop: 0,
    linjerMedBelop: 0,
    linjerUtenBelop: 0,
    tiltakMedBelop: 0,
    tiltakUtenBelop: 0,
    tiltakUtenBelopIds: [],
  };
  for (const t of tiltak) {
    const lines = lineFilter ? t.data.finansiering.filter(lineFilter) : t.data.finansiering;
    if (lineFilter && lines.length === 0) continue;
    let hasAmount = false;
    for (const line of lines) {
      if (line.belop === null) {
        sum.linjerUtenBelop += 1;
      } else {
        sum.belop += line.belop;
        sum.linjerMedBelop += 1;
        hasAmount = true;
      }
    }
    if (hasAmount) sum.tiltakMedBelop += 1;
    else sum.tiltakUtenBelopIds.push(t.id);
  }
  sum.tiltakUtenBelopIds.sort(compareNb);
  sum.tiltakUtenBelop = sum.tiltakUtenBelopIds.length;
  return sum;
}

export function perFundingSource(tiltak: readonly TiltakEntry[]): SourceSum[] {
  return FINANSIERINGSKILDER.map((k) => ({
    kilde: k.id,
    navn: k.navn,
    sum: sumFunding(tiltak, (l) => l.kilde === k.id),
  }));
}

export function perYear(tiltak: readonly TiltakEntry[]): YearSum[] {
  const years = [...new Set(tiltak.flatMap((t) => t.data.finansiering.map((l) => l.aar)))];
  years.sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return years.map((aar) => ({ aar, sum: sumFunding(tiltak, (l) => l.aar === aar) }));
}

/** See `TemaBreakdown`: counted in full under each theme; the sums overlap. Themes in the collection's order. */
export function perTheme(c: Pick<Collections, 'tema'>, tiltak: readonly TiltakEntry[]): TemaBreakdown {
  const multi = tiltak.filter((t) => new Set(t.data.tema).size > 1);
  const known = new Map(c.tema.map((t) => [t.id, t.data]));
  const used = [...new Set(tiltak.flatMap((t) => t.data.tema))];
  used.sort(
    (a, b) =>
      (known.get(a)?.rekkefolge ?? Infinity) - (known.get(b)?.rekkefolge ?? Infinity) || compareNb(a, b),
  );
  return {
    overlapper: multi.length > 0,
    tiltakMedFlereTema: multi.length,
    tema: used.map((tema) => {
      const inTheme = tiltak.filter((t) => t.data.tema.includes(tema));
      return {
        tema,
        navn: known.get(tema)?.navn ?? tema,
        sum: sumFunding(inTheme),
        tiltakMedFlereTema: inTheme.filter((t) => multi.includes(t)).length,
      };
    }),
  };
}

/** Per delmål of the tiltak given, in number order; cross-cutting tiltak (delmal: null) last. */
export function perDelmal(c: Pick<Collections, 'delmal'>, tiltak: readonly TiltakEntry[]): DelmalSum[] {
  const delmal = new Map(c.delmal.map((d) => [d.id, d.data]));
  const ids = [...new Set(tiltak.map((t) => t.data.delmal))];
  // Unknown delmål ids (invalid content) sort after known ones, cross-cutting tiltak last.
  const order = (id: string | null) =>
    id === null ? Number.POSITIVE_INFINITY : (delmal.get(id)?.nr ?? Number.MAX_SAFE_INTEGER);
  ids.sort((a, b) => order(a) - order(b) || compareNb(a ?? '', b ?? ''));
  return ids.map((id) => {
    const d = id === null ? undefined : delmal.get(id);
    return {
      delmal: id,
      nr: d?.nr ?? null,
      tittel: id === null ? null : (d?.kortTittel ?? d?.tittel ?? id),
      sum: sumFunding(tiltak.filter((t) => t.data.delmal === id)),
    };
  });
}

export function bygdevekstmidlerAgainstOthers(tiltak: readonly TiltakEntry[]): SourceComparison {
  const bygdevekstmidler = sumFunding(tiltak, isBygdevekstmidler);
  const andreKilder = sumFunding(tiltak, (l) => !isBygdevekstmidler(l));
  const all = bygdevekstmidler.belop + andreKilder.belop;
  return {
    bygdevekstmidler,
    andreKilder,
    andelBygdevekstmidler: all === 0 ? null : bygdevekstmidler.belop / all,
  };
}

function breakdown(c: Pick<Collections, 'tema'>, tiltak: readonly TiltakEntry[]): BudgetBreakdown {
  return {
    total: sumFunding(tiltak),
    perKilde: perFundingSource(tiltak),
    perAar: perYear(tiltak),
    perTema: perTheme(c, tiltak),
    bygdevekstmidlerMotAndre: bygdevekstmidlerAgainstOthers(tiltak),
  };
}

const kildeNavn = (id: Finansieringskilde) => FINANSIERINGSKILDER.find((k) => k.id === id)?.navn ?? id;

/**
 * The plan's own figures per funding source: every stated table with at least two columns about
 * different sources, read from its sum row. Nothing is computed here; empty cells stay null.
 */
export function statedFundingSplit(plan: PlanEntry): StatedSourceSplit[] {
  return plan.data.oppgitteTabeller.flatMap((tabell) => {
    const sourceColumns = tabell.kolonner.filter((k) => !k.total && k.finansieringskilde !== undefined);
    if (new Set(sourceColumns.map((k) => k.finansieringskilde)).size < 2) return [];
    const years = [...new Set(sourceColumns.map((k) => k.aar ?? tabell.aar ?? null))];
    const totalColumn = tabell.kolonner.find((k) => k.total && k.finansieringskilde === undefined);
    return [
      {
        tabell: tabell.id,
        tittel: tabell.tittel,
        aar: tabell.aar ?? (years.length === 1 ? years[0] : null),
        kilder: sourceColumns.map((k) => ({
          kilde: k.finansieringskilde!,
          navn: kildeNavn(k.finansieringskilde!),
          etikett: k.etikett,
          belop: tabell.sum?.verdier[k.id] ?? null,
        })),
        total: totalColumn ? (tabell.sum?.verdier[totalColumn.id] ?? null) : null,
        kilde: {
          dokument: tabell.kilde.dokument ?? plan.data.dokument,
          linjer: tabell.sum?.linjer ?? tabell.kilde.linjer,
        },
      },
    ];
  });
}

function requireEntry<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`${what} «${id}» finnes ikke i innholdet`);
  return found;
}

export function planBudget(c: Collections, planId: string): PlanBudget {
  const plan = requireEntry(c.handlingsplaner, planId, 'Handlingsplanen');
  const tiltak = c.tiltak.filter((t) => t.data.plan === planId);
  return {
    plan: plan.id,
    pilot: plan.data.pilot,
    aar: plan.data.aar,
    antallTiltak: tiltak.length,
    ...breakdown(c, tiltak),
    perDelmal: perDelmal(c, tiltak),
    oppgittPerKilde: statedFundingSplit(plan),
  };
}

/**
 * `belop` divided by the population of the pilot's kommuner. The population is only summed when
 * every kommune has one: a partial population would make the figure look larger than it is.
 */
export function perInhabitant(
  c: Pick<Collections, 'piloter' | 'kommuner'>,
  pilotId: string,
  belop: number,
): PerInhabitant {
  requireEntry(c.piloter, pilotId, 'Piloten');
  // The kommuner that name the pilot, by name (as src/lib/model's kommunerSortert, which this
  // module cannot import: browser code imports it through belopOmfang.ts).
  const kommuner = c.kommuner
    .filter((k) => k.data.pilot === pilotId)
    .sort((a, b) => compareNb(a.data.navn, b.data.navn))
    .map((k) => ({
      id: k.id,
      navn: k.data.navn,
      antall: k.data.folketall.antall,
      aar: k.data.folketall.aar,
      kilde: k.data.folketall.kilde,
    }));
  // Every kommune has a population (the schema requires one); a pilot with no kommuner yet has none.
  const folketall = kommuner.length === 0 ? null : kommuner.reduce((s, k) => s + k.antall, 0);
  return {
    belop,
    folketall,
    folketallAar: [...new Set(kommuner.map((k) => k.aar))].sort((a, b) => a - b),
    kommuner,
    kronerPerInnbygger: folketall === null ? null : Math.round(belop / folketall),
  };
}

function plansOf(c: Collections, pilotId: string): PlanEntry[] {
  return c.handlingsplaner
    .filter((h) => h.data.pilot === pilotId)
    .sort((a, b) => a.data.aar - b.data.aar || compareNb(a.id, b.id));
}

/**
 * All the pilot's plans together (each plan's tiltak counted once). This ADDS plan years: pages
 * and exports show `pilotPenger` (src/lib/money/grunnlag.ts) or one plan's `planBudget` instead.
 */
export function pilotBudget(c: Collections, pilotId: string): PilotBudget {
  const pilot = requireEntry(c.piloter, pilotId, 'Piloten');
  const planer = plansOf(c, pilotId);
  const planIds = new Set(planer.map((p) => p.id));
  const tiltak = c.tiltak.filter((t) => planIds.has(t.data.plan));
  const b = breakdown(c, tiltak);
  return {
    pilot: pilot.id,
    navn: pilot.data.navn,
    planer: planer.map((p) => ({ plan: p.id, aar: p.data.aar })),
    antallTiltak: tiltak.length,
    ...b,
    perDelmal: perDelmal(c, tiltak),
    perInnbygger: perInhabitant(c, pilotId, b.total.belop),
    bygdevekstmidlerPerInnbygger: perInhabitant(
      c,
      pilotId,
      b.bygdevekstmidlerMotAndre.bygdevekstmidler.belop,
    ),
  };
}

/**
 * All pilots together, each by the site's one rule (src/lib/money/grunnlag.ts): the tiltak of its
 * NEWEST plan, so two plan years of a pilot are never added. The national total is exactly the
 * sum of the pilots' figures. No per-inhabitant figure: most pilots have no plan in the content
 * yet, and dividing by all their inhabitants would mislead.
 */
export function nationalBudget(c: Collections): NationalBudget {
  const piloter = [...c.piloter].sort((a, b) => compareNb(a.data.navn, b.data.navn));
  const newest = new Map(piloter.map((p) => [p.id, plansOf(c, p.id).at(-1) ?? null]));
  const newestIds = new Set([...newest.values()].filter((h) => h !== null).map((h) => h.id));
  const tiltak = c.tiltak.filter((t) => newestIds.has(t.data.plan));
  return {
    piloter: piloter.map((p) => {
      const plan = newest.get(p.id) ?? null;
      const own = plan ? tiltak.filter((t) => t.data.plan === plan.id) : [];
      return {
        pilot: p.id,
        navn: p.data.navn,
        planer: plansOf(c, p.id).length,
        plan: plan ? { plan: plan.id, aar: plan.data.aar } : null,
        total: sumFunding(own),
        bygdevekstmidler: sumFunding(own, isBygdevekstmidler),
      };
    }),
    antallTiltak: tiltak.length,
    ...breakdown(c, tiltak),
  };
}

/** A tiltak's stated amounts: all sources, and bygdevekstmidler alone; null = no amount stated. */
export function belopPerTiltak(tiltak: readonly TiltakEntry[]): {
  alle: Record<string, number | null>;
  bygdevekstmidler: Record<string, number | null>;
} {
  const som = (sum: AmountSum) => (sum.tiltakMedBelop > 0 ? sum.belop : null);
  return {
    alle: Object.fromEntries(tiltak.map((t) => [t.id, som(sumFunding([t]))])),
    bygdevekstmidler: Object.fromEntries(tiltak.map((t) => [t.id, som(sumFunding([t], isBygdevekstmidler))])),
  };
}
