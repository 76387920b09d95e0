/**
 * Lookups over the whole content, built once per build: every collection by id, and the
 * groupings pages ask for (a plan's tiltak, a pilot's delmål, kommuner and plans, a theme's
 * tiltak …). Views read these instead of scanning every tiltak, so a page costs the same
 * however large the site grows.
 */
import { compareNb } from '../format.ts';
import type { Collections } from '../loading/index.ts';

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

function groupBy<T>(
  items: readonly T[],
  keys: (x: T) => readonly (string | null | undefined)[],
): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items)
    for (const k of keys(x)) {
      if (k === null || k === undefined) continue;
      const list = m.get(k);
      if (list) list.push(x);
      else m.set(k, [x]);
    }
  return m;
}

export function buildIndexes(c: Collections) {
  const planer = byId(c.handlingsplaner);
  const pilotOfPlan = (planId: string) => planer.get(planId)?.data.pilot;
  const sortedGroups = <T>(m: Map<string, T[]>, cmp: (a: T, b: T) => number) => {
    for (const list of m.values()) list.sort(cmp);
    return m;
  };
  return {
    piloter: byId(c.piloter),
    delmal: byId(c.delmal),
    planer,
    tiltak: byId(c.tiltak),
    kommuner: byId(c.kommuner),
    aktorer: byId(c.aktorer),
    tema: byId(c.tema),
    kilder: byId(c.kilder),
    sider: byId(c.sider),
    /** Pilot id → its kommuner by name. */
    kommunerByPilot: sortedGroups(
      groupBy(c.kommuner, (k) => [k.data.pilot]),
      (a, b) => compareNb(a.data.navn, b.data.navn),
    ),
    /** Pilot id → its delmål by number. */
    delmalByPilot: sortedGroups(
      groupBy(c.delmal, (d) => [d.data.pilot]),
      (a, b) => a.data.nr - b.data.nr,
    ),
    /** Pilot id → its plans, oldest first. */
    planerByPilot: sortedGroups(
      groupBy(c.handlingsplaner, (h) => [h.data.pilot]),
      (a, b) => a.data.aar - b.data.aar,
    ),
    /** Plan id → its tiltak, in content order. */
    tiltakByPlan: groupBy(c.tiltak, (t) => [t.data.plan]),
    /** Delmål id → its tiltak (all plans), in content order. */
    tiltakByDelmal: groupBy(c.tiltak, (t) => [t.data.delmal]),
    /** Pilot id → its tiltak (all plans), in content order. */
    tiltakByPilot: groupBy(c.tiltak, (t) => [pilotOfPlan(t.data.plan)]),
    /** Theme id → tiltak under it, in content order. */
    tiltakByTema: groupBy(c.tiltak, (t) => t.data.tema),
    /** Actor id → tiltak where it is responsible, a partner or a funder (each tiltak once). */
    tiltakByAktor: groupBy(c.tiltak, (t) => [
      ...new Set([
        ...t.data.hovedansvarlige,
        ...t.data.samarbeidsparter,
        ...t.data.finansiering.map((f) => f.giver),
      ]),
    ]),
  };
}
export type Indexes = ReturnType<typeof buildIndexes>;

const cache = new WeakMap<Collections, Indexes>();

/** The indexes of these collections, built on first use and kept as long as the collections live. */
export function indexesFor(c: Collections): Indexes {
  let ix = cache.get(c);
  if (!ix) cache.set(c, (ix = buildIndexes(c)));
  return ix;
}
