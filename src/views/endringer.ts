/**
 * The change page of one pilot and year pair, /piloter/<pilot>/endringer/<år>/ (pure): what
 * happened to each tiltak from the previous plan, and where the money moved. Everything comes
 * from src/lib/plans/changes.ts; this only arranges it, words it, and picks the citations.
 */
import type { KildeRef } from '../schemas/common.ts';
import {
  ENDRING_TYPER,
  planEndringForAar,
  planPar,
  type Belopsendring,
  type EndringType,
  type TiltakEndring,
  type TiltakSide,
} from '../lib/plans/index.ts';
import { samleKilder, indexesFor } from '../lib/model/index.ts';
import { formatKroner, formatTall } from '../lib/format.ts';
import type { Collections } from '../lib/loading/index.ts';
import { urlFor, withBase } from '../lib/urls.ts';

/** Route params for every pair; ids and years from content, never positions. */
export function endringerPaths(c: Collections): { params: { id: string; aar: string } }[] {
  return planPar(c).map((p) => ({ params: { id: p.pilot, aar: String(p.til.data.aar) } }));
}

/** Short explanations shown above each group. */
const FORKLARING: Record<EndringType, string> = {
  videreført:
    'Tiltaket går videre i den nye planen. Enten sier planen det selv, eller tiltaket har samme delmål og samme tittel.',
  'slått-sammen': 'Planen sier at tiltaket er slått sammen med eller overført til et annet tiltak.',
  avsluttet: 'Planen sier at tiltaket avsluttes eller utgår, og hvorfor.',
  'falt-bort':
    'Tiltaket står i den forrige planen, men ikke i den nye, og den nye planen sier ikke hva som skjedde med det.',
  ny: 'Tiltaket står i den nye planen, og ingenting i den forrige planen leder til det.',
};

/** Rows per kind of change on a change page. */
export const ENDRINGER_I_GRUPPE = 100;

export function endringerView(c: Collections, pilotId: string, aar: number) {
  const par = planEndringForAar(c, pilotId, aar);
  if (!par) throw new Error(`Ingen endringsside for piloten «${pilotId}» og året ${aar}`);
  const pilot = c.piloter.find((p) => p.id === pilotId)!;
  const navn = pilot.data.navn;
  const fraAar = par.fra?.aar ?? null;
  const tittel = par.ensidig
    ? `${navn}: hva handlingsplanen for ${aar} sier om tiltakene før`
    : `${navn}: endringer fra ${fraAar} til ${aar}`;
  // Each kind lists at most ENDRINGER_I_GRUPPE rows (the lists grow with the plans); the rest are
  // counted and linked to the /tiltak/ table filtered to the plan they stand in.
  const grupper = ENDRING_TYPER.map((t) => {
    const alle = par.tiltak.filter((e) => e.type === t.id);
    const vist = alle.slice(0, ENDRINGER_I_GRUPPE);
    const iNyPlan = vist.some((e) => e.etter.length > 0);
    return {
      id: t.id === 'videreført' ? 'viderefort' : t.id === 'slått-sammen' ? 'slatt-sammen' : t.id,
      navn: t.navn,
      forklaring: FORKLARING[t.id],
      antall: alle.length,
      endringer: vist,
      tiltak: vist.map(endringRad),
      flere:
        alle.length > vist.length
          ? {
              antall: alle.length - vist.length,
              href: withBase(
                `/tiltak/?${new URLSearchParams({ pilot: pilotId, aar: String(iNyPlan ? aar : (par.fra?.aar ?? aar - 1)) })}`,
              ),
            }
          : null,
    };
  }).filter((g) => g.antall > 0);
  const vist = grupper.flatMap((g) => g.endringer);
  return {
    par,
    pilot,
    tittel,
    beskrivelse: par.ensidig
      ? `Hva handlingsplanen for ${aar} for ${navn} sier skjedde med tiltakene i planen før, med planens begrunnelse og linjer.`
      : `Tiltakene i handlingsplanene for ${fraAar} og ${aar} for ${navn} side om side: videreført, nye, avsluttet og falt bort, med beløp før og etter.`,
    planHref: urlFor.plan(par.til.plan),
    fraHref: par.fra ? urlFor.plan(par.fra.plan) : null,
    /** The earlier plan's year, also when that plan is not in the content. */
    forrigeAar: par.fra?.aar ?? aar - 1,
    /** «Pengene før og etter»: the total, each delmål, each funding source; null for a one-sided page. */
    pengeRader: par.total
      ? [
          { navn: 'Alle tiltak', belop: par.total },
          ...par.perDelmal.map((d) => ({ navn: d.navn, belop: d.belop })),
          ...par.perKilde.map((k) => ({ navn: `Finansieringskilde: ${k.navn}`, belop: k.belop })),
        ].map((r) => ({
          navn: r.navn,
          for: formatKroner(r.belop.for),
          etter: formatKroner(r.belop.etter),
          endring: formatEndring(r.belop),
        }))
      : null,
    grupper,
    kilder: samleKilder(kilderFor(vist)),
  };
}

