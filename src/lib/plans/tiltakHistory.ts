/**
 * A tiltak across plan years, as the plans themselves describe it (`endringerFraForrige`): what
 * it continues, what became of it, and a plan's notes on the previous plan grouped by outcome.
 * The side-by-side comparison of two whole plans is in `changes.ts`.
 */
import type { TiltakStatus } from '../../schemas/vocabulary.ts';
import {
  indexesFor as ix,
  forrigePlan,
  nestePlan,
  sorterTiltak,
  type Endring,
  type PlanEntry,
  type TiltakEntry,
} from '../model/index.ts';
import type { Collections } from '../loading/index.ts';
import { matcherTiltak } from './tiltakNr.ts';

function delmalNrFor(c: Collections, t: TiltakEntry): number | null {
  return t.data.delmal ? (ix(c).delmal.get(t.data.delmal)?.data.nr ?? null) : null;
}

/** The tiltak of the previous plan a plan's note is about, when that plan is in the content. */
export function tidligereTiltak(c: Collections, plan: PlanEntry, endring: Endring): TiltakEntry | null {
  const forrige = forrigePlan(c, plan);
  if (!forrige) return null;
  return (
    (ix(c).tiltakByPlan.get(forrige.id) ?? []).find((t) =>
      matcherTiltak(endring, t.data, delmalNrFor(c, t)),
    ) ?? null
  );
}

function tiltakListe(c: Collections, ids: readonly string[]): TiltakEntry[] {
  return ids.map((id) => ix(c).tiltak.get(id)).filter((t): t is TiltakEntry => t !== undefined);
}

export interface Historikk {
  /** What this tiltak's plan says about the earlier tiltak it continues (from `videreI`). */
  forgjengere: { plan: PlanEntry; endring: Endring; tidligere: TiltakEntry | null }[];
  /** What the next plan says happened to this tiltak, with the tiltak it goes on in. */
  etterfolgere: { plan: PlanEntry; endring: Endring; videre: TiltakEntry[] }[];
}

/** A tiltak's history across plans, one step back and one step forward. */
export function tiltakHistorikk(c: Collections, tiltakId: string): Historikk {
  const tiltak = ix(c).tiltak.get(tiltakId);
  const plan = tiltak && ix(c).planer.get(tiltak.data.plan);
  if (!tiltak || !plan) return { forgjengere: [], etterfolgere: [] };
  const forgjengere = plan.data.endringerFraForrige
    .filter((e) => e.videreI.includes(tiltakId))
    .map((endring) => ({ plan, endring, tidligere: tidligereTiltak(c, plan, endring) }));
  const neste = nestePlan(c, plan);
  const dnr = delmalNrFor(c, tiltak);
  const etterfolgere = neste
    ? neste.data.endringerFraForrige
        .filter((e) => matcherTiltak(e, tiltak.data, dnr))
        .map((endring) => ({ plan: neste, endring, videre: tiltakListe(c, endring.videreI) }))
    : [];
  return { forgjengere, etterfolgere };
}

/** How «Endringer fra forrige plan» is grouped; statuses not named here fall in «annet». */
export const ENDRING_GRUPPER: readonly { id: string; navn: string; statuser: readonly TiltakStatus[] }[] = [
  { id: 'viderefort', navn: 'Videreført', statuser: ['viderefores'] },
  { id: 'revidert', navn: 'Revidert og videreført', statuser: ['revideres-og-viderefores'] },
  {
    id: 'sammenslatt',
    navn: 'Slått sammen med eller overført til et annet tiltak',
    statuser: ['slas-sammen', 'overfores'],
  },
  { id: 'avsluttet', navn: 'Avsluttet eller utgått', statuser: ['avsluttes', 'utgar'] },
  { id: 'annet', navn: 'Annen status', statuser: [] },
];

export interface PlanEndringer {
  forrige: PlanEntry | null;
  grupper: {
    id: string;
    navn: string;
    endringer: { endring: Endring; videre: TiltakEntry[]; tidligere: TiltakEntry | null }[];
  }[];
  /** Tiltak the plan itself calls new. */
  nye: TiltakEntry[];
  /**
   * Tiltak that no note on the previous plan leads to (and not marked new). Only filled when the
   * plan has such notes at all: they may be new, or the plan may not have tied them to a number.
   */
  ikkeKnyttet: TiltakEntry[];
}

/** «Endringer fra forrige plan»: the plan's notes grouped by what happened, with links both ways. */
export function planEndringer(c: Collections, planId: string): PlanEndringer {
  const plan = c.handlingsplaner.find((h) => h.id === planId);
  if (!plan) return { forrige: null, grupper: [], nye: [], ikkeKnyttet: [] };
  const navngitt = new Set(ENDRING_GRUPPER.flatMap((g) => g.statuser));
  const grupper = ENDRING_GRUPPER.map((g) => ({
    id: g.id,
    navn: g.navn,
    endringer: plan.data.endringerFraForrige
      .filter((e) => (g.id === 'annet' ? !navngitt.has(e.status) : g.statuser.includes(e.status)))
      .map((endring) => ({
        endring,
        videre: tiltakListe(c, endring.videreI),
        tidligere: tidligereTiltak(c, plan, endring),
      })),
  })).filter((g) => g.endringer.length > 0);
  const iPlan = sorterTiltak(c, ix(c).tiltakByPlan.get(planId) ?? []);
  const leddTil = new Set(plan.data.endringerFraForrige.flatMap((e) => e.videreI));
  const nye = iPlan.filter((t) => t.data.status === 'ny');
  const ikkeKnyttet =
    plan.data.endringerFraForrige.length > 0
      ? iPlan.filter((t) => t.data.status !== 'ny' && !leddTil.has(t.id))
      : [];
  return { forrige: forrigePlan(c, plan), grupper, nye, ikkeKnyttet };
}
