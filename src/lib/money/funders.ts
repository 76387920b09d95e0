/**
 * Money by funder: who pays for what, from the tiltak's own funding lines (pure, no Astro).
 *
 * A funding line has a kind of source (`kilde`, the columns of the plans' budget tables) and,
 * where the plan names it, the giving organisation (`giver`, an actor id). The funder of a line
 * is that actor when it is named. When the plan names only the kind, the line stays with its
 * kind («Kommunal egenandel», «Bygdevekstmidler» …): we never guess an organisation the plan
 * does not name. So every line belongs to exactly one funder row, and the rows add up.
 *
 * «Ikke oppgitt» is never zero: a line without an amount is counted, not added.
 */
import type { FundingLine, TiltakEntry } from './budget.ts';
import { compareNb } from '../format.ts';
import type { Collections } from '../loading/index.ts';
import { FINANSIERINGSKILDER, type Finansieringskilde } from '../../schemas/vocabulary.ts';

/** One funding line with the tiltak, plan and pilot it belongs to. */
export interface FinansieringsPost {
  tiltak: string;
  tittel: string;
  nr: string;
  /** Delmål number; null for cross-cutting tiltak. */
  delmal: number | null;
  pilot: string;
  plan: string;
  planAar: number;
  kilde: Finansieringskilde;
  giver: string | null;
  belop: number | null;
  /** Budget year the plan ties the amount to; null when it ties it to none. */
  aar: number | null;
  /** Lines where the plan gives the year, when elsewhere than the amount's; null otherwise. */
  aarLinjer: [number, number] | null;
  formal: string | null;
  /** The plan's document and the lines where the amount stands. */
  dokument: string;
  linjer: [number, number];
}

/** A sum of funding lines: what is stated, and how many lines name money without an amount. */
export interface LinjeSum {
  belop: number;
  linjerMedBelop: number;
  linjerUtenBelop: number;
}

/** The figure to show for a sum: null when no line in it states an amount («ikke oppgitt»). */
export const sumVerdi = (s: LinjeSum | null | undefined): number | null =>
  s && s.linjerMedBelop > 0 ? s.belop : null;

export function summer(poster: readonly { belop: number | null }[]): LinjeSum {
  const s: LinjeSum = { belop: 0, linjerMedBelop: 0, linjerUtenBelop: 0 };
  for (const p of poster) {
    if (p.belop === null) s.linjerUtenBelop += 1;
    else {
      s.belop += p.belop;
      s.linjerMedBelop += 1;
    }
  }
  return s;
}

const nrCollator = new Intl.Collator('nb', { numeric: true });

/** Every funding line of every tiltak, by pilot name, plan year, delmål and printed number. */
export function finansieringsposter(c: Collections): FinansieringsPost[] {
  const planer = new Map(c.handlingsplaner.map((h) => [h.id, h.data]));
  const delmalNr = new Map(c.delmal.map((d) => [d.id, d.data.nr]));
  const pilotNavn = new Map(c.piloter.map((p) => [p.id, p.data.navn]));
  const post = (t: TiltakEntry, l: FundingLine): FinansieringsPost => {
    const plan = planer.get(t.data.plan)!;
    return {
      tiltak: t.id,
      tittel: t.data.tittel,
      nr: t.data.nr,
      delmal: t.data.delmal ? (delmalNr.get(t.data.delmal) ?? null) : null,
      pilot: plan.pilot,
      plan: t.data.plan,
      planAar: plan.aar,
      kilde: l.kilde,
      giver: l.giver ?? null,
      belop: l.belop,
      aar: l.aar,
      aarLinjer: l.aarLinjer ?? null,
      formal: l.formal ?? null,
      dokument: plan.dokument,
      linjer: l.linjer,
    };
  };
  return c.tiltak
    .filter((t) => planer.has(t.data.plan))
    .flatMap((t) => t.data.finansiering.map((l) => post(t, l)))
    .sort(
      (a, b) =>
        compareNb(pilotNavn.get(a.pilot) ?? a.pilot, pilotNavn.get(b.pilot) ?? b.pilot) ||
        a.planAar - b.planAar ||
        (a.delmal ?? Infinity) - (b.delmal ?? Infinity) ||
        nrCollator.compare(a.nr, b.nr),
    );
}

/** Who a line's money comes from: the named actor, or the kind when the plan names no one. */
export type Finansior =
  { type: 'aktor'; id: string; navn: string } | { type: 'kilde'; id: Finansieringskilde; navn: string };

export const finansiorNokkel = (p: Pick<FinansieringsPost, 'giver' | 'kilde'>): string =>
  p.giver ? `aktor:${p.giver}` : `kilde:${p.kilde}`;

function finansiorFor(c: Collections, p: FinansieringsPost): Finansior {
  if (p.giver) {
    const a = c.aktorer.find((x) => x.id === p.giver);
    return { type: 'aktor', id: p.giver, navn: a?.data.navn ?? p.giver };
  }
  const k = FINANSIERINGSKILDER.find((x) => x.id === p.kilde)!;
  return {
    type: 'kilde',
    id: p.kilde,
    navn: p.kilde === 'bygdevekstmidler' ? k.navn : `${k.navn} (giver ikke navngitt)`,
  };
}

export interface TiltakFinansiering {
  tiltak: string;
  tittel: string;
  nr: string;
  pilot: string;
  plan: string;
  planAar: number;
  sum: LinjeSum;
  /** The lines behind the sum, as the plan states them. */
  poster: FinansieringsPost[];
}