const delmalTekst = (nr: number | null) => (nr === null ? 'Tverrgående' : `Delmål ${nr}`);

/** One row of a change table, worded: labels, amounts, and the notes the row needs. */
function endringRad(e: TiltakEndring) {
  const side = (s: TiltakSide) => ({ ...s, etikett: `${delmalTekst(s.delmalNr)}, tiltak ${s.nr}` });
  const endret = [e.nrEndret && 'Nytt nummer', e.tittelEndret && 'ny tittel'].filter(Boolean).join(' og ');
  return {
    ...e,
    /** Fragment id; «:» is not safe in a URL fragment. */
    anker: e.id.replace(':', '--'),
    for: e.for ? side(e.for) : null,
    etter: e.etter.map(side),
    /** «Nytt nummer og ny tittel.», «Ny tittel.», or null when neither changed. */
    endretNote: endret ? `${endret[0].toUpperCase()}${endret.slice(1)}.` : null,
    belopFor: e.for?.id ? formatKroner(e.belop.for) : '–',
    belopEtter: e.etter.length > 0 ? formatKroner(e.belop.etter) : '–',
    endring: formatEndring(e.belop),
    /** Both sides state money, but merged tiltak make them incomparable. */
    ikkeSammenlignbar: e.belop.kroner === null && e.belop.for !== null && e.belop.etter !== null,
  };
}
export type EndringerView = ReturnType<typeof endringerView>;

function kilderFor(endringer: readonly TiltakEndring[]): KildeRef[] {
  return endringer.flatMap((e) => [
    ...(e.for && e.for.id !== null ? [e.for.kilde] : []),
    ...e.etter.map((s) => s.kilde),
    ...(e.oppgitt ? [e.oppgitt.kilde] : []),
  ]);
}

/** The change page ending in this plan, if there is one (for links from plan, pilot and tiltak pages). */
export function endringerLenke(c: Collections, planId: string): { href: string; tekst: string } | null {
  const p = planPar(c).find((x) => x.til.id === planId);
  if (!p) return null;
  return {
    href: urlFor.endringer(p.pilot, p.til.data.aar),
    tekst: p.fra
      ? `Endringer fra ${p.fra.data.aar} til ${p.til.data.aar}`
      : `Hva planen for ${p.til.data.aar} sier om tiltakene før`,
  };
}

/** The change pages a tiltak is part of: the pair ending in its plan, and the pair starting in it. */
export function endringerForTiltak(c: Collections, tiltakId: string): { href: string; tekst: string }[] {
  const t = indexesFor(c).tiltak.get(tiltakId);
  if (!t) return [];
  return planPar(c)
    .filter((p) => p.til.id === t.data.plan || p.fra?.id === t.data.plan)
    .map((p) => ({
      href: urlFor.endringer(p.pilot, p.til.data.aar),
      tekst: p.fra
        ? `Endringer fra ${p.fra.data.aar} til ${p.til.data.aar}`
        : `Hva planen for ${p.til.data.aar} sier om tiltakene før`,
    }));
}

const fortegn = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');

/** «−1 000 000 kr (−25 %)», «+50 000 kr», or «–» when no difference can be computed. */
export function formatEndring(b: Belopsendring): string {
  if (b.kroner === null) return '–';
  const prosent = b.prosent === null ? '' : ` (${fortegn(b.prosent)}${formatTall(Math.abs(b.prosent))} %)`;
  return `${fortegn(b.kroner)}${formatKroner(Math.abs(b.kroner))}${prosent}`;
}
