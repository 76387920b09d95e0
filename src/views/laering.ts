/**
 * Views for learning across pilots and initiatives (pure, no Astro): the /laering/ hub, a lesson's
 * page, the initiatives and their pages, and what theme and tiltak pages show about lessons.
 * Pages call one of these and render what it returns.
 *
 * The kommuner of an initiative are plain names unless they are also pilot kommuner; nothing here
 * ever adds them to a pilot's kommuner, totals or per-innbygger figures.
 */
import type { KildeRef } from '../schemas/common.ts';
import type { Laering } from '../schemas/laering.ts';
import { INITIATIV_SLAG, LAERING_SLAG, navnFor, type LaeringSlag } from '../schemas/vocabulary.ts';
import type { Collections } from '../lib/loading/index.ts';
import { compareNb } from '../lib/format.ts';
import { urlFor } from '../lib/urls.ts';
import {
  diamanterFor,
  diamantRadar,
  runderI,
  type DiamantRadar,
  type DiamantKommune,
  laeringerForInitiativ,
  laeringInitiativer,
  laertAvNavn,
} from '../lib/learning/index.ts';
import { dokumentTitler, findInitiativAvvik, type InitiativAvvik } from '../lib/checks/index.ts';
import { samleKilder } from '../lib/model/index.ts';
import { avvikNote } from './avvikNote.ts';
import type { Site } from './site.ts';

export { laeringerForInitiativ, laeringInitiativer, laertAvNavn };

type LaeringEntry = Collections['laering'][number];

export interface Lenke {
  id: string;
  navn: string;
  href: string;
}

/** Where «who learned it» links: the pilot, the pilot kommune or the initiative. */
function laertAvLenke(c: Collections, l: Laering['laertAv']): Lenke {
  const n = laertAvNavn(c, l);
  if (l.kommune) return { id: l.kommune, navn: n.navn, href: urlFor.kommune(l.kommune) };
  if (l.pilot && !l.kommuneNavn) return { id: l.pilot, navn: n.navn, href: urlFor.pilot(l.pilot) };
  const id = l.initiativ ?? '';
  return { id, navn: n.navn, href: urlFor.initiativ(id) };
}

/** A lesson as a card in lists: enough to show and to filter, with its links. */
export interface LaeringKort {
  id: string;
  href: string;
  pastand: string;
  slag: LaeringSlag;
  slagNavn: string;
  laertAv: Lenke;
  mottaker: string | null;
  /** Ids of the initiatives it concerns (for filters). */
  initiativer: string[];
  /** Pilot that learned it, if any (for filters and grouping). */
  pilot: string | null;
  /** The source document's id (for filters). */
  dokument: string | null;
  tema: Lenke[];
  tiltak: Lenke[];
  kilde: KildeRef;
}

function tiltakLenke(c: Collections, id: string): Lenke {
  const t = c.tiltak.find((x) => x.id === id);
  const plan = t ? c.handlingsplaner.find((h) => h.id === t.data.plan) : undefined;
  const pilot = plan ? c.piloter.find((p) => p.id === plan.data.pilot)?.data.navn : undefined;
  const navn = t ? `${t.data.tittel}${pilot && plan ? ` (${pilot}, ${plan.data.aar})` : ''}` : id;
  return { id, navn, href: urlFor.tiltak(id) };
}

const temaRekkefolge = (c: Collections) => new Map(c.tema.map((t) => [t.id, t.data.rekkefolge]));

export function laeringKort(c: Collections, l: LaeringEntry): LaeringKort {
  const rekkefolge = temaRekkefolge(c);
  return {
    id: l.id,
    href: urlFor.laering(l.id),
    pastand: l.data.pastand,
    slag: l.data.slag,
    slagNavn: navnFor(LAERING_SLAG, l.data.slag),
    laertAv: laertAvLenke(c, l.data.laertAv),
    mottaker: l.data.mottaker?.tekst ?? null,
    initiativer: laeringInitiativer(l.data),
    pilot: l.data.laertAv.pilot ?? null,
    dokument: l.data.kilde.dokument ?? null,
    tema: [...l.data.tema]
      .sort((a, b) => (rekkefolge.get(a) ?? 0) - (rekkefolge.get(b) ?? 0))
      .map((id) => ({ id, navn: c.tema.find((t) => t.id === id)?.data.navn ?? id, href: urlFor.tema(id) })),
    tiltak: l.data.tiltak.map((id) => tiltakLenke(c, id)),
    kilde: l.data.kilde,
  };
}

