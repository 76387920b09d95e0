/** Figures several pages share, computed once per build through the site's memo. */
import { nationalBudget, pilotBudget, planBudget, belopPerTiltak } from '../lib/money/index.ts';
import { avvikFor, avvikReport, dokumentTitler, findAvvik, type Avvik } from '../lib/checks/index.ts';
import { sideHref } from '../lib/tables/index.ts';
import { withBase } from '../lib/urls.ts';
import { type TiltakEntry } from '../lib/model/index.ts';
import { avvikNote } from './avvikNote.ts';
import type { Site } from './site.ts';

/** Every finding of the consistency checks, and the document titles they cite. */
export function alleAvvik(site: Site) {
  return site.memo('avvik', () => ({ avvik: findAvvik(site.c), titler: dokumentTitler(site.c) }));
}

/**
 * Findings per page of /avvik/ (page n at /avvik/side/<n>/), and at most this many in the note on a
 * pilot, plan or delmål page: findings grow with the plans, so both are bounded and link on.
 */
export const AVVIK_PER_SIDE = 100;
export const AVVIK_I_NOTE = 20;

/** Every plan's findings as one list in /avvik/'s order; a plan without findings takes one place. */
export const avvikRekke = (site: Site) =>
  site.memo('avvikRekke', () =>
    avvikReport(site.c, alleAvvik(site).avvik).piloter.flatMap((p, pi) =>
      p.planer.flatMap((plan, qi): { pi: number; qi: number; avvik: Avvik | null }[] =>
        plan.avvik.length === 0 ? [{ pi, qi, avvik: null }] : plan.avvik.map((a) => ({ pi, qi, avvik: a })),
      ),
    ),
  );

export const avvikSideHref = sideHref(withBase('/avvik/'));

/** The address of a finding on the paged /avvik/ (its page and anchor). */
export function avvikHref(site: Site, id: string): string {
  const plass = site
    .memo('avvikPlass', () => new Map(avvikRekke(site).map((x, i) => [x.avvik?.id ?? null, i])))
    .get(id);
  if (plass === undefined) throw new Error(`Ukjent avvik «${id}»`);
  return `${avvikSideHref(Math.floor(plass / AVVIK_PER_SIDE) + 1)}#avvik-${id}`;
}

export function avvikMed(site: Site, filter: Parameters<typeof avvikFor>[1]) {
  const { avvik, titler } = alleAvvik(site);
  const funn = avvikFor(avvik, filter);
  const note = avvikNote(funn, titler, AVVIK_I_NOTE);
  const flere =
    funn.length > AVVIK_I_NOTE
      ? { antall: funn.length - AVVIK_I_NOTE, href: avvikHref(site, funn[AVVIK_I_NOTE].id) }
      : null;
  return { avvik: funn, avvikTitler: titler, avvikNote: note && { ...note, flere } };
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

/**
 * At most this many tiltak in one list on a theme, actor, change or kommune page: the lists grow
 * with the plans, so the rest are counted and linked to the /tiltak/ table filtered to them
 * (every tiltak is also reachable without JavaScript from /tiltak/'s page links).
 */
export const TILTAK_I_LISTE = 50;

/** The first `maks` of a list, and how many are left out. */
export function forste<T>(liste: readonly T[], maks: number = TILTAK_I_LISTE): { vist: T[]; flere: number } {
  return { vist: liste.slice(0, maks), flere: Math.max(0, liste.length - maks) };
}

/** The /tiltak/ table filtered (`{ tema: 'bolig', pilot: 'x' }`), for «see all» links. */
export const tiltakTabellMed = (filter: Record<string, string>) =>
  withBase(`/tiltak/?${new URLSearchParams(filter).toString()}`);
