/**
 * The /tiltak/ page's view: one row per tiltak with its money in each scope, and the choices
 * for the filters (pure; the page renders it, the client script filters it).
 */
import { tiltakBelop, summer, sumVerdi } from '../money/index.ts';
import type { Collections } from '../loading/index.ts';
import { standardRekkefolge, type TiltakRad } from './tiltakFilter.ts';
import { urlFor } from '../urls.ts';
import { compareNb, formatLinjer } from '../format.ts';
import { TILTAK_STATUSER, navnFor } from '../../schemas/vocabulary.ts';

export interface Valg {
  id: string;
  navn: string;
}

export interface TiltakTabell {
  rader: TiltakRad[];
  valg: { piloter: Valg[]; aar: Valg[]; tema: Valg[]; status: Valg[]; givere: Valg[]; aktorer: Valg[] };
}

export function tiltakTabell(c: Collections): TiltakTabell {
  const planer = new Map(c.handlingsplaner.map((h) => [h.id, h.data]));
  const piloter = new Map(c.piloter.map((p) => [p.id, p.data]));
  const delmal = new Map(c.delmal.map((d) => [d.id, d.data]));
  const aktorNavn = new Map(c.aktorer.map((a) => [a.id, a.data.navn]));
  const temaNavn = new Map(c.tema.map((t) => [t.id, t.data.navn]));
  const temaOrden = new Map(c.tema.map((t) => [t.id, t.data.rekkefolge]));
  const kildeTittel = new Map(c.kilder.map((k) => [k.id, k.data.tittel]));

  const rader: TiltakRad[] = c.tiltak
    .filter((t) => planer.has(t.data.plan))
    .map((t) => {
      const plan = planer.get(t.data.plan)!;
      const d = t.data.delmal ? delmal.get(t.data.delmal) : undefined;
      const belop = tiltakBelop(t);
      const giverIds = [...new Set(t.data.finansiering.flatMap((l) => (l.giver ? [l.giver] : [])))];
      const dok = t.data.kilde.dokument;
      return {
        id: t.id,
        url: urlFor.tiltak(t.id),
        pilot: plan.pilot,
        pilotNavn: piloter.get(plan.pilot)?.navn ?? plan.pilot,
        pilotUrl: urlFor.pilot(plan.pilot),
        plan: t.data.plan,
        planAar: plan.aar,
        planUrl: urlFor.plan(t.data.plan),
        delmal: d?.nr ?? null,
        delmalTittel: d ? (d.kortTittel ?? d.tittel) : null,
        nr: t.data.nr,
        tittel: t.data.tittel,
        status: t.data.status,
        statusNavn: navnFor(TILTAK_STATUSER, t.data.status),
        ansvarlige: t.data.hovedansvarlige.map((id) => ({
          id,
          navn: aktorNavn.get(id) ?? id,
          url: urlFor.aktor(id),
        })),
        ansvarligTekst: t.data.hovedansvarligTekst,
        alle: belop.alle,
        bygdevekstmidler: belop.bygdevekstmidler,
        andre: belop.andre,
        tema: [...t.data.tema]
          .sort((a, b) => (temaOrden.get(a) ?? 0) - (temaOrden.get(b) ?? 0))
          .map((id) => ({ id, navn: temaNavn.get(id) ?? id, url: urlFor.tema(id) })),
        givere: giverIds.map((id) => ({
          id,
          navn: aktorNavn.get(id) ?? id,
          url: urlFor.aktor(id),
          belop: sumVerdi(summer(t.data.finansiering.filter((l) => l.giver === id))),
        })),
        aktorer: [...new Set([...t.data.hovedansvarlige, ...t.data.samarbeidsparter, ...giverIds])],
        kilde: dok
          ? `${kildeTittel.get(dok) ?? dok}, ${formatLinjer(t.data.kilde.linjer)}`
          : (t.data.kilde.url ?? ''),
      };
    })
    .sort(standardRekkefolge);

  const unike = (xs: Valg[]) => [...new Map(xs.map((x) => [x.id, x])).values()];
  return {
    rader,
    valg: {
      piloter: unike(rader.map((r) => ({ id: r.pilot, navn: r.pilotNavn }))).sort((a, b) =>
        compareNb(a.navn, b.navn),
      ),
      aar: [...new Set(rader.map((r) => r.planAar))]
        .sort((a, b) => a - b)
        .map((a) => ({ id: String(a), navn: String(a) })),
      tema: unike(rader.flatMap((r) => r.tema.map((t) => ({ id: t.id, navn: t.navn })))).sort(
        (a, b) => (temaOrden.get(a.id) ?? 0) - (temaOrden.get(b.id) ?? 0),
      ),
      status: TILTAK_STATUSER.filter((s) => rader.some((r) => r.status === s.id)).map((s) => ({
        id: s.id,
        navn: s.navn,
      })),
      givere: unike(rader.flatMap((r) => r.givere.map((g) => ({ id: g.id, navn: g.navn })))).sort((a, b) =>
        compareNb(a.navn, b.navn),
      ),
      aktorer: unike(
        rader.flatMap((r) => r.aktorer.map((id) => ({ id, navn: aktorNavn.get(id) ?? id }))),
      ).sort((a, b) => compareNb(a.navn, b.navn)),
    },
  };
}

/** The rows as JSON safe to put inside a <script> element. */
export function tiltakJson(rader: readonly TiltakRad[]): string {
  return JSON.stringify(rader).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