/** Lessons in a stable order: by kind in the vocabulary's order, then id. */
function sortKort(a: LaeringKort, b: LaeringKort): number {
  const orden = (s: LaeringSlag) => LAERING_SLAG.findIndex((x) => x.id === s);
  return orden(a.slag) - orden(b.slag) || compareNb(a.id, b.id);
}

export interface FilterValg {
  id: string;
  navn: string;
  antall: number;
}

export interface LaeringHub {
  antall: number;
  antallAnbefalinger: number;
  /** Themes in their order, each with its lessons; a lesson with several themes is under each. */
  temaer: { id: string; navn: string; href: string; laerdommer: LaeringKort[] }[];
  filtre: { initiativer: FilterValg[]; kilder: FilterValg[]; slag: FilterValg[]; piloter: FilterValg[] };
}

/** Everything /laering/ shows: lessons by theme, and the values its filters offer (with counts). */
export function laeringHub(c: Collections): LaeringHub {
  const kort = c.laering.map((l) => laeringKort(c, l)).sort(sortKort);
  const temaer = [...c.tema]
    .sort((a, b) => a.data.rekkefolge - b.data.rekkefolge)
    .map((t) => ({
      id: t.id,
      navn: t.data.navn,
      href: urlFor.tema(t.id),
      laerdommer: kort.filter((k) => k.tema.some((x) => x.id === t.id)),
    }))
    .filter((t) => t.laerdommer.length > 0);
  const telle = (pred: (k: LaeringKort) => boolean) => kort.filter(pred).length;
  return {
    antall: kort.length,
    antallAnbefalinger: telle((k) => k.slag === 'anbefaling'),
    temaer,
    filtre: {
      initiativer: [...c.initiativer]
        .sort((a, b) => a.data.rekkefolge - b.data.rekkefolge)
        .map((i) => ({ id: i.id, navn: i.data.navn, antall: telle((k) => k.initiativer.includes(i.id)) }))
        .filter((v) => v.antall > 0),
      piloter: [...c.piloter]
        .sort((a, b) => compareNb(a.data.navn, b.data.navn))
        .map((p) => ({ id: p.id, navn: p.data.navn, antall: telle((k) => k.pilot === p.id) }))
        .filter((v) => v.antall > 0),
      kilder: [...c.kilder]
        .sort((a, b) => compareNb(a.data.tittel, b.data.tittel))
        .map((d) => ({ id: d.id, navn: d.data.tittel, antall: telle((k) => k.dokument === d.id) }))
        .filter((v) => v.antall > 0),
      slag: LAERING_SLAG.map((s) => ({
        id: s.id,
        navn: s.navn,
        antall: telle((k) => k.slag === s.id),
      })).filter((v) => v.antall > 0),
    },
  };
}

export interface LaeringSide extends LaeringKort {
  belegg: { tekst: string; kilde: KildeRef }[];
  /** The initiatives it concerns, as links (who learned it first). */
  initiativLenker: Lenke[];
  /** Every source reference on the page, for the source list. */
  kilder: KildeRef[];
}

/** A lesson's own page. */
export function laeringSide(c: Collections, id: string): LaeringSide {
  const l = c.laering.find((x) => x.id === id);
  if (!l) throw new Error(`Lærdommen «${id}» finnes ikke i innholdet`);
  const kort = laeringKort(c, l);
  return {
    ...kort,
    belegg: l.data.belegg,
    initiativLenker: kort.initiativer.map((i) => ({
      id: i,
      navn: c.initiativer.find((x) => x.id === i)?.data.navn ?? i,
      href: urlFor.initiativ(i),
    })),
    kilder: [l.data.kilde, ...l.data.belegg.map((b) => b.kilde)],
  };
}

// --- Initiatives

export interface InitiativRad {
  id: string;
  href: string;
  navn: string;
  beskrivelse: string;
  slagNavn: string;
  eier: string;
  /** «2020–2022», «fra 2020», the stated text, or null. */
  periode: string | null;
  antallKommuner: number;
  antallLaerdommer: number;
  delAv: Lenke | null;
}

export function periodeVisning(p: {
  tekst: string | null;
  fra: number | null;
  til: number | null;
}): string | null {
  if (p.fra !== null && p.til !== null) return p.fra === p.til ? String(p.fra) : `${p.fra}–${p.til}`;
  if (p.fra !== null) return `fra ${p.fra}`;
  if (p.til !== null) return `til ${p.til}`;
  return p.tekst;
}

type InitiativEntry = Collections['initiativer'][number];

