/**
 * What changed between two consecutive handlingsplaner of one pilot (pure, no Astro).
 *
 * Every tiltak of the earlier plan and of the later plan lands in exactly one entry:
 * - «videreført»: the later plan says so (`endringerFraForrige` with `videreI`), or, where it says
 *   nothing, the two tiltak have the same delmål and the same title. A change of number or title is
 *   flagged, never hidden.
 * - «slått sammen»: the later plan says the tiltak is merged into or moved to another tiltak.
 * - «avsluttet»: the later plan says the tiltak ends (avsluttes, utgår), with its reason.
 * - «falt bort»: in the earlier plan, not in the later one, and the later plan says nothing about it.
 * - «ny»: in the later plan and nothing earlier leads to it.
 *
 * Money: each side is one plan's own funding lines for the tiltak, added up (`sumFunding`). Two
 * plan years are never added together; a difference is computed only where both sides state an
 * amount and one earlier tiltak goes on as one later tiltak. Merges keep both sides' amounts
 * apart, since splitting them would invent a number the plans never state.
 *
 * When the earlier plan is not in the content, the later plan's statements about it are returned
 * as one-sided history (`ensidig: true`): what the plan says, never a computed difference.
 */
import type { KildeRef } from '../../schemas/common.ts';
import { FINANSIERINGSKILDER, type Finansieringskilde, type TiltakStatus } from '../../schemas/vocabulary.ts';
import { isBygdevekstmidler, statedAmount, sumFunding, type TiltakEntry } from '../money/index.ts';
import { compareNb } from '../format.ts';
import type { Collections } from '../loading/index.ts';
import { matcherTiltak, nrForm } from './tiltakNr.ts';

type PlanEntry = Collections['handlingsplaner'][number];

export const ENDRING_TYPER = [
  { id: 'videreført', navn: 'Videreført' },
  { id: 'slått-sammen', navn: 'Slått sammen eller overført' },
  { id: 'avsluttet', navn: 'Avsluttet eller utgått' },
  { id: 'falt-bort', navn: 'Falt bort uten forklaring' },
  { id: 'ny', navn: 'Nytt tiltak' },
] as const;
export type EndringType = (typeof ENDRING_TYPER)[number]['id'];

/** How a continued tiltak was matched. */
export type Kobling = 'oppgitt' | 'delmal-og-tittel';

/** A change in money between the two plans. */
export interface Belopsendring {
  /** Stated in the earlier plan; null when it states no amount. */
  for: number | null;
  /** Stated in the later plan; null when it states no amount. */
  etter: number | null;
  /** `etter − for`; null unless both are stated and the two sides are comparable. */
  kroner: number | null;
  /** The change in per cent of `for`, one decimal; null when `kroner` is null or `for` is 0. */
  prosent: number | null;
}

/** One side of an entry: a tiltak as one plan has it. */
export interface TiltakSide {
  /** Tiltak id; null when the plan is not in the content and only the later plan's words are known. */
  id: string | null;
  plan: string | null;
  aar: number | null;
  delmal: string | null;
  delmalNr: number | null;
  nr: string;
  tittel: string;
  /** All the tiltak's stated amounts in this plan; null = ikke oppgitt. */
  belop: number | null;
  bygdevekstmidler: number | null;
  /** Where the tiltak is described, or where the later plan speaks of it. */
  kilde: KildeRef;
}

/** What the later plan itself says about an earlier tiltak. */
export interface Oppgitt {
  status: TiltakStatus;
  statusTekst: string;
  begrunnelse: string;
  kilde: KildeRef;
}

export interface TiltakEndring {
  /** Stable key from content ids (for anchors and exports), never from position. */
  id: string;
  type: EndringType;
  /** For «videreført»: how the two were matched. */
  kobling: Kobling | null;
  for: TiltakSide | null;
  /** The later tiltak; several when the plan continues or merges one tiltak into several. */
  etter: TiltakSide[];
  nrEndret: boolean;
  tittelEndret: boolean;
  oppgitt: Oppgitt | null;
  /** Money before and after: all sources. */
  belop: Belopsendring;
  /** Money before and after: bygdevekstmidler only. */
  bygdevekstmidler: Belopsendring;
}

export interface GruppeEndring {
  /** Delmål id, or funding source id; null for cross-cutting tiltak. */
  id: string | null;
  nr: number | null;
  navn: string;
  belop: Belopsendring;
}

