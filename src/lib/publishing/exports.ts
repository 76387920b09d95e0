/**
 * Open-data rows and CSV, derived from content (pure). The endpoints under src/pages/data/
 * only serialise what these return; the tests validate them against src/schemas/exports.ts.
 */
import type { z } from 'astro/zod';
import type { KildeRef } from '../../schemas/common.ts';
import type {
  avvikExportRow,
  budsjettExportRow,
  delmalExportRow,
  ExportName,
  initiativerExportRow,
  kapasitetsdiamantExportRow,
  laeringExportRow,
  endringerExportRow,
  piloterExportRow,
  tiltakExportRow,
} from '../../schemas/exports.ts';
import { KAPASITET_DIMENSJONER } from '../../schemas/vocabulary.ts';
import {
  dokumentTitler,
  findAvvik,
  findInitiativAvvik,
  type Avvik,
  type InitiativAvvik,
} from '../checks/index.ts';
import { laertAvNavn, laeringerForInitiativ } from '../learning/index.ts';
import type { Collections } from '../loading/index.ts';
import { compareNb, formatKilde } from '../format.ts';
import { urlFor } from '../urls.ts';
import { isBygdevekstmidler, statedAmount, sumFunding, pilotPenger, tiltakBelop } from '../money/index.ts';
import { alleEndringer } from '../plans/index.ts';
import { gjelderHelePiloten, kommunerSortert, tiltakKommuner } from '../model/index.ts';
import { lagCsv } from '../csvCelle.ts';

type Row<S extends z.ZodType> = z.infer<S>;

function lines(l: readonly [number, number] | undefined): string | null {
  if (!l) return null;
  return l[0] === l[1] ? String(l[0]) : `${l[0]}–${l[1]}`;
}

function names(c: Collections) {
  const aktor = new Map(c.aktorer.map((a) => [a.id, a.data.navn]));
  const kilde = new Map(c.kilder.map((k) => [k.id, k.data]));
  return {
    aktor: (id: string) => aktor.get(id) ?? id,
    kilde: (ref: KildeRef) => {
      const doc = ref.dokument ? kilde.get(ref.dokument) : undefined;
      return { dokument: doc?.tittel ?? null, linjer: lines(ref.linjer), url: ref.url ?? doc?.url ?? null };
    },
    dokumentTittel: (id: string) => kilde.get(id)?.tittel ?? id,
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => compareNb(a.id, b.id);

export function piloterRows(c: Collections): Row<typeof piloterExportRow>[] {
  return [...c.piloter].sort(byId).map((p) => ({
    id: p.id,
    navn: p.data.navn,
    fylke: p.data.fylke,
    pulje: p.data.pulje,
    kommuner: kommunerSortert(c, p.id).map((k) => k.data.navn),
    avtale: {
      status: p.data.avtale.status,
      signert: p.data.avtale.signert,
      periode: p.data.avtale.periodeTekst,
    },
    handlingsplaner: c.handlingsplaner
      .filter((h) => h.data.pilot === p.id)
      .map((h) => h.data.aar)
      .sort(),
    penger: (() => {
      const m = pilotPenger(c, p.id);
      return {
        aar: m.grunnlag?.aar ?? null,
        grunnlag: m.grunnlag?.tekst ?? null,
        bygdevekstmidler: statedAmount(m.bygdevekstmidler),
        alleKilder: statedAmount(m.alleKilder),
        folketall: m.folketall,
        bygdevekstmidlerPerInnbygger: m.bygdevekstmidlerPerInnbygger,
        alleKilderPerInnbygger: m.alleKilderPerInnbygger,
      };
    })(),
    url: urlFor.pilot(p.id),
  }));
}

export function delmalRows(c: Collections): Row<typeof delmalExportRow>[] {
  const n = names(c);
  return [...c.delmal]
    .sort((a, b) => compareNb(a.data.pilot, b.data.pilot) || a.data.nr - b.data.nr)
    .map((d) => ({
      id: d.id,
      pilot: d.data.pilot,
      nr: d.data.nr,
      tittel: d.data.tittel,
      tema: d.data.tema,
      samarbeidsparter: d.data.samarbeidsparter.map(n.aktor),
      kilde: n.kilde(d.data.kilde),
      url: urlFor.delmal(d.id),
    }));
}

/** Tiltak in a stable order: pilot, plan year, delmål (cross-cutting last), number as printed. */
function sortedTiltak(c: Collections) {
  const plan = new Map(c.handlingsplaner.map((h) => [h.id, h.data]));
  const delmalNr = new Map(c.delmal.map((d) => [d.id, d.data.nr]));
  return [...c.tiltak]
    .map((t) => ({
      t,
      plan: plan.get(t.data.plan)!,
      delmal: t.data.delmal ? (delmalNr.get(t.data.delmal) ?? null) : null,
    }))
    .sort(
      (a, b) =>
        compareNb(a.plan.pilot, b.plan.pilot) ||
        a.plan.aar - b.plan.aar ||
        (a.delmal ?? Infinity) - (b.delmal ?? Infinity) ||
        a.t.data.nr.localeCompare(b.t.data.nr, 'nb', { numeric: true }),
    );
}

export function tiltakRows(c: Collections): Row<typeof tiltakExportRow>[] {
  const n = names(c);
  return sortedTiltak(c).map(({ t, plan, delmal }) => ({
    id: t.id,
    pilot: plan.pilot,
    plan: plan.aar,
    delmal,
    nr: t.data.nr,
    tittel: t.data.tittel,
    status: t.data.status,
    tema: t.data.tema,
    kommuner: tiltakKommuner(c, t),
    helePiloten: gjelderHelePiloten(c, t),
    ansvarlige: t.data.hovedansvarlige.map(n.aktor),
    samarbeidsparter: t.data.samarbeidsparter.map(n.aktor),
    finansiering: t.data.finansiering.map((f) => ({ kilde: f.kilde, belop: f.belop, aar: f.aar })),
    bygdevekstmidler: statedAmount(sumFunding([t], isBygdevekstmidler)),
    belopAlleKilder: tiltakBelop(t).alle,
    belopAndreKilder: tiltakBelop(t).andre,
    kilde: n.kilde(t.data.kilde),
    url: urlFor.tiltak(t.id),
  }));
}

export function budsjettRows(c: Collections): Row<typeof budsjettExportRow>[] {
  const n = names(c);
  return sortedTiltak(c).flatMap(({ t, plan, delmal }) =>
    t.data.finansiering.map((f) => ({
      tiltak: t.id,
      pilot: plan.pilot,
      plan: plan.aar,
      delmal,
      kilde: f.kilde,
      giver: f.giver ? n.aktor(f.giver) : null,
      giverId: f.giver ?? null,
      belop: f.belop,
      aar: f.aar,
      formal: f.formal ?? null,
      dokument: n.dokumentTittel(plan.dokument),
      linjer: lines(f.linjer)!,
      url: urlFor.tiltak(t.id),
    })),
  );
}

/** A value as one CSV cell holds it: lists joined with « | », objects as JSON. */
function csvVerdi(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Nested objects become dotted columns («avtale.status»), so a spreadsheet gets one value per cell. */
export function flatten(row: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.entries(flatten(v as Record<string, unknown>, `${prefix}${k}.`))
        : [[`${prefix}${k}`, v]],
    ),
  );
}

/** Rows as CSV (the one writer, csvCelle.ts): a column per flattened field; numbers stay raw integers. */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const flat = rows.map((r) => flatten(r));
  const columns = flat.length > 0 ? Object.keys(flat[0]) : [];
  return lagCsv(
    columns,
    flat.map((r) => columns.map((c) => csvVerdi(r[c]))),
  );
}

