/**
 * Views the pages need that are not budget figures: lookups, orderings, groupings, the history
 * of a tiltak across plans, who an actor is in each pilot, which entries cite a source.
 * Pure functions over the parsed collections (plain arrays), so they are tested on fixtures;
 * the page views in `src/views/` call them with the built content. Money comes from `budget.ts`; the few
 * money views here only arrange its sums for a page.
 */
import type { KildeRef } from '../schemas/common.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { Sprak, TiltakStatus } from '../schemas/vocabulary.ts';
import type { OppgittTabell } from '../schemas/handlingsplan.ts';
import { type AmountSum, isBygdevekstmidler, planBudget, sumFunding } from './budget.ts';
import { compareNb } from './format.ts';
import { indexesFor as ix } from './indexes.ts';
import { pilotPenger, type Grunnlag } from './grunnlag.ts';
import type { Collections } from './loadContent.ts';
import { urlFor } from './urls.ts';

export type PilotEntry = Collections['piloter'][number];
export type DelmalEntry = Collections['delmal'][number];
export type PlanEntry = Collections['handlingsplaner'][number];
export type TiltakEntry = Collections['tiltak'][number];
export type KommuneEntry = Collections['kommuner'][number];
export type AktorEntry = Collections['aktorer'][number];
export type TemaEntry = Collections['tema'][number];
export type KildeEntry = Collections['kilder'][number];
export type Endring = PlanEntry['data']['endringerFraForrige'][number];

/** The HTML `lang` code of each official other-language name (BCP 47 / ISO 639-3). */
export const SPRAK_LANG: Record<Sprak, string> = {
  nordsamisk: 'se',
  lulesamisk: 'smj',
  sorsamisk: 'sma',
  kvensk: 'fkv',
};

/** Printed numbers in natural order: «1.2» before «1.10», digits before «T1». */
const nrCollator = new Intl.Collator('nb', { numeric: true });
export const compareNr = (a: string, b: string): number => nrCollator.compare(a, b);

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

/** Every collection as a map by id. */
export function indeks(c: Collections) {
  return {
    piloter: byId(c.piloter),
    delmal: byId(c.delmal),
    planer: byId(c.handlingsplaner),
    tiltak: byId(c.tiltak),
    kommuner: byId(c.kommuner),
    aktorer: byId(c.aktorer),
    tema: byId(c.tema),
    kilder: byId(c.kilder),
  };
}
export type Indeks = ReturnType<typeof indeks>;

/** Id → display name, as plain records components can take. */
export function navneliste(c: Collections) {
  const rec = <T extends { id: string }>(xs: readonly T[], f: (x: T) => string) =>
    Object.fromEntries(xs.map((x) => [x.id, f(x)]));
  return {
    aktorer: rec(c.aktorer, (a) => a.data.navn),
    kilder: rec(c.kilder, (k) => k.data.tittel),
    tema: rec(c.tema, (t) => t.data.navn),
    piloter: rec(c.piloter, (p) => p.data.navn),
    kommuner: rec(c.kommuner, (k) => k.data.navn),
  };
}
export type Navneliste = ReturnType<typeof navneliste>;

