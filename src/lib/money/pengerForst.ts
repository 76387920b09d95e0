/**
 * «Money first» for citizens: what a pilot does in its newest plan, what it costs and for which
 * year, before any facts or source lists (pure). Computed sums and the plan's own stated totals
 * are kept apart and labelled as such. Gaps in the numbering (Rindal og Holtålen 2025 has no 1.3
 * or 1.6) are explained from the plan's own notes on what happened to the previous plan's tiltak.
 */
import {
  tiltakKommuner,
  planerForPilot,
  tiltakGruppert,
  type Endring,
  type TiltakEntry,
} from '../model/index.ts';
import type { KildeRef } from '../../schemas/common.ts';
import { TILTAK_STATUSER, navnFor } from '../../schemas/vocabulary.ts';
import { statedFundingSplit } from './budget.ts';
import { tiltakBelop } from './belopOmfang.ts';
import type { Collections } from '../loading/index.ts';
import { formatKroner } from '../format.ts';
import { urlFor } from '../urls.ts';
import { summer, sumVerdi } from './funders.ts';

export interface TiltakKort {
  id: string;
  href: string;
  nr: string;
  tittel: string;
  status: string;
  alle: number | null;
  bygdevekstmidler: number | null;
}

/** A number the plan does not use under a delmål, and what the plan says became of that tiltak. */
export interface Nummerhull {
  /** The number as this plan would print it (e.g. «1.3»). */
  nr: string;
  /** What the previous plan's tiltak with that number was, and what became of it; null when the plan does not say. */
  forklaring: {
    tittel: string;
    status: string;
    statusTekst: string;
    begrunnelse: string;
    videreI: { href: string; nr: string; tittel: string }[];
    kilde: KildeRef;
  } | null;
}

export interface PengerGruppe {
  delmal: { nr: number; tittel: string; href: string } | null;
  tiltak: TiltakKort[];
  hull: Nummerhull[];
}

export interface PengerForst {
  pilot: { id: string; navn: string; href: string };
  /** The newest plan; null when we have none for the pilot. */
  plan: { id: string; aar: number; href: string; kilde: KildeRef } | null;
  /** Years of the earlier plans, for «see also». */
  tidligereAar: number[];
  antallTiltak: number;
  /** Summed by Bygdevekstatlas from each tiltak's funding lines. */
  beregnet: { alle: number | null; bygdevekstmidler: number | null; tiltakUtenBelop: number };
  /** The plan's own tables that state a total per source, as printed. */
  oppgitt: {
    tittel: string;
    aar: number | null;
    total: number | null;
    bygdevekstmidler: number | null;
    kilde: KildeRef;
    /** «Oppgitt i planen, tabellen «…»: 1 000 kr i alt, 500 kr i bygdevekstmidler» */
    tekst: string;
  }[];
  /** How the computed sums were made, and how many tiltak state no amount. */
  beregnetTekst: string;
  /** Whether a table's stated total differs from the sum of the tiltak (the page then points to the findings). */
  oppgittAvviker: boolean;
  grupper: PengerGruppe[];
  /** For a pilot without a plan: the budget facts the sources state about it. */
  budsjettfakta: { gjelder: string; belopTekst: string; aarTekst: string; kilde: KildeRef }[];
}

const lokaltNr = (nr: string): number | null => {
  const m = /(\d+)\s*$/.exec(nr);
  return m ? Number(m[1]) : null;
};

function kort(t: TiltakEntry): TiltakKort {
  const b = tiltakBelop(t);
  return {
    id: t.id,
    href: urlFor.tiltak(t.id),
    nr: t.data.nr,
    tittel: t.data.tittel,
    status: navnFor(TILTAK_STATUSER, t.data.status),
    alle: b.alle,
    bygdevekstmidler: b.bygdevekstmidler,
  };
}

/**
 * Numbers missing under one delmål: those the previous plan had and this plan does not use
 * (explained by the plan's note on that tiltak), and holes below the highest number in use
 * that no note explains.
 */
