/**
 * Tiltak grouped the way pages show them: a plan's tiltak under its delmål, a delmål's tiltak and
 * printed budget rows plan by plan, a theme's delmål and tiltak pilot by pilot.
 */
import type { OppgittTabell } from '../../schemas/handlingsplan.ts';
import { compareNb, compareNr } from '../format.ts';
import { indexesFor as ix } from './indexes.ts';
import type { Collections } from '../loading/index.ts';
import { delmalForPilot, planerForPilot, sorterTiltak } from './contentOrder.ts';
import type { DelmalEntry, PilotEntry, PlanEntry, TiltakEntry } from './entries.ts';

export interface TiltakGruppe {
  /** The delmål, or null for the cross-cutting (tverrgående) tiltak. */
  delmal: DelmalEntry | null;
  tiltak: TiltakEntry[];
}

/**
 * A plan's tiltak grouped by delmål: in the plan's own order when it ranks its delmål, else by
 * number; every delmål of the pilot is there (an empty group says the plan has none under it);
 * the cross-cutting tiltak come last, when there are any.
 */
export function tiltakGruppert(c: Collections, planId: string): TiltakGruppe[] {
  const plan = ix(c).planer.get(planId);
  if (!plan) return [];
  const alle = delmalForPilot(c, plan.data.pilot);
  const rangert = plan.data.delmalRekkefolge
    .map((id) => alle.find((d) => d.id === id))
    .filter((d): d is DelmalEntry => d !== undefined);
  const rekkefolge = [...rangert, ...alle.filter((d) => !rangert.includes(d))];
  const iPlan = ix(c).tiltakByPlan.get(planId) ?? [];
  const sortert = (xs: TiltakEntry[]) => [...xs].sort((a, b) => compareNr(a.data.nr, b.data.nr));
  const grupper: TiltakGruppe[] = rekkefolge.map((d) => ({
    delmal: d,
    tiltak: sortert(iPlan.filter((t) => t.data.delmal === d.id)),
  }));
  const tverr = iPlan.filter((t) => t.data.delmal === null);
  if (tverr.length > 0) grupper.push({ delmal: null, tiltak: sortert(tverr) });
  return grupper;
}

/**
 * The rows the plans' printed budget tables give a delmål (its rows and stated subtotals, by
 * number), as excerpts of each table: same columns, no sum row. Plans oldest first; tables
 * without a row for the delmål left out. Nothing is added up.
 */
export function tabellUtdragForDelmal(
  c: Collections,
  delmalId: string,
): { plan: PlanEntry; tabeller: OppgittTabell[] }[] {
  const delmal = ix(c).delmal.get(delmalId);
  if (!delmal) return [];
  const nr = delmal.data.nr;
  return planerForPilot(c, delmal.data.pilot)
    .map((plan) => ({
      plan,
      tabeller: plan.data.oppgitteTabeller
        .map((t) => ({
          ...t,
          rader: t.rader.filter((r) => r.delmal === nr),
          delsummer: t.delsummer.filter((d) => d.delmal === nr),
          sum: null,
        }))
        .filter((t) => t.rader.length > 0 || t.delsummer.length > 0),
    }))
    .filter((g) => g.tabeller.length > 0);
}

/** A delmål's tiltak, plan by plan (oldest first). */
export function tiltakForDelmal(
  c: Collections,
  delmalId: string,
): { plan: PlanEntry; tiltak: TiltakEntry[] }[] {
  const delmal = c.delmal.find((d) => d.id === delmalId);
  if (!delmal) return [];
  return planerForPilot(c, delmal.data.pilot)
    .map((plan) => ({
      plan,
      tiltak: c.tiltak
        .filter((t) => t.data.plan === plan.id && t.data.delmal === delmalId)
        .sort((a, b) => compareNr(a.data.nr, b.data.nr)),
    }))
    .filter((g) => g.tiltak.length > 0);
}

/** Everything under one theme, pilot by pilot (pilots by name; pilots with nothing left out). */
export function temaInnhold(
  c: Collections,
  temaId: string,
): { pilot: PilotEntry; delmal: DelmalEntry[]; tiltak: TiltakEntry[] }[] {
  const planPilot = new Map(c.handlingsplaner.map((h) => [h.id, h.data.pilot]));
  return [...c.piloter]
    .sort((a, b) => compareNb(a.data.navn, b.data.navn))
    .map((pilot) => ({
      pilot,
      delmal: delmalForPilot(c, pilot.id).filter((d) => d.data.tema.includes(temaId)),
      tiltak: sorterTiltak(
        c,
        (ix(c).tiltakByTema.get(temaId) ?? []).filter((t) => planPilot.get(t.data.plan) === pilot.id),
      ),
    }))
    .filter((g) => g.delmal.length > 0 || g.tiltak.length > 0);
}