/** The rows of one open-data file, by name. */
export function exportRows(name: ExportName, c: Collections): Record<string, unknown>[] {
  switch (name) {
    case 'piloter':
      return piloterRows(c);
    case 'delmal':
      return delmalRows(c);
    case 'tiltak':
      return tiltakRows(c);
    case 'budsjett':
      return budsjettRows(c);
    case 'endringer':
      return endringerRows(c);
    case 'avvik':
      return avvikRows(c);
    case 'laering':
      return laeringRows(c);
    case 'initiativer':
      return initiativerRows(c);
    case 'kapasitetsdiamant':
      return kapasitetsdiamantRows(c);
  }
}

/**
 * The rows of one file as the CSV gets them. Same as the JSON, except that the capacity diamond's
 * `dimensjoner` always has all five columns (empty where not stated), so every row has the same columns.
 */
export function csvRows(name: ExportName, c: Collections): Record<string, unknown>[] {
  if (name !== 'kapasitetsdiamant') return exportRows(name, c);
  return kapasitetsdiamantRows(c).map((r) => ({
    ...r,
    dimensjoner: Object.fromEntries(KAPASITET_DIMENSJONER.map((d) => [d.id, r.dimensjoner?.[d.id] ?? null])),
  }));
}

/** One row per entry of every plan pair (src/lib/plans/changes.ts), pilots by id, years ascending. */
export function endringerRows(c: Collections): Row<typeof endringerExportRow>[] {
  const titler = dokumentTitler(c);
  const tekst = (k: KildeRef) => kildeTekst(k, titler);
  return alleEndringer(c).flatMap((par) =>
    par.tiltak.map((e) => ({
      id: e.id,
      pilot: par.pilot,
      fraAar: par.fra?.aar ?? null,
      tilAar: par.til.aar,
      ensidig: par.ensidig,
      type: e.type,
      kobling: e.kobling,
      delmal: (e.for ?? e.etter[0])?.delmalNr ?? null,
      forTiltak: e.for?.id ?? null,
      forNr: e.for?.nr ?? null,
      forTittel: e.for?.tittel ?? null,
      etterTiltak: e.etter.map((s) => s.id!).filter(Boolean),
      etterNr: e.etter.map((s) => s.nr),
      etterTittel: e.etter.map((s) => s.tittel),
      nrEndret: e.nrEndret,
      tittelEndret: e.tittelEndret,
      belopFor: e.belop.for,
      belopEtter: e.belop.etter,
      endringKroner: e.belop.kroner,
      endringProsent: e.belop.prosent,
      bygdevekstmidlerFor: e.bygdevekstmidler.for,
      bygdevekstmidlerEtter: e.bygdevekstmidler.etter,
      oppgittStatus: e.oppgitt?.statusTekst ?? null,
      begrunnelse: e.oppgitt?.begrunnelse ?? null,
      kildeFor: e.for && e.for.id !== null ? tekst(e.for.kilde) : null,
      kildeEtter: e.etter.map((s) => tekst(s.kilde)),
      kildeOppgitt: e.oppgitt ? tekst(e.oppgitt.kilde) : null,
      url: urlFor.endringer(par.pilot, par.til.aar),
    })),
  );
}