export function nummerhull(
  c: Pick<Collections, 'tiltak'>,
  tiltak: readonly TiltakEntry[],
  delmalNr: number | null,
  endringer: readonly Endring[],
): Nummerhull[] {
  const brukt = new Set(tiltak.map((t) => lokaltNr(t.data.nr)).filter((n): n is number => n !== null));
  const medPunktum = tiltak.some((t) => t.data.nr.includes('.'));
  const prefiks = delmalNr === null ? 'T' : medPunktum ? `${delmalNr}.` : '';
  const notater = endringer.filter((e) => e.delmal === delmalNr);
  const tiltakMap = new Map(c.tiltak.map((t) => [t.id, t]));
  const hull = new Map<number, Nummerhull>();
  for (const e of notater) {
    const n = lokaltNr(e.nr);
    if (n === null || brukt.has(n)) continue;
    hull.set(n, {
      nr: `${prefiks}${n}`,
      forklaring: {
        tittel: e.tittel,
        status: navnFor(TILTAK_STATUSER, e.status),
        statusTekst: e.statusTekst,
        begrunnelse: e.begrunnelse,
        videreI: e.videreI.flatMap((id) => {
          const t = tiltakMap.get(id);
          return t ? [{ href: urlFor.tiltak(id), nr: t.data.nr, tittel: t.data.tittel }] : [];
        }),
        kilde: e.kilde,
      },
    });
  }
  const hoyest = Math.max(0, ...brukt);
  for (let n = 1; n < hoyest; n++)
    if (!brukt.has(n) && !hull.has(n)) hull.set(n, { nr: `${prefiks}${n}`, forklaring: null });
  return [...hull.entries()].sort(([a], [b]) => a - b).map(([, h]) => h);
}

/** With `kommuneId`, the listed tiltak are those for that kommune (src/lib/model/kommuneTiltak.ts); totals stay the pilot's. */
export function pengerForst(c: Collections, pilotId: string, kommuneId?: string): PengerForst {
  const pilot = c.piloter.find((p) => p.id === pilotId)!;
  const planer = planerForPilot(c, pilotId);
  const plan = planer.at(-1) ?? null;
  const tiltak = plan ? c.tiltak.filter((t) => t.data.plan === plan.id) : [];
  const belop = tiltak.map((t) => tiltakBelop(t));
  const sum = (xs: (number | null)[]) =>
    sumVerdi(summer(xs.filter((x) => x !== null).map((belop) => ({ belop }))));
  const endringer = plan?.data.endringerFraForrige ?? [];
  const beregnetAlle = sum(belop.map((b) => b.alle));
  const tiltakUtenBelop = belop.filter((b) => b.alle === null).length;
  const oppgitt = plan
    ? statedFundingSplit(plan).map((s) => {
        const bygdevekstmidler = s.kilder.find((k) => k.kilde === 'bygdevekstmidler')?.belop ?? null;
        return {
          tittel: s.tittel,
          aar: s.aar,
          total: s.total,
          bygdevekstmidler,
          kilde: s.kilde,
          tekst:
            `Oppgitt i planen, tabellen «${s.tittel}»: ${formatKroner(s.total)} i alt` +
            (bygdevekstmidler !== null ? `, ${formatKroner(bygdevekstmidler)} i bygdevekstmidler` : ''),
        };
      })
    : [];
  return {
    pilot: { id: pilot.id, navn: pilot.data.navn, href: urlFor.pilot(pilot.id) },
    plan: plan
      ? { id: plan.id, aar: plan.data.aar, href: urlFor.plan(plan.id), kilde: plan.data.kilde }
      : null,
    tidligereAar: planer.slice(0, -1).map((p) => p.data.aar),
    antallTiltak: tiltak.length,
    beregnet: {
      alle: beregnetAlle,
      bygdevekstmidler: sum(belop.map((b) => b.bygdevekstmidler)),
      tiltakUtenBelop,
    },
    oppgitt,
    beregnetTekst:
      'Summene er regnet ut av Bygdevekstatlas fra beløpet ved hvert tiltak' +
      (tiltakUtenBelop > 0 ? `; ${tiltakUtenBelop} tiltak oppgir ikke noe beløp og er ikke med.` : '.'),
    oppgittAvviker: oppgitt.some((o) => o.total !== null && o.total !== beregnetAlle),
    grupper: plan
      ? tiltakGruppert(c, plan.id)
          .map((g) => ({
            delmal: g.delmal
              ? {
                  nr: g.delmal.data.nr,
                  tittel: g.delmal.data.kortTittel ?? g.delmal.data.tittel,
                  href: urlFor.delmal(g.delmal.id),
                }
              : null,
            tiltak: g.tiltak
              .filter((t) => kommuneId === undefined || tiltakKommuner(c, t).includes(kommuneId))
              .map(kort),
            hull: nummerhull(c, g.tiltak, g.delmal ? g.delmal.data.nr : null, endringer),
          }))
          .filter((g) => g.tiltak.length > 0 || g.hull.length > 0)
      : [],
    budsjettfakta: plan
      ? []
      : pilot.data.budsjettfakta.map((b) => ({
          gjelder: b.gjelder.replace(/\.$/, ''),
          belopTekst: b.belopTekst,
          aarTekst: b.aarTekst,
          kilde: b.kilde,
        })),
  };
}
