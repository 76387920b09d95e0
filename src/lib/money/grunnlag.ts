/**
 * One rule for every pilot total and per-innbygger figure on the site (pure).
 *
 * The rule: a pilot's money is the sum of the amounts at the tiltak in its NEWEST handlingsplan
 * («summen av tiltakene», computed by us from the plan's own lines). Two plan years are never
 * added together. Every figure carries its basis (`Grunnlag`): the plan year and which sum it is,
 * so a page or an export can say «handlingsplanen for 2026, summen av beløpene ved tiltakene».
 * The plan's own stated total (from its tables) is a different sum: where a page shows it, it is
 * labelled `oppgitt`, never mixed with ours.
 *
 * The kommune, pilot, compare and home pages and the piloter export all read `pilotPenger`, so a
 * figure is the same wherever it appears.
 */
import { isBygdevekstmidler, perInhabitant, statedAmount, sumFunding, type AmountSum } from './budget.ts';
import { compareNb } from '../format.ts';
import type { Collections } from '../loading/index.ts';

type PlanEntry = Collections['handlingsplaner'][number];

/** Which sum a figure is: ours from the tiltak, or the plan's own stated total. */
export type SumSlag = 'summen-av-tiltakene' | 'planens-oppgitte-sum';

export interface Grunnlag {
  /** The plan year; null when the figure is for the agreement period («avtaleperioden»). */
  aar: number | null;
  /** The plan the figure is from; null for the agreement period. */
  plan: string | null;
  sum: SumSlag;
  /** The basis in words, for pages and exports. */
  tekst: string;
}

export function grunnlagTekst(aar: number | null, sum: SumSlag): string {
  const periode = aar === null ? 'avtaleperioden' : `handlingsplanen for ${aar}`;
  return sum === 'summen-av-tiltakene'
    ? `${periode}, summen av beløpene ved tiltakene`
    : `${periode}, planens egen oppgitte sum`;
}

export function grunnlag(plan: PlanEntry | null, sum: SumSlag = 'summen-av-tiltakene'): Grunnlag {
  const aar = plan?.data.aar ?? null;
  return { aar, plan: plan?.id ?? null, sum, tekst: grunnlagTekst(aar, sum) };
}

/** The plan a pilot's figures are taken from: its newest (highest year), or null without a plan. */
export function grunnlagsplan(c: Pick<Collections, 'handlingsplaner'>, pilotId: string): PlanEntry | null {
  return (
    c.handlingsplaner
      .filter((h) => h.data.pilot === pilotId)
      .sort((a, b) => a.data.aar - b.data.aar || compareNb(a.id, b.id))
      .at(-1) ?? null
  );
}

export interface PilotPenger {
  pilot: string;
  /** Null when the pilot has no plan: then there is no figure at all. */
  grunnlag: Grunnlag | null;
  alleKilder: AmountSum | null;
  bygdevekstmidler: AmountSum | null;
  /** The pilot's population (sum of its kommuner); null if any kommune lacks one. */
  folketall: number | null;
  folketallAar: number[];
  kommuner: ReturnType<typeof perInhabitant>['kommuner'];
  /** Whole kroner per inhabitant; null when no amount is stated or the population is unknown. */
  alleKilderPerInnbygger: number | null;
  bygdevekstmidlerPerInnbygger: number | null;
}

/** A pilot's money and money per inhabitant, by the one rule above. */
export function pilotPenger(c: Collections, pilotId: string): PilotPenger {
  const plan = grunnlagsplan(c, pilotId);
  const tiltak = plan ? c.tiltak.filter((t) => t.data.plan === plan.id) : [];
  const alle = plan ? sumFunding(tiltak) : null;
  const bv = plan ? sumFunding(tiltak, isBygdevekstmidler) : null;
  const perAlle = perInhabitant(c, pilotId, alle?.belop ?? 0);
  const perBv = perInhabitant(c, pilotId, bv?.belop ?? 0);
  return {
    pilot: pilotId,
    grunnlag: plan ? grunnlag(plan) : null,
    alleKilder: alle,
    bygdevekstmidler: bv,
    folketall: perAlle.folketall,
    folketallAar: perAlle.folketallAar,
    kommuner: perAlle.kommuner,
    alleKilderPerInnbygger: statedAmount(alle) === null ? null : perAlle.kronerPerInnbygger,
    bygdevekstmidlerPerInnbygger: statedAmount(bv) === null ? null : perBv.kronerPerInnbygger,
  };
}

/** Every pilot's money by the same rule, pilots by name. */
export function allePiloterPenger(c: Collections): PilotPenger[] {
  return [...c.piloter].sort((a, b) => compareNb(a.data.navn, b.data.navn)).map((p) => pilotPenger(c, p.id));
}