/** A citation as one readable string: «Handlingsplan 2026 …, linje 1169–1182». */
function kildeTekst(ref: KildeRef, titler: Record<string, string>): string {
  return formatKilde(ref, (id) => titler[id]);
}

/** One finding as an export row; a plan finding and an initiative finding differ only in where they are. */
function avvikRow(a: Avvik | InitiativAvvik, titler: Record<string, string>): Row<typeof avvikExportRow> {
  const plan = 'planAar' in a;
  return {
    id: a.id,
    pilot: plan ? a.pilot : null,
    plan: plan ? a.planAar : null,
    delmal: plan ? a.delmal : null,
    initiativ: plan ? null : a.initiativ,
    kommune: plan ? null : a.kommune,
    runde: plan ? null : a.runde,
    regel: a.regel,
    gjelder: a.gjelder,
    enhet: a.enhet,
    oppgitt: a.oppgitt,
    beregnet: a.beregnet,
    differanse: a.differanse,
    kilde: kildeTekst(a.kildeOppgitt, titler),
    kildeBeregnet: a.kildeBeregnet.map((k) => kildeTekst(k, titler)),
  };
}

/** Every finding of the consistency checks: the plans' first, then the initiatives'. */
export function avvikRows(c: Collections): Row<typeof avvikExportRow>[] {
  const titler = dokumentTitler(c);
  return [...findAvvik(c), ...findInitiativAvvik(c)].map((a) => avvikRow(a, titler));
}

export function laeringRows(c: Collections): Row<typeof laeringExportRow>[] {
  const n = names(c);
  return [...c.laering].sort(byId).map((l) => ({
    id: l.id,
    pastand: l.data.pastand,
    slag: l.data.slag,
    laertAv: laertAvNavn(c, l.data.laertAv),
    mottaker: l.data.mottaker?.tekst ?? null,
    tema: l.data.tema,
    tiltak: l.data.tiltak,
    kilde: n.kilde(l.data.kilde),
    url: urlFor.laering(l.id),
  }));
}

export function initiativerRows(c: Collections): Row<typeof initiativerExportRow>[] {
  const n = names(c);
  return [...c.initiativer]
    .sort((a, b) => a.data.rekkefolge - b.data.rekkefolge || compareNb(a.id, b.id))
    .map((i) => ({
      id: i.id,
      navn: i.data.navn,
      slag: i.data.slag,
      eier: i.data.eier.tekst,
      periode: i.data.periode.tekst,
      fra: i.data.periode.fra,
      til: i.data.periode.til,
      fylker: i.data.fylker,
      kommuner: i.data.kommuner.map((k) => k.navn),
      piloter: i.data.piloter,
      tema: i.data.tema,
      laerdommer: laeringerForInitiativ(c, i.id).length,
      kilde: n.kilde(i.data.kilde),
      url: urlFor.initiativ(i.id),
    }));
}

export function kapasitetsdiamantRows(c: Collections): Row<typeof kapasitetsdiamantExportRow>[] {
  const n = names(c);
  const rekkefolge = new Map(KAPASITET_DIMENSJONER.map((d, i) => [d.id, i]));
  return [...c.kapasitetsdiamant]
    .sort(
      (a, b) => compareNb(a.data.initiativ, b.data.initiativ) || compareNb(a.data.kommune, b.data.kommune),
    )
    .flatMap((d) =>
      d.data.runder.map((r) => ({
        kommune: d.data.kommune,
        runde: r.runde,
        sum: r.sum?.verdi ?? null,
        dimensjoner:
          r.dimensjoner.length === 0
            ? null
            : Object.fromEntries(
                [...r.dimensjoner]
                  .sort((x, y) => rekkefolge.get(x.dimensjon)! - rekkefolge.get(y.dimensjon)!)
                  .map((x) => [x.dimensjon, x.skar]),
              ),
        kilde: n.kilde(d.data.kilde),
      })),
    );
}