/** Kommuner sorted by name the Norwegian way. */
export function kommunerSortert(c: Collections, pilotId?: string): KommuneEntry[] {
  return c.kommuner
    .filter((k) => pilotId === undefined || k.data.pilot === pilotId)
    .sort((a, b) => compareNb(a.data.navn, b.data.navn));
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

/**
 * Whether a plan's note on a previous tiltak («delmål 3, tiltak 2») is about this tiltak of the
 * previous plan. Plans number tiltak either within the delmål («2») or with it («3.2»), and
 * cross-cutting ones with or without a «T»; all forms match.
 */
export function matcherTiltak(
  endring: Pick<Endring, 'delmal' | 'nr'>,
  tiltak: TiltakEntry,
  delmalNr: number | null,
): boolean {
  if (endring.delmal !== delmalNr) return false;
  const nr = endring.nr.trim();
  const former = new Set([nr, nr.replace(/^T/i, '')]);
  if (delmalNr !== null) former.add(`${delmalNr}.${nr}`);
  else former.add(`T${nr.replace(/^T/i, '')}`);
  return [tiltak.data.nr, tiltak.data.nrOversikt].some((n) => n !== undefined && former.has(n.trim()));
}

function delmalNrFor(c: Collections, t: TiltakEntry): number | null {
  return t.data.delmal ? (ix(c).delmal.get(t.data.delmal)?.data.nr ?? null) : null;
}

/** The tiltak of the previous plan a plan's note is about, when that plan is in the content. */
export function tidligereTiltak(c: Collections, plan: PlanEntry, endring: Endring): TiltakEntry | null {
  const forrige = forrigePlan(c, plan);
  if (!forrige) return null;
  return (
    (ix(c).tiltakByPlan.get(forrige.id) ?? []).find((t) => matcherTiltak(endring, t, delmalNrFor(c, t))) ??
    null
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
        .filter((e) => matcherTiltak(e, tiltak, dnr))
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

/** Themes in their set order. */
export function temaSortert(c: Collections): TemaEntry[] {
  return [...c.tema].sort(
    (a, b) => a.data.rekkefolge - b.data.rekkefolge || compareNb(a.data.navn, b.data.navn),
  );
}

/** The kinds of part an actor can play, in the order the actor page shows them. */
export const AKTOR_ROLLER = [
  { id: 'part', navn: 'Part i avtalen' },
  { id: 'saerlig-rolle', navn: 'Særlig rolle i avtalen' },
  { id: 'hovedansvarlig', navn: 'Hovedansvarlig for tiltak' },
  { id: 'samarbeidspart-tiltak', navn: 'Samarbeidspart i tiltak' },
  { id: 'giver', navn: 'Gir penger til tiltak' },
  { id: 'samarbeidspart-delmal', navn: 'Samarbeidspart under delmål' },
  { id: 'kan-inviteres', navn: 'Kan inviteres inn under delmål' },
  { id: 'vedtak', navn: 'Behandler eller godkjenner handlingsplanen' },
  { id: 'godkjenner', navn: 'Står på listen over godkjennere' },
] as const;
export type AktorRolleType = (typeof AKTOR_ROLLER)[number]['id'];

export interface AktorRolle {
  type: AktorRolleType;
  /** Where the role is: the page to link to and its name. */
  href: string;
  tittel: string;
  /** A detail in the source's or our words (the special role, the decision, the purpose). */
  detalj?: string;
  kilde?: KildeRef;
}

function tiltakTittel(t: TiltakEntry): string {
  return `Tiltak ${t.data.nr}: ${t.data.tittel}`;
}

function planTittel(h: PlanEntry): string {
  return `Handlingsplan ${h.data.aar}`;
}

/** What an actor takes part in, pilot by pilot (pilots by name), each role kind in set order. */
export function aktorRoller(c: Collections, aktorId: string): { pilot: PilotEntry; roller: AktorRolle[] }[] {
  const planPilot = new Map(c.handlingsplaner.map((h) => [h.id, h.data.pilot]));
  const perPilot = new Map<string, AktorRolle[]>();
  const legg = (pilot: string, r: AktorRolle) => perPilot.set(pilot, [...(perPilot.get(pilot) ?? []), r]);
  for (const p of c.piloter) {
    if (p.data.avtale.parter.includes(aktorId))
      legg(p.id, {
        type: 'part',
        href: urlFor.pilot(p.id),
        tittel: `Bygdevekstavtalen for ${p.data.navn}`,
        kilde: p.data.avtale.kilder[0],
      });
    for (const r of p.data.avtale.saerligeRoller.filter((r) => r.aktor === aktorId))
      legg(p.id, {
        type: 'saerlig-rolle',
        href: urlFor.pilot(p.id),
        tittel: `Bygdevekstavtalen for ${p.data.navn}`,
        detalj: r.rolle,
        kilde: r.kilde,
      });
  }
  for (const d of delmalForAll(c)) {
    const tittel = `Delmål ${d.data.nr}: ${d.data.tittel}`;
    if (d.data.samarbeidsparter.includes(aktorId))
      legg(d.data.pilot, {
        type: 'samarbeidspart-delmal',
        href: urlFor.delmal(d.id),
        tittel,
        kilde: d.data.kilde,
      });
    if (d.data.kanInviteres.includes(aktorId))
      legg(d.data.pilot, { type: 'kan-inviteres', href: urlFor.delmal(d.id), tittel, kilde: d.data.kilde });
  }
  for (const t of sorterTiltak(c, ix(c).tiltakByAktor.get(aktorId) ?? [])) {
    const pilot = planPilot.get(t.data.plan) ?? '';
    const plan = ix(c).planer.get(t.data.plan);
    const tittel = `${tiltakTittel(t)} (${plan ? planTittel(plan) : t.data.plan})`;
    if (t.data.hovedansvarlige.includes(aktorId))
      legg(pilot, {
        type: 'hovedansvarlig',
        href: urlFor.tiltak(t.id),
        tittel,
        detalj: t.data.hovedansvarligTekst ? `Planen skriver: «${t.data.hovedansvarligTekst}»` : undefined,
        kilde: t.data.kilde,
      });
    if (t.data.samarbeidsparter.includes(aktorId))
      legg(pilot, {
        type: 'samarbeidspart-tiltak',
        href: urlFor.tiltak(t.id),
        tittel,
        detalj: t.data.samarbeidsparterTekst
          ? `Planen skriver: «${t.data.samarbeidsparterTekst}»`
          : undefined,
        kilde: t.data.kilde,
      });
    const gir = t.data.finansiering.filter((f) => f.giver === aktorId);
    if (gir.length > 0) {
      const dokument = plan?.data.dokument;
      legg(pilot, {
        type: 'giver',
        href: urlFor.tiltak(t.id),
        tittel,
        detalj:
          gir
            .map((f) => f.formal)
            .filter(Boolean)
            .join('; ') || undefined,
        kilde: dokument ? { dokument, linjer: gir[0].linjer } : undefined,
      });
    }
  }
  for (const h of [...c.handlingsplaner].sort((a, b) => a.data.aar - b.data.aar)) {
    for (const v of h.data.vedtak.filter((v) => v.aktor === aktorId))
      legg(h.data.pilot, {
        type: 'vedtak',
        href: urlFor.plan(h.id),
        tittel: planTittel(h),
        detalj: `${v.organ}: ${v.hva}`,
        kilde: v.kilde,
      });
    for (const g of h.data.godkjennere.filter((g) => g.aktor === aktorId))
      legg(h.data.pilot, {
        type: 'godkjenner',
        href: urlFor.plan(h.id),
        tittel: planTittel(h),
        detalj: `Oppført som «${g.navn}»`,
        kilde: g.kilde,
      });
  }
  const orden = new Map(AKTOR_ROLLER.map((r, i) => [r.id, i]));
  return [...c.piloter]
    .sort((a, b) => compareNb(a.data.navn, b.data.navn))
    .filter((p) => perPilot.has(p.id))
    .map((pilot) => ({
      pilot,
      roller: [...perPilot.get(pilot.id)!].sort((a, b) => orden.get(a.type)! - orden.get(b.type)!),
    }));
}

function delmalForAll(c: Collections): DelmalEntry[] {
  return [...c.delmal].sort((a, b) => compareNb(a.data.pilot, b.data.pilot) || a.data.nr - b.data.nr);
}

/**
 * The actor that is this kommune's own administration («Røyrvik kommune», type kommune), matched
 * by its exact name; null when there is none. Links a kommune page to what the kommune itself
 * is responsible for, and back.
 */
export function aktorForKommune(c: Collections, kommuneId: string): AktorEntry | null {
  const k = c.kommuner.find((x) => x.id === kommuneId);
  if (!k) return null;
  return (
    c.aktorer.find(
      (a) => a.data.type === 'kommune' && compareNb(a.data.navn, `${k.data.navn} kommune`) === 0,
    ) ?? null
  );
}

/** The kommune an actor of type kommune is the administration of, or null. */
export function kommuneForAktor(c: Collections, aktorId: string): KommuneEntry | null {
  return c.kommuner.find((k) => aktorForKommune(c, k.id)?.id === aktorId) ?? null;
}

/** Every actor by name, with how many roles it has and in which pilots. */
export function aktorOversikt(
  c: Collections,
): { aktor: AktorEntry; antallRoller: number; piloter: PilotEntry[] }[] {
  return [...c.aktorer]
    .sort((a, b) => compareNb(a.data.navn, b.data.navn))
    .map((aktor) => {
      const roller = aktorRoller(c, aktor.id);
      return {
        aktor,
        antallRoller: roller.reduce((n, g) => n + g.roller.length, 0),
        piloter: roller.map((g) => g.pilot),
      };
    });
}

/** An entry that cites a source, as a link. */
export interface Sitering {
  samling: CollectionName;
  href: string;
  tittel: string;
}

/** The page and name of any entry. */
export function oppforing(c: Collections, samling: CollectionName, id: string): Sitering {
  const pilotNavn = (pid: string) => c.piloter.find((p) => p.id === pid)?.data.navn ?? pid;
  switch (samling) {
    case 'piloter':
      return { samling, href: urlFor.pilot(id), tittel: pilotNavn(id) };
    case 'delmal': {
      const d = c.delmal.find((x) => x.id === id)!;
      return {
        samling,
        href: urlFor.delmal(id),
        tittel: `${pilotNavn(d.data.pilot)}, delmål ${d.data.nr}: ${d.data.tittel}`,
      };
    }
    case 'handlingsplaner': {
      const h = c.handlingsplaner.find((x) => x.id === id)!;
      return {
        samling,
        href: urlFor.plan(id),
        tittel: `${pilotNavn(h.data.pilot)}, ${planTittel(h).toLowerCase()}`,
      };
    }
    case 'tiltak': {
      const t = ix(c).tiltak.get(id)!;
      const h = c.handlingsplaner.find((x) => x.id === t.data.plan);
      return {
        samling,
        href: urlFor.tiltak(id),
        tittel: `${h ? `${pilotNavn(h.data.pilot)} ${h.data.aar}, ` : ''}${tiltakTittel(t).replace(/^T/, 't')}`,
      };
    }
    case 'kommuner':
      return {
        samling,
        href: urlFor.kommune(id),
        tittel: c.kommuner.find((x) => x.id === id)?.data.navn ?? id,
      };
    case 'aktorer':
      return { samling, href: urlFor.aktor(id), tittel: c.aktorer.find((x) => x.id === id)?.data.navn ?? id };
    case 'tema':
      return { samling, href: urlFor.tema(id), tittel: c.tema.find((x) => x.id === id)?.data.navn ?? id };
    case 'kilder':
      return {
        samling,
        href: urlFor.kilde(id),
        tittel: c.kilder.find((x) => x.id === id)?.data.tittel ?? id,
      };
    case 'sider':
      return { samling, href: urlFor.side(id), tittel: c.sider.find((x) => x.id === id)?.data.tittel ?? id };
    case 'initiativer':
      return {
        samling,
        href: urlFor.initiativ(id),
        tittel: c.initiativer.find((x) => x.id === id)?.data.navn ?? id,
      };
    case 'laering':
      return {
        samling,
        href: urlFor.laering(id),
        tittel: c.laering.find((x) => x.id === id)?.data.pastand ?? id,
      };
    case 'kapasitetsdiamant': {
      const d = c.kapasitetsdiamant.find((x) => x.id === id)?.data;
      return {
        samling,
        href: d ? urlFor.kapasitetsdiamant(d.initiativ) : urlFor.kapasitetsdiamant(id),
        tittel: d ? `Kapasitetsdiamant for ${d.kommune}` : id,
      };
    }
  }
}

/** Every source reference inside a value (objects with `dokument` or `url`), depth first. */
export function alleKildeRefs(value: unknown): KildeRef[] {
  if (Array.isArray(value)) return value.flatMap(alleKildeRefs);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const erRef =
      Object.keys(o).every((k) => k === 'dokument' || k === 'linjer' || k === 'url') &&
      (typeof o.dokument === 'string' || typeof o.url === 'string');
    if (erRef) return [o as KildeRef];
    return Object.values(o).flatMap(alleKildeRefs);
  }
  return [];
}

const SAMLINGER: CollectionName[] = [
  'piloter',
  'delmal',
  'handlingsplaner',
  'tiltak',
  'kommuner',
  'aktorer',
  'tema',
  'sider',
  'initiativer',
  'laering',
  'kapasitetsdiamant',
];

/** Every cited source document and web address, with the entries citing it (in collection order). */
export function kildeBruk(c: Collections): {
  dokumenter: Record<string, Sitering[]>;
  nettsider: { url: string; siteringer: Sitering[] }[];
} {
  const dokumenter: Record<string, Sitering[]> = Object.fromEntries(c.kilder.map((k) => [k.id, []]));
  const nett = new Map<string, Sitering[]>();
  const legg = (liste: Sitering[], s: Sitering) => {
    if (!liste.some((x) => x.href === s.href)) liste.push(s);
  };
  for (const samling of SAMLINGER) {
    const entries = c[samling] as { id: string; data: unknown }[];
    for (const e of entries) {
      const refs = alleKildeRefs(e.data);
      const dok = samling === 'handlingsplaner' ? [(e.data as PlanEntry['data']).dokument] : [];
      const s = oppforing(c, samling, e.id);
      for (const d of [...dok, ...refs.map((r) => r.dokument).filter((d): d is string => !!d)])
        if (dokumenter[d]) legg(dokumenter[d], s);
      for (const u of refs.map((r) => r.url).filter((u): u is string => !!u)) {
        if (!nett.has(u)) nett.set(u, []);
        legg(nett.get(u)!, s);
      }
    }
  }
  return {
    dokumenter,
    nettsider: [...nett.entries()]
      .sort(([a], [b]) => compareNb(a, b))
      .map(([url, siteringer]) => ({ url, siteringer })),
  };
}

/** Distinct references, documents first (by id, then line), then web addresses, duplicates removed. */
export function unikeKilder(refs: readonly (KildeRef | undefined | null)[]): KildeRef[] {
  const sett = new Map<string, KildeRef>();
  for (const r of refs) if (r) sett.set(`${r.dokument ?? ''}|${r.linjer?.join('-') ?? ''}|${r.url ?? ''}`, r);
  return [...sett.values()].sort(
    (a, b) =>
      Number(!a.dokument) - Number(!b.dokument) ||
      compareNb(a.dokument ?? a.url ?? '', b.dokument ?? b.url ?? '') ||
      (a.linjer?.[0] ?? 0) - (b.linjer?.[0] ?? 0) ||
      (a.linjer?.[1] ?? 0) - (b.linjer?.[1] ?? 0),
  );
}

/**
 * Merges overlapping or adjacent line ranges per document, so a page citing forty tiltak of one
 * plan lists the document once with a few ranges instead of forty lines. Web addresses kept as they are.
 */
export function samleKilder(refs: readonly (KildeRef | undefined | null)[]): KildeRef[] {
  const unike = unikeKilder(refs);
  const ut: KildeRef[] = [];
  for (const r of unike) {
    const forrige = ut.at(-1);
    if (forrige && r.dokument && forrige.dokument === r.dokument) {
      if (!r.linjer) continue;
      if (!forrige.linjer) {
        ut[ut.length - 1] = r;
        continue;
      }
      if (r.linjer[0] <= forrige.linjer[1] + 1) {
        forrige.linjer = [forrige.linjer[0], Math.max(forrige.linjer[1], r.linjer[1])];
        continue;
      }
    }
    ut.push(r.linjer ? { ...r, linjer: [r.linjer[0], r.linjer[1]] } : { ...r });
  }
  return ut;
}

export interface Folketall {
  antall: number;
  /** The year(s) the figures are for (1 January). */
  aar: number[];
  kilder: KildeRef[];
}

/** Population of a pilot: the sum over its kommuner, with the year(s) and sources of the figures. */
export function pilotFolketall(c: Collections, pilotId: string): Folketall | null {
  return folketall(ix(c).kommunerByPilot.get(pilotId) ?? []);
}

/** Population of some kommuner together (null for none), with the year(s) and sources. */
export function folketall(ks: readonly KommuneEntry[]): Folketall | null {
  if (ks.length === 0) return null;
  return {
    antall: ks.reduce((n, k) => n + k.data.folketall.antall, 0),
    aar: [...new Set(ks.map((k) => k.data.folketall.aar))].sort(),
    kilder: unikeKilder(ks.map((k) => k.data.folketall.kilde)),
  };
}

/**
 * The text of <title>: the page title and « – Bygdevekstatlas», within `maks` characters (search
 * engines and tabs cut longer ones). A long title is cut at a word and ends with «…»; the page's
 * h1 keeps the whole title.
 */
export function sideTittel(tittel: string, suffiks = ' – Bygdevekstatlas', maks = 70): string {
  if (tittel.length + suffiks.length <= maks) return tittel + suffiks;
  const plass = maks - suffiks.length - 1;
  const kuttet = tittel.slice(0, plass + 1);
  const ord = kuttet.lastIndexOf(' ');
  const kort = (ord > plass / 2 ? kuttet.slice(0, ord) : tittel.slice(0, plass)).replace(/[\s,.:;–-]+$/, '');
  return `${kort}…${suffiks}`;
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

export interface SammenlignPilot {
  pilot: PilotEntry;
  /** The newest plan, which the figures are from; null when the pilot has none. */
  plan: PlanEntry | null;
  /** The basis of the money figures (src/lib/grunnlag.ts); null without a plan. */
  grunnlag: Grunnlag | null;
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

/**
 * A web address short enough to read in a sentence: host and path without «https://», long
 * paths cut to their last part («github.com/…/befolkning_2024.csv»). The link keeps the whole
 * address, and print shows it.
 */
export function kortUrl(url: string, maks = 48): string {
  const uten = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (uten.length <= maks) return uten;
  const deler = uten.split('/');
  const vert = deler[0];
  const siste = deler.at(-1) ?? '';
  const kort = `${vert}/…/${siste}`;
  return kort.length <= maks + 10 ? kort : `${vert}/…`;
}
