/** Figures several pages share, computed once per build through the site's memo. */
import { nationalBudget, pilotBudget, planBudget, belopPerTiltak } from '../lib/money/index.ts';
import { avvikFor, dokumentTitler, findAvvik } from '../lib/checks/index.ts';
import { type TiltakEntry } from '../lib/model/index.ts';
import { avvikNote } from './avvikNote.ts';
import type { Site } from './site.ts';

/** Every finding of the consistency checks, and the document titles they cite. */
export function alleAvvik(site: Site) {
  return site.memo('avvik', () => ({ avvik: findAvvik(site.c), titler: dokumentTitler(site.c) }));
}

export function avvikMed(site: Site, filter: Parameters<typeof avvikFor>[1]) {
  const { avvik, titler } = alleAvvik(site);
  const funn = avvikFor(avvik, filter);
  return { avvik: funn, avvikTitler: titler, avvikNote: avvikNote(funn, titler) };
}

export const planBudsjett = (site: Site, planId: string) =>
  site.memo(`planBudget:${planId}`, () => planBudget(site.c, planId));

export const pilotBudsjett = (site: Site, pilotId: string) =>
  site.memo(`pilotBudget:${pilotId}`, () => pilotBudget(site.c, pilotId));

export const nasjonaltBudsjett = (site: Site) => site.memo('nationalBudget', () => nationalBudget(site.c));

/** A plan's tiltak, in content order (empty for an unknown plan). */
export const tiltakIPlan = (site: Site, planId: string): TiltakEntry[] =>
  site.ix.tiltakByPlan.get(planId) ?? [];

/** The amount columns a tiltak list shows: bygdevekstmidler, and (unless `bareBv`) all sources. */
export function belopKolonner(tiltak: readonly TiltakEntry[], bareBv = false) {
  const b = belopPerTiltak(tiltak);
  return [
    { overskrift: 'Bygdevekstmidler', verdier: b.bygdevekstmidler },
    ...(bareBv ? [] : [{ overskrift: 'Alle kilder', verdier: b.alle }]),
  ];
}

/** Paths for a collection's pages: one per entry id. */
export function idPaths(entries: readonly { id: string }[]) {
  return entries.map((e) => ({ params: { id: e.id } }));
}