function initiativRad(c: Collections, i: InitiativEntry): InitiativRad {
  const del = i.data.delAv ? c.initiativer.find((x) => x.id === i.data.delAv) : undefined;
  return {
    id: i.id,
    href: urlFor.initiativ(i.id),
    navn: i.data.navn,
    beskrivelse: i.data.beskrivelse,
    slagNavn: navnFor(INITIATIV_SLAG, i.data.slag),
    eier: i.data.eier.tekst,
    periode: periodeVisning(i.data.periode),
    antallKommuner: i.data.kommuner.length,
    antallLaerdommer: laeringerForInitiativ(c, i.id).length,
    delAv: del ? { id: del.id, navn: del.data.navn, href: urlFor.initiativ(del.id) } : null,
  };
}

const etterRekkefolge = (a: InitiativEntry, b: InitiativEntry) =>
  a.data.rekkefolge - b.data.rekkefolge || compareNb(a.data.navn, b.data.navn);

/** /initiativer/: every initiative in the source's order. */
export function initiativOversikt(c: Collections): InitiativRad[] {
  return [...c.initiativer].sort(etterRekkefolge).map((i) => initiativRad(c, i));
}

export interface InitiativSide extends InitiativRad {
  andreNavn: string[];
  eierLenker: Lenke[];
  fylker: string[];
  /** Kommuner as named; `href` only for a kommune that is also a pilot kommune. */
  kommuner: { navn: string; href: string | null; pilot: Lenke | null }[];
  piloter: Lenke[];
  tema: Lenke[];
  premiss: { tekst: string; kilde: KildeRef };
  metode: { tekst: string; kilde: KildeRef };
  virker: { tekst: string; kilde: KildeRef }[];
  virkerIkke: { tekst: string; kilde: KildeRef }[];
  evaluering: { tekst: string; kilde: KildeRef }[];
  bakgrunn: { tekst: string; kilde: KildeRef }[];
  deler: Lenke[];
  laerdommer: LaeringKort[];
  diamant: {
    kommuner: DiamantKommune[];
    runder: string[];
    /** One radar chart per kommune, in the order of `kommuner`. */
    radarer: DiamantRadar[];
    avvik: InitiativAvvik[];
  } | null;
  periodeKilder: KildeRef[];
  kilde: KildeRef;
  kilder: KildeRef[];
}

/** An initiative's page, with its capacity diamond when it has one. */
export function initiativSide(c: Collections, id: string): InitiativSide {
  const i = c.initiativer.find((x) => x.id === id);
  if (!i) throw new Error(`Satsingen «${id}» finnes ikke i innholdet`);
  const d = i.data;
  const diamanter = diamanterFor(c, id);
  const kommuneLenke = (kid: string) => {
    const k = c.kommuner.find((x) => x.id === kid);
    const p = k ? c.piloter.find((x) => x.id === k.data.pilot) : undefined;
    return {
      href: urlFor.kommune(kid),
      pilot: p ? { id: p.id, navn: p.data.navn, href: urlFor.pilot(p.id) } : null,
    };
  };
  const laerdommer = laeringerForInitiativ(c, id)
    .map((l) => laeringKort(c, l))
    .sort(sortKort);
  return {
    ...initiativRad(c, i),
    andreNavn: d.andreNavn,
    eierLenker: d.eier.aktorer.map((a) => ({
      id: a,
      navn: c.aktorer.find((x) => x.id === a)?.data.navn ?? a,
      href: urlFor.aktor(a),
    })),
    fylker: d.fylker,
    kommuner: d.kommuner.map((k) =>
      k.kommune ? { navn: k.navn, ...kommuneLenke(k.kommune) } : { navn: k.navn, href: null, pilot: null },
    ),
    piloter: d.piloter
      .map((p) => ({ id: p, navn: c.piloter.find((x) => x.id === p)?.data.navn ?? p, href: urlFor.pilot(p) }))
      .sort((a, b) => compareNb(a.navn, b.navn)),
    tema: d.tema.map((t) => ({
      id: t,
      navn: c.tema.find((x) => x.id === t)?.data.navn ?? t,
      href: urlFor.tema(t),
    })),
    premiss: d.premiss,
    metode: d.metode,
    virker: d.virker,
    virkerIkke: d.virkerIkke,
    evaluering: d.evaluering,
    bakgrunn: d.bakgrunn,
    deler: c.initiativer
      .filter((x) => x.data.delAv === id)
      .sort(etterRekkefolge)
      .map((x) => ({ id: x.id, navn: x.data.navn, href: urlFor.initiativ(x.id) })),
    laerdommer,
    diamant:
      diamanter.length === 0
        ? null
        : {
            kommuner: diamanter,
            runder: runderI(diamanter),
            radarer: diamanter.map((k) => diamantRadar(k, runderI(diamanter))),
            avvik: findInitiativAvvik(c).filter((a) => a.initiativ === id),
          },
    periodeKilder: d.periode.kilder,
    kilde: d.kilde,
    kilder: [
      d.kilde,
      d.eier.kilde,
      ...d.periode.kilder,
      ...(d.kommunerKilde ? [d.kommunerKilde] : []),
      ...d.kommuner.flatMap((k) => (k.kilde ? [k.kilde] : [])),
      d.premiss.kilde,
      d.metode.kilde,
      ...[...d.virker, ...d.virkerIkke, ...d.evaluering, ...d.bakgrunn].map((x) => x.kilde),
      ...diamanter.map((x) => x.kilde),
    ],
  };
}

