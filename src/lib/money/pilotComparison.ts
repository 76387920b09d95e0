/**
 * The comparison of pilots (/sammenlign/ and the national charts): each pilot's newest plan,
 * counts and money per theme, money per inhabitant. Money comes from `budget.ts` and `grunnlag.ts`.
 */
import { type AmountSum, planBudget } from './budget.ts';
import { compareNb } from '../format.ts';
import {
  indexesFor as ix,
  delmalForPilot,
  kommunerSortert,
  sistePlan,
  temaSortert,
  type PilotEntry,
  type PlanEntry,
  type TemaEntry,
} from '../model/index.ts';
import { pilotPenger, type Grunnlag } from './grunnlag.ts';
import type { Collections } from '../loading/index.ts';

export interface SammenlignPilot {
  pilot: PilotEntry;
  /** The newest plan, which the figures are from; null when the pilot has none. */
  plan: PlanEntry | null;
  /** The basis of the money figures (src/lib/money/grunnlag.ts); null without a plan. */
  grunnlag: Grunnlag | null;
  antallKommuner: number;
  antallDelmal: number;
  antallTiltak: number;
  folketall: number | null;
  folketallAar: number[];
  total: AmountSum | null;
  bygdevekstmidler: AmountSum | null;
  totalPerInnbygger: number | null;
  bygdevekstmidlerPerInnbygger: number | null;
  /** Per theme id: number of tiltak and their stated amounts (a tiltak counts under each of its themes). */
  perTema: Record<string, { antall: number; sum: AmountSum | null }>;
}

/**
 * The comparison of pilots: each pilot's newest plan (so every pilot is compared on one year's
 * plan), counts and money per theme, and money per inhabitant. Pilots by name, themes in set order.
 */
export function sammenligning(c: Collections): {
  piloter: SammenlignPilot[];
  tema: TemaEntry[];
  overlapper: boolean;
} {
  const tema = temaSortert(c);
  let overlapper = false;
  const piloter = [...c.piloter]
    .sort((a, b) => compareNb(a.data.navn, b.data.navn))
    .map((pilot): SammenlignPilot => {
      const plan = sistePlan(c, pilot.id);
      const b = plan ? planBudget(c, plan.id) : null;
      if (b?.perTema.overlapper) overlapper = true;
      const tiltak = plan ? (ix(c).tiltakByPlan.get(plan.id) ?? []) : [];
      const penger = pilotPenger(c, pilot.id);
      return {
        pilot,
        plan,
        antallKommuner: kommunerSortert(c, pilot.id).length,
        antallDelmal: delmalForPilot(c, pilot.id).length,
        antallTiltak: tiltak.length,
        grunnlag: penger.grunnlag,
        folketall: penger.folketall,
        folketallAar: penger.folketallAar,
        total: penger.alleKilder,
        bygdevekstmidler: penger.bygdevekstmidler,
        totalPerInnbygger: penger.alleKilderPerInnbygger,
        bygdevekstmidlerPerInnbygger: penger.bygdevekstmidlerPerInnbygger,
        perTema: Object.fromEntries(
          tema.map((t) => {
            const i = tiltak.filter((x) => x.data.tema.includes(t.id));
            return [
              t.id,
              { antall: i.length, sum: b?.perTema.tema.find((x) => x.tema === t.id)?.sum ?? null },
            ];
          }),
        ),
      };
    });
  return { piloter, tema, overlapper };
}
