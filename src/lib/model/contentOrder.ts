/**
 * The orders pages list entries in: kommuner by name, delmål by number, plans by year, tiltak as
 * the plan prints them, themes in their set order. Lookups go through the build's indexes.
 */
import { compareNb, compareNr } from '../format.ts';
import { indexesFor as ix } from './indexes.ts';
import type { Collections } from '../loading/index.ts';
import type { DelmalEntry, KommuneEntry, PlanEntry, TemaEntry, TiltakEntry } from './entries.ts';

/**
 * Kommuner sorted by name the Norwegian way; with a pilot, that pilot's kommuner (those that name it:
 * the relation lives on the kommune's side).
 */
export function kommunerSortert(c: Pick<Collections, 'kommuner'>, pilotId?: string): KommuneEntry[] {
  return c.kommuner
    .filter((k) => pilotId === undefined || k.data.pilot === pilotId)
    .sort((a, b) => compareNb(a.data.navn, b.data.navn));
}

const kommuneIderMemo = new WeakMap<readonly KommuneEntry[], Map<string, string[]>>();

/**
 * The ids of the pilot's kommuner, by name: kommunerSortert's answer, grouped once per kommune list,
 * because the tiltak-by-kommune questions (pages, search, exports, feeds) ask it for every tiltak.
 */
export function kommuneIderForPilot(c: Pick<Collections, 'kommuner'>, pilotId: string): string[] {
  let byPilot = kommuneIderMemo.get(c.kommuner);
  if (!byPilot) {
    byPilot = new Map();
    for (const k of kommunerSortert(c))
      byPilot.set(k.data.pilot, [...(byPilot.get(k.data.pilot) ?? []), k.id]);
    kommuneIderMemo.set(c.kommuner, byPilot);
  }
  return byPilot.get(pilotId) ?? [];
}

/** The pilot's delmål by number. */
export function delmalForPilot(c: Collections, pilotId: string): DelmalEntry[] {
  return [...(ix(c).delmalByPilot.get(pilotId) ?? [])];
}

/** The pilot's plans, oldest first. */
export function planerForPilot(c: Collections, pilotId: string): PlanEntry[] {
  return [...(ix(c).planerByPilot.get(pilotId) ?? [])];
}

/** The pilot's newest plan, or null when it has none. */
export function sistePlan(c: Collections, pilotId: string): PlanEntry | null {
  return planerForPilot(c, pilotId).at(-1) ?? null;
}

/** The plan before this one for the same pilot (the latest with an earlier year), or null. */
export function forrigePlan(c: Collections, plan: PlanEntry): PlanEntry | null {
  return (
    planerForPilot(c, plan.data.pilot)
      .filter((h) => h.data.aar < plan.data.aar)
      .at(-1) ?? null
  );
}

/** The plan after this one for the same pilot, or null. */
export function nestePlan(c: Collections, plan: PlanEntry): PlanEntry | null {
  return planerForPilot(c, plan.data.pilot).find((h) => h.data.aar > plan.data.aar) ?? null;
}

/** Tiltak in the order a plan prints them: delmål, then printed number. */
export function sorterTiltak(c: Collections, tiltak: readonly TiltakEntry[]): TiltakEntry[] {
  const delmalNr = new Map(c.delmal.map((d) => [d.id, d.data.nr]));
  const planAar = new Map(c.handlingsplaner.map((h) => [h.id, h.data.aar]));
  const pilotNavn = new Map(
    c.handlingsplaner.map((h) => [h.id, ix(c).piloter.get(h.data.pilot)?.data.navn ?? h.data.pilot]),
  );
  const dnr = (t: TiltakEntry) =>
    t.data.delmal ? (delmalNr.get(t.data.delmal) ?? 0) : Number.MAX_SAFE_INTEGER;
  return [...tiltak].sort(
    (a, b) =>
      compareNb(pilotNavn.get(a.data.plan) ?? '', pilotNavn.get(b.data.plan) ?? '') ||
      (planAar.get(a.data.plan) ?? 0) - (planAar.get(b.data.plan) ?? 0) ||
      dnr(a) - dnr(b) ||
      compareNr(a.data.nr, b.data.nr),
  );
}

/** Themes in their set order. */
export function temaSortert(c: Collections): TemaEntry[] {
  return [...c.tema].sort(
    (a, b) => a.data.rekkefolge - b.data.rekkefolge || compareNb(a.data.navn, b.data.navn),
  );
}
