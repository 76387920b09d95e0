/**
 * Consistency checks over the plans' stated figures («avvik»), as general rules (pure, no Astro).
 *
 * Every finding is computed from content: a stated figure (a table cell, a sum row, an amount in
 * the text) against what the same document's own lines give. Nothing is corrected and nothing is
 * listed by hand; a new plan is checked by the same rules the day it is added.
 *
 * Conventions every rule shares:
 * - An empty cell (null) is «ikke oppgitt»: it adds nothing, and a stated figure is only compared
 *   when at least one of the cells it should be the sum of is filled. So an empty column whose
 *   sum row says 0 or «–» is not a finding, and neither is a total whose parts are all empty.
 * - A column's year is its own `aar`, else the table's heading year. A tiltak's funding line
 *   without a year counts as the plan's year (a yearly plan's amounts are for that year).
 * - `differanse` is always `beregnet − oppgitt`.
 *
 * The rule families each have a file (sumRules, sameFigure, againstTiltak, yearRules; the capacity
 * diamond in diamond.ts); this engine runs them over a plan, gives each finding its id and unit,
 * and sorts. Findings are sorted by pilot, plan year, rule (in the order of AVVIK_REGLER), delmål (none
 * last) and id, so pages and exports list them the same way on every build.
 */
import type { Collections } from '../loading/index.ts';
import { compareNb } from '../format.ts';
import {
  findingId,
  uniqueRefs,
  type Avvik,
  type Draft,
  type PlanContext,
  type PlanEntry,
} from './finding.ts';
import { ENHET, RULE_ORDER, type PlanRegelId } from './ruleTable.ts';
import { delmalAgainstTiltakRule, tiltakRowRule } from './againstTiltak.ts';
import { sameFigureRule } from './sameFigure.ts';
import { delsumRule, sumRowRule, totalColumnRule } from './sumRules.ts';
import { periodRule, tableYearRule } from './yearRules.ts';

const RULES: Record<PlanRegelId, (ctx: PlanContext) => Draft[]> = {
  sumrad: sumRowRule,
  delsum: delsumRule,
  totalkolonne: totalColumnRule,
  'samme-tall-ulike-steder': sameFigureRule,
  'delmal-mot-tiltak': delmalAgainstTiltakRule,
  'tiltaksrad-mot-tiltak': tiltakRowRule,
  'aar-utenfor-avtaleperioden': periodRule,
  'tabellaar-mot-planaar': tableYearRule,
};

function contextFor(c: Collections, plan: PlanEntry): PlanContext {
  const pilot = c.piloter.find((p) => p.id === plan.data.pilot);
  const dokument = plan.data.dokument;
  return {
    plan,
    tiltak: c.tiltak.filter((t) => t.data.plan === plan.id),
    delmalNr: new Map(c.delmal.filter((d) => d.data.pilot === plan.data.pilot).map((d) => [d.id, d.data.nr])),
    periode: {
      fra: pilot?.data.avtale.periodeFra ?? null,
      til: pilot?.data.avtale.periodeTil ?? null,
      kilder: pilot?.data.avtale.kilder ?? [],
    },
    ref: (tabell, linjer) => ({
      dokument: tabell?.kilde.dokument ?? dokument,
      linjer: [linjer[0], linjer[1]],
    }),
  };
}

function compareAvvik(a: Avvik, b: Avvik): number {
  return (
    compareNb(a.pilot, b.pilot) ||
    a.planAar - b.planAar ||
    compareNb(a.plan, b.plan) ||
    RULE_ORDER.get(a.regel)! - RULE_ORDER.get(b.regel)! ||
    (a.delmal ?? Infinity) - (b.delmal ?? Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** All findings for one plan, sorted. */
export function checkPlan(c: Collections, planId: string): Avvik[] {
  const plan = c.handlingsplaner.find((h) => h.id === planId);
  if (!plan) throw new Error(`Handlingsplanen «${planId}» finnes ikke i innholdet`);
  const ctx = contextFor(c, plan);
  const avvik = (Object.keys(RULES) as PlanRegelId[]).flatMap((regel) =>
    RULES[regel](ctx).map(({ idDeler, ...d }): Avvik => ({
      ...d,
      id: findingId([regel, plan.id, ...idDeler]),
      pilot: plan.data.pilot,
      plan: plan.id,
      planAar: plan.data.aar,
      enhet: ENHET.get(regel)!,
      differanse: d.beregnet - d.oppgitt,
      kildeBeregnet: uniqueRefs(d.kildeBeregnet),
    })),
  );
  return uniqueIds(avvik.sort(compareAvvik));
}

/** Ids are built from content keys; should two still meet (e.g. two rows alike), number them in sorted order. */
function uniqueIds(avvik: Avvik[]): Avvik[] {
  const seen = new Map<string, number>();
  return avvik.map((a) => {
    const n = (seen.get(a.id) ?? 0) + 1;
    seen.set(a.id, n);
    return n === 1 ? a : { ...a, id: `${a.id}-${n}` };
  });
}

/** All findings in all plans, sorted (see the module comment). */
export function findAvvik(c: Collections): Avvik[] {
  return c.handlingsplaner.flatMap((h) => checkPlan(c, h.id)).sort(compareAvvik);
}

/** The findings about one pilot, plan or delmål (number), for notes on those pages. */
export function avvikFor(
  avvik: readonly Avvik[],
  filter: { pilot?: string; plan?: string; delmal?: number | null },
): Avvik[] {
  return avvik.filter(
    (a) =>
      (filter.pilot === undefined || a.pilot === filter.pilot) &&
      (filter.plan === undefined || a.plan === filter.plan) &&
      (filter.delmal === undefined || a.delmal === filter.delmal),
  );
}