export interface PlanPar {
  pilot: string;
  /** The earlier plan; null when it is not in the content (then `ensidig`). */
  fra: { plan: string; aar: number } | null;
  til: { plan: string; aar: number };
  /** True when only the later plan's own statements are known: nothing is computed. */
  ensidig: boolean;
  tiltak: TiltakEndring[];
  antall: Record<EndringType, number>;
  /** Per delmål of either plan (by number), cross-cutting last; empty when one-sided. */
  perDelmal: GruppeEndring[];
  /** Per funding source, in the vocabulary's order, only sources either plan uses. */
  perKilde: GruppeEndring[];
  /** Both plans' sums of the tiltak; null when one-sided. */
  total: Belopsendring | null;
}

const STATUS_SAMMEN: readonly TiltakStatus[] = ['slas-sammen', 'overfores'];
const STATUS_SLUTT: readonly TiltakStatus[] = ['avsluttes', 'utgar'];

/** A difference with its per cent, or nulls when either side is unknown. */
export function belopsendring(fra: number | null, til: number | null, sammenlignbar = true): Belopsendring {
  if (!sammenlignbar || fra === null || til === null)
    return { for: fra, etter: til, kroner: null, prosent: null };
  const kroner = til - fra;
  return {
    for: fra,
    etter: til,
    kroner,
    prosent: fra === 0 ? null : Math.round((kroner / fra) * 1000) / 10,
  };
}

const normalTittel = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');

function plansOf(c: Collections, pilotId: string): PlanEntry[] {
  return c.handlingsplaner
    .filter((h) => h.data.pilot === pilotId)
    .sort((a, b) => a.data.aar - b.data.aar || compareNb(a.id, b.id));
}

/** Every year pair the site can show: each plan with the plan before it, or with its own statements. */
export function planPar(c: Collections): { pilot: string; fra: PlanEntry | null; til: PlanEntry }[] {
  return [...c.piloter]
    .sort((a, b) => compareNb(a.id, b.id))
    .flatMap((p) =>
      plansOf(c, p.id).flatMap((til, i, all) => {
        const fra = i > 0 ? all[i - 1] : null;
        return fra || til.data.endringerFraForrige.length > 0 ? [{ pilot: p.id, fra, til }] : [];
      }),
    );
}

/** The pair that ends in `planId`, or null when the plan has no earlier plan and states nothing. */
export function planEndring(c: Collections, planId: string): PlanPar | null {
  const par = planPar(c).find((p) => p.til.id === planId);
  return par ? sammenlign(c, par.fra, par.til) : null;
}

/** The pair that ends in the plan of `aar` for `pilotId`. */
export function planEndringForAar(c: Collections, pilotId: string, aar: number): PlanPar | null {
  const par = planPar(c).find((p) => p.pilot === pilotId && p.til.data.aar === aar);
  return par ? sammenlign(c, par.fra, par.til) : null;
}

const alleEndringerMemo = new WeakMap<Collections, PlanPar[]>();

/**
 * Every pair's changes, pilots by id, years ascending. Computed once per collections: every feed
 * and export asks for all of them, and comparing every plan pair is the costly part.
 */
export function alleEndringer(c: Collections): PlanPar[] {
  let all = alleEndringerMemo.get(c);
  if (!all) alleEndringerMemo.set(c, (all = planPar(c).map((p) => sammenlign(c, p.fra, p.til))));
  return all;
}