// --- Theme and tiltak pages

export interface TemaLaering {
  /** Lessons learned by pilots (or their kommuner) on the theme. */
  fraPiloter: LaeringKort[];
  /** Lessons learned by initiatives, and recommendations, on the theme. */
  fraSatsinger: LaeringKort[];
  /** Initiatives working on the theme. */
  initiativer: InitiativRad[];
}

/** What a theme page shows about learning, beside each pilot's tiltak and money on the theme. */
export function temaLaering(c: Collections, tema: string): TemaLaering {
  const kort = c.laering
    .filter((l) => l.data.tema.includes(tema))
    .map((l) => laeringKort(c, l))
    .sort(sortKort);
  const fraPilot = (k: LaeringKort) => k.pilot !== null || c.kommuner.some((x) => x.id === k.laertAv.id);
  return {
    fraPiloter: kort.filter(fraPilot),
    fraSatsinger: kort.filter((k) => !fraPilot(k)),
    initiativer: [...c.initiativer]
      .filter((i) => i.data.tema.includes(tema))
      .sort(etterRekkefolge)
      .map((i) => initiativRad(c, i)),
  };
}

/** The lessons that name a tiltak, for its page. */
export function tiltakLaering(c: Collections, tiltak: string): LaeringKort[] {
  return c.laering
    .filter((l) => l.data.tiltak.includes(tiltak))
    .map((l) => laeringKort(c, l))
    .sort(sortKort);
}

// --- Per-page views over the build's Site (src/views/site.ts): what each route calls.

export const laeringPaths = (site: Site) => site.c.laering.map((l) => ({ params: { id: l.id } }));
export const initiativPaths = (site: Site) => site.c.initiativer.map((i) => ({ params: { id: i.id } }));

const titler = (site: Site) => site.memo('dokumentTitler', () => dokumentTitler(site.c));

/** /laering/ */
export function laeringHubView(site: Site) {
  const hub = laeringHub(site.c);
  return {
    ...hub,
    /** The filter form's fields in order; `navn` is the URL parameter and the data attribute the client reads. */
    filterFelt: [
      { navn: 'initiativ', etikett: 'Satsing', valg: hub.filtre.initiativer, alle: 'Alle satsinger' },
      { navn: 'pilot', etikett: 'Pilot', valg: hub.filtre.piloter, alle: 'Alle piloter' },
      { navn: 'kilde', etikett: 'Kilde', valg: hub.filtre.kilder, alle: 'Alle kilder' },
      { navn: 'slag', etikett: 'Slag', valg: hub.filtre.slag, alle: 'Alle slag' },
    ],
    titler: titler(site),
  };
}
/** /laering/<id>/ */
export function laeringView(site: Site, id: string) {
  const side = laeringSide(site.c, id);
  return { ...side, kilder: samleKilder(side.kilder), titler: titler(site) };
}
/** /initiativer/ */
export const initiativListeView = (site: Site) => initiativOversikt(site.c);
/** /initiativer/<id>/ */
export function initiativView(site: Site, id: string) {
  const side = initiativSide(site.c, id);
  const t = titler(site);
  return {
    ...side,
    diamant: side.diamant && {
      ...side.diamant,
      /** The report's notes, kommune by kommune and round by round. */
      merknader: side.diamant.kommuner.flatMap((k) =>
        k.runder.flatMap((r) => r.merknader.map((tekst) => ({ kommune: k.kommune, runde: r.runde, tekst }))),
      ),
      avvikNote: avvikNote(side.diamant.avvik, t),
    },
    kilder: samleKilder(side.kilder),
    titler: t,
  };
}
export type InitiativView = ReturnType<typeof initiativView>;