export interface AktorFinansiering {
  aktor: string;
  total: LinjeSum;
  /** Per tiltak, in plan order. */
  perTiltak: TiltakFinansiering[];
  /** Per plan: pilot, plan year. */
  perPlan: { plan: string; pilot: string; planAar: number; sum: LinjeSum }[];
  /** Per budget year the plan ties the amount to; null (not tied to a year) last. */
  perAar: { aar: number | null; sum: LinjeSum }[];
  /** Per kind of source, in the vocabulary's order; only kinds the actor gives through. */
  perKilde: { kilde: Finansieringskilde; navn: string; sum: LinjeSum }[];
}

function grupper<T, K>(xs: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

/** What an actor funds, with amounts per tiltak, plan, year and kind; null when it funds nothing. */
export function aktorFinansierer(c: Collections, aktorId: string): AktorFinansiering | null {
  const poster = finansieringsposter(c).filter((p) => p.giver === aktorId);
  if (poster.length === 0) return null;
  const perTiltak = [...grupper(poster, (p) => p.tiltak).values()].map((ps) => ({
    tiltak: ps[0].tiltak,
    tittel: ps[0].tittel,
    nr: ps[0].nr,
    pilot: ps[0].pilot,
    plan: ps[0].plan,
    planAar: ps[0].planAar,
    sum: summer(ps),
    poster: ps,
  }));
  const perPlan = [...grupper(poster, (p) => p.plan).values()].map((ps) => ({
    plan: ps[0].plan,
    pilot: ps[0].pilot,
    planAar: ps[0].planAar,
    sum: summer(ps),
  }));
  const perAar = [...grupper(poster, (p) => p.aar).entries()]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .map(([aar, ps]) => ({ aar, sum: summer(ps) }));
  const perKilde = FINANSIERINGSKILDER.flatMap((k) => {
    const ps = poster.filter((p) => p.kilde === k.id);
    return ps.length > 0 ? [{ kilde: k.id, navn: k.navn as string, sum: summer(ps) }] : [];
  });
  return { aktor: aktorId, total: summer(poster), perTiltak, perPlan, perAar, perKilde };
}

/** Every actor named as a giver, with its total, largest stated total first, then by name. */
export function finansiorer(c: Collections): { aktor: string; navn: string; total: LinjeSum }[] {
  const poster = finansieringsposter(c).filter((p) => p.giver !== null);
  return [...grupper(poster, (p) => p.giver!).entries()]
    .map(([aktor, ps]) => ({
      aktor,
      navn: c.aktorer.find((a) => a.id === aktor)?.data.navn ?? aktor,
      total: summer(ps),
    }))
    .sort((a, b) => b.total.belop - a.total.belop || compareNb(a.navn, b.navn));
}

export interface PengeMatrise {
  /** Pilots with at least one funding line, by name. */
  piloter: { id: string; navn: string }[];
  /** Named funders first (largest total first), then kinds without a named giver in vocabulary order. */
  rader: { finansior: Finansior; celler: (LinjeSum | null)[]; total: LinjeSum }[];
  /** Per pilot: every line of the pilot (rows add up, as each line is in exactly one row). */
  kolonneSum: LinjeSum[];
  total: LinjeSum;
}

/** Funders against pilots: how much each funder puts into each pilot's tiltak, as the plans state. */
export function finansiorerMotPiloter(c: Collections): PengeMatrise {
  const poster = finansieringsposter(c);
  const pilotNavn = new Map(c.piloter.map((p) => [p.id, p.data.navn]));
  const piloter = [...new Set(poster.map((p) => p.pilot))]
    .map((id) => ({ id, navn: pilotNavn.get(id) ?? id }))
    .sort((a, b) => compareNb(a.navn, b.navn));
  const perFinansior = grupper(poster, finansiorNokkel);
  const rad = (ps: FinansieringsPost[]) => ({
    finansior: finansiorFor(c, ps[0]),
    celler: piloter.map((pl) => {
      const i = ps.filter((p) => p.pilot === pl.id);
      return i.length > 0 ? summer(i) : null;
    }),
    total: summer(ps),
  });
  const navngitte = [...perFinansior.entries()]
    .filter(([k]) => k.startsWith('aktor:'))
    .map(([, ps]) => rad(ps))
    .sort((a, b) => b.total.belop - a.total.belop || compareNb(a.finansior.navn, b.finansior.navn));
  const etterKilde = FINANSIERINGSKILDER.flatMap((k) => {
    const ps = perFinansior.get(`kilde:${k.id}`);
    return ps ? [rad(ps)] : [];
  });
  return {
    piloter,
    rader: [...navngitte, ...etterKilde],
    kolonneSum: piloter.map((pl) => summer(poster.filter((p) => p.pilot === pl.id))),
    total: summer(poster),
  };
}

/**
 * Kinds of source against pilots: every line under its kind, named giver or not (the budget
 * tables' own columns), so the plans' stated tables can be read beside it.
 */
export function kilderMotPiloter(c: Collections): {
  piloter: { id: string; navn: string }[];
  rader: { kilde: Finansieringskilde; navn: string; celler: (LinjeSum | null)[]; total: LinjeSum }[];
} {
  const m = finansiorerMotPiloter(c);
  const poster = finansieringsposter(c);
  return {
    piloter: m.piloter,
    rader: FINANSIERINGSKILDER.flatMap((k) => {
      const ps = poster.filter((p) => p.kilde === k.id);
      if (ps.length === 0) return [];
      return [
        {
          kilde: k.id,
          navn: k.navn as string,
          celler: m.piloter.map((pl) => {
            const i = ps.filter((p) => p.pilot === pl.id);
            return i.length > 0 ? summer(i) : null;
          }),
          total: summer(ps),
        },
      ];
    }),
  };
}