/** Compares two plans of one pilot (the earlier may be null: one-sided history). */
export function sammenlign(c: Collections, fra: PlanEntry | null, til: PlanEntry): PlanPar {
  const delmalById = new Map(c.delmal.map((d) => [d.id, d.data]));
  const dnr = (t: TiltakEntry) => (t.data.delmal ? (delmalById.get(t.data.delmal)?.nr ?? null) : null);
  const side = (t: TiltakEntry, plan: PlanEntry): TiltakSide => ({
    id: t.id,
    plan: plan.id,
    aar: plan.data.aar,
    delmal: t.data.delmal,
    delmalNr: dnr(t),
    nr: t.data.nr,
    tittel: t.data.tittel,
    belop: statedAmount(sumFunding([t])),
    bygdevekstmidler: statedAmount(sumFunding([t], isBygdevekstmidler)),
    kilde: t.data.kilde,
  });
  const tidligere = fra ? c.tiltak.filter((t) => t.data.plan === fra.id) : [];
  const senere = c.tiltak.filter((t) => t.data.plan === til.id);
  const senereById = new Map(senere.map((t) => [t.id, t]));
  const brukteFor = new Set<string>();
  /** Later tiltak that continue an earlier one (a merge target may still continue its own predecessor). */
  const brukteEtter = new Set<string>();
  /** Later tiltak something earlier leads to: not new. */
  const naadd = new Set<string>();
  const entries: TiltakEndring[] = [];

  // 1. What the later plan states about the earlier plan's tiltak.
  for (const e of til.data.endringerFraForrige) {
    const forTiltak = tidligere.find((t) => !brukteFor.has(t.id) && matcherTiltak(e, t.data, dnr(t)));
    const etter = e.videreI.map((id) => senereById.get(id)).filter((t): t is TiltakEntry => t !== undefined);
    let type: EndringType | null = null;
    if (STATUS_SAMMEN.includes(e.status)) type = 'slått-sammen';
    else if (STATUS_SLUTT.includes(e.status) && etter.length === 0) type = 'avsluttet';
    else if (etter.length > 0) type = 'videreført';
    if (type === null) continue; // says nothing we can place: matched by delmål and title below
    if (forTiltak) brukteFor.add(forTiltak.id);
    for (const t of etter) {
      naadd.add(t.id);
      if (type === 'videreført') brukteEtter.add(t.id);
    }
    const forSide: TiltakSide = forTiltak
      ? side(forTiltak, fra!)
      : {
          id: null,
          plan: fra?.id ?? null,
          aar: fra?.data.aar ?? null,
          delmal: null,
          delmalNr: e.delmal,
          nr: e.nr,
          tittel: e.tittel,
          belop: null,
          bygdevekstmidler: null,
          kilde: e.kilde,
        };
    const etterSider = etter.map((t) => side(t, til));
    entries.push({
      id: `${til.id}:${forTiltak?.id ?? `oppgitt-d${e.delmal ?? 't'}-${e.nr}`}`,
      type,
      kobling: type === 'videreført' ? 'oppgitt' : null,
      for: forSide,
      etter: etterSider,
      nrEndret:
        etterSider.length === 1 &&
        nrForm(etterSider[0].nr, etterSider[0].delmalNr) !== nrForm(e.nr, e.delmal),
      tittelEndret:
        etterSider.length === 1 && normalTittel(etterSider[0].tittel) !== normalTittel(forSide.tittel),
      oppgitt: { status: e.status, statusTekst: e.statusTekst, begrunnelse: e.begrunnelse, kilde: e.kilde },
      belop: belopsendring(forSide.belop, null, false),
      bygdevekstmidler: belopsendring(forSide.bygdevekstmidler, null, false),
    });
  }

  // 2. Unstated pairs: same delmål, same title.
  if (fra) {
    for (const t of tidligere) {
      if (brukteFor.has(t.id)) continue;
      const match = senere.find(
        (s) =>
          !brukteEtter.has(s.id) &&
          s.data.delmal === t.data.delmal &&
          normalTittel(s.data.tittel) === normalTittel(t.data.tittel),
      );
      if (!match) continue;
      brukteFor.add(t.id);
      brukteEtter.add(match.id);
      naadd.add(match.id);
      const a = side(t, fra);
      const b = side(match, til);
      entries.push({
        id: `${til.id}:${t.id}`,
        type: 'videreført',
        kobling: 'delmal-og-tittel',
        for: a,
        etter: [b],
        nrEndret: nrForm(a.nr, a.delmalNr) !== nrForm(b.nr, b.delmalNr),
        tittelEndret: false,
        oppgitt: null,
        belop: belopsendring(null, null),
        bygdevekstmidler: belopsendring(null, null),
      });
    }
    // 3. The rest of the earlier plan fell away without a word.
    for (const t of tidligere.filter((x) => !brukteFor.has(x.id))) {
      const a = side(t, fra);
      entries.push({
        id: `${til.id}:${t.id}`,
        type: 'falt-bort',
        kobling: null,
        for: a,
        etter: [],
        nrEndret: false,
        tittelEndret: false,
        oppgitt: null,
        belop: belopsendring(a.belop, null, false),
        bygdevekstmidler: belopsendring(a.bygdevekstmidler, null, false),
      });
    }
  }

  // 4. What nothing earlier leads to is new. Without the earlier plan only the plan's own «ny» counts.
  for (const t of senere.filter((x) => !naadd.has(x.id) && (fra !== null || x.data.status === 'ny'))) {
    const b = side(t, til);
    entries.push({
      id: `${til.id}:${t.id}`,
      type: 'ny',
      kobling: null,
      for: null,
      etter: [b],
      nrEndret: false,
      tittelEndret: false,
      oppgitt: null,
      belop: belopsendring(null, b.belop, false),
      bygdevekstmidler: belopsendring(null, b.bygdevekstmidler, false),
    });
  }

  // Money for continued tiltak: only one earlier tiltak going on as one later tiltak is comparable.
  const innIEtter = new Map<string, number>();
  for (const e of entries)
    if (e.type === 'videreført' || e.type === 'slått-sammen')
      for (const s of e.etter) if (s.id) innIEtter.set(s.id, (innIEtter.get(s.id) ?? 0) + 1);
  for (const e of entries) {
    if (e.type !== 'videreført' && e.type !== 'slått-sammen') continue;
    const etterSum = (f: (s: TiltakSide) => number | null) => {
      const vals = e.etter.map(f);
      return vals.length === 0 || vals.every((v) => v === null)
        ? null
        : vals.reduce<number>((n, v) => n + (v ?? 0), 0);
    };
    const enTilEn =
      fra !== null &&
      e.type === 'videreført' &&
      e.for?.id != null &&
      e.etter.length === 1 &&
      innIEtter.get(e.etter[0].id!) === 1;
    e.belop = belopsendring(
      e.for?.belop ?? null,
      etterSum((s) => s.belop),
      enTilEn,
    );
    e.bygdevekstmidler = belopsendring(
      e.for?.bygdevekstmidler ?? null,
      etterSum((s) => s.bygdevekstmidler),
      enTilEn,
    );
  }

  const orden = new Map(ENDRING_TYPER.map((t, i) => [t.id, i]));
  const key = (e: TiltakEndring) => e.for ?? e.etter[0];
  entries.sort(
    (a, b) =>
      orden.get(a.type)! - orden.get(b.type)! ||
      (key(a).delmalNr ?? Infinity) - (key(b).delmalNr ?? Infinity) ||
      nrCollator.compare(key(a).nr, key(b).nr) ||
      compareNb(a.id, b.id),
  );

  const antall = Object.fromEntries(ENDRING_TYPER.map((t) => [t.id, 0])) as Record<EndringType, number>;
  for (const e of entries) antall[e.type] += 1;

  return {
    pilot: til.data.pilot,
    fra: fra ? { plan: fra.id, aar: fra.data.aar } : null,
    til: { plan: til.id, aar: til.data.aar },
    ensidig: fra === null,
    tiltak: entries,
    antall,
    perDelmal: fra ? perDelmalEndring(c, tidligere, senere) : [],
    perKilde: fra ? perKildeEndring(tidligere, senere) : [],
    total: fra ? belopsendring(statedAmount(sumFunding(tidligere)), statedAmount(sumFunding(senere))) : null,
  };
}

const nrCollator = new Intl.Collator('nb', { numeric: true });

function perDelmalEndring(
  c: Pick<Collections, 'delmal'>,
  fra: readonly TiltakEntry[],
  til: readonly TiltakEntry[],
): GruppeEndring[] {
  const delmal = new Map(c.delmal.map((d) => [d.id, d.data]));
  const ids = [...new Set([...fra, ...til].map((t) => t.data.delmal))];
  const nr = (id: string | null) => (id === null ? null : (delmal.get(id)?.nr ?? null));
  ids.sort((a, b) => (nr(a) ?? Infinity) - (nr(b) ?? Infinity) || compareNb(a ?? '', b ?? ''));
  return ids.map((id) => {
    const d = id === null ? undefined : delmal.get(id);
    return {
      id,
      nr: nr(id),
      navn:
        id === null ? 'Tverrgående tiltak' : `Delmål ${d?.nr ?? '?'}: ${d?.kortTittel ?? d?.tittel ?? id}`,
      belop: belopsendring(
        statedAmount(sumFunding(fra.filter((t) => t.data.delmal === id))),
        statedAmount(sumFunding(til.filter((t) => t.data.delmal === id))),
      ),
    };
  });
}

function perKildeEndring(fra: readonly TiltakEntry[], til: readonly TiltakEntry[]): GruppeEndring[] {
  const brukt = new Set([...fra, ...til].flatMap((t) => t.data.finansiering.map((l) => l.kilde)));
  return FINANSIERINGSKILDER.filter((k) => brukt.has(k.id)).map((k) => {
    const f = (l: { kilde: Finansieringskilde }) => l.kilde === k.id;
    return {
      id: k.id,
      nr: null,
      navn: k.navn,
      belop: belopsendring(statedAmount(sumFunding(fra, f)), statedAmount(sumFunding(til, f))),
    };
  });
}
