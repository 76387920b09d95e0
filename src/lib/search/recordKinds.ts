/**
 * The record kinds, one row each: which entries become records of that kind, and what a record
 * says about one entry (title, searchable parts, filters, amounts, context). Everything the kinds
 * share (text, extra terms, sort keys, metadata) is made once, in recordBuilder.ts. The rows are
 * in the order the records are written to the index.
 */
import type { Collections } from '../loading/index.ts';
import { tiltakKommuner } from '../model/index.ts';
import { sumFunding } from '../money/index.ts';
import { laeringInitiativer, laertAvNavn } from '../learning/index.ts';
import { slug } from '../slug.ts';
import {
  AKTOR_TYPER,
  FINANSIERINGSKILDER,
  INITIATIV_SLAG,
  LAERING_SLAG,
  TILTAK_STATUSER,
  navnFor,
} from '../../schemas/vocabulary.ts';
import type { RecordInput } from './recordBuilder.ts';
import type { Lookups } from './recordLookups.ts';
import type { SearchType } from './recordModel.ts';
import { plainText, unique } from './recordText.ts';

type RecordFields = Omit<RecordInput, 'type' | 'id'>;

export interface RecordKind {
  type: SearchType;
  /** The record input of every entry of this kind, in content order. */
  inputs: (c: Collections, x: Lookups) => RecordInput[];
}

function kind<E extends { id: string }>(
  type: SearchType,
  entries: (c: Collections) => readonly E[],
  describe: (e: E, x: Lookups, c: Collections) => RecordFields,
): RecordKind {
  return { type, inputs: (c, x) => entries(c).map((e) => ({ type, id: e.id, ...describe(e, x, c) })) };
}

export const RECORD_KINDS: readonly RecordKind[] = [
  kind(
    'tiltak',
    (c) => c.tiltak,
    (t, x, c) => {
      const d = t.data;
      const plan = x.planer.get(d.plan);
      const pilot = plan?.data.pilot;
      const dm = d.delmal ? x.delmal.get(d.delmal) : undefined;
      const actors = x.tiltakActors(d);
      const kilder = unique(d.finansiering.map((l) => l.kilde));
      const status = navnFor(TILTAK_STATUSER, d.status);
      return {
        title: d.tittel,
        parts: [
          d.tittel,
          ...d.andreTitler.map((a) => a.tekst),
          plainText(t.body),
          dm ? `Delmål ${dm.data.nr}: ${dm.data.tittel}` : 'Tverrgående tiltak',
          pilot ? x.pilotName(pilot) : null,
          d.statusTekst ?? status,
          d.hovedansvarligTekst,
          d.samarbeidsparterTekst,
          d.tidsramme,
          ...actors.map(x.actorName),
          ...d.tema.map(x.temaName),
          ...d.finansiering.map((l) => l.formal),
          ...kilder.map((k) => navnFor(FINANSIERINGSKILDER, k)),
        ],
        actorIds: actors,
        fundingIds: kilder,
        filters: {
          pilot: pilot ? [pilot] : [],
          fylke: pilot ? x.pilotFylke(pilot) : [],
          // Only the kommuner the tiltak is for (the whole pilot unless the plan names some).
          kommune: tiltakKommuner(c, t),
          tema: d.tema,
          status: [d.status],
          planaar: plan ? [String(plan.data.aar)] : [],
          aktor: actors,
          finansieringskilde: kilder,
        },
        budsjett: sumFunding([t]),
        bygdevekstmidler: x.bvmOf([t]),
        pilots: pilot ? [pilot] : [],
        sammendrag: plainText(t.body),
        planaar: plan ? [String(plan.data.aar)] : [],
        delmal: dm ? `${dm.data.nr} ${dm.data.tittel}` : d.delmal === null ? 'tverrgående' : '',
        ansvarlig: d.hovedansvarligTekst ?? d.hovedansvarlige.map(x.actorName).join(', '),
        kilde: d.kilde,
        kontekst: `Tiltak ${d.nr}${plan ? ` i handlingsplan ${plan.data.aar}` : ''}${dm ? `, delmål ${dm.data.nr}` : d.delmal === null ? ', tverrgående' : ''}`,
        status,
      };
    },
  ),

  kind(
    'delmal',
    (c) => c.delmal,
    (dm, x) => {
      const d = dm.data;
      const ts = x.tiltakByDelmal.get(dm.id);
      const actors = unique([...d.samarbeidsparter, ...d.kanInviteres]);
      return {
        title: d.tittel,
        parts: [
          d.tittel,
          d.kortTittel,
          ...d.andreTitler.map((a) => a.tekst),
          plainText(dm.body),
          x.pilotName(d.pilot),
          ...actors.map(x.actorName),
          ...d.tema.map(x.temaName),
        ],
        ...x.tiltakGroup(d.pilot, ts, { tema: d.tema, aktor: actors }),
        kontekst: `Delmål ${d.nr}`,
        sammendrag: plainText(dm.body),
        planaar: x.yearsOf(ts),
        delmal: `${d.nr} ${d.tittel}`,
        kilde: d.kilde,
      };
    },
  ),

  kind(
    'handlingsplan',
    (c) => c.handlingsplaner,
    (p, x) => {
      const d = p.data;
      const actors = unique([
        ...d.vedtak.flatMap((v) => (v.aktor ? [v.aktor] : [])),
        ...d.godkjennere.flatMap((g) => (g.aktor ? [g.aktor] : [])),
      ]);
      return {
        title: d.tittel,
        parts: [
          d.tittel,
          `Handlingsplan ${d.aar}`,
          x.pilotName(d.pilot),
          plainText(p.body),
          ...d.vedtak.map((v) => `${v.organ} ${v.hva}`),
          ...actors.map(x.actorName),
        ],
        ...x.tiltakGroup(d.pilot, x.tiltakByPlan.get(p.id), { planaar: [String(d.aar)], aktor: actors }),
        kontekst: `Handlingsplan ${d.aar}`,
        sammendrag: plainText(p.body),
        planaar: [String(d.aar)],
        kilde: d.kilde,
      };
    },
  ),

  kind(
    'pilot',
    (c) => c.piloter,
    (p, x, c) => {
      const d = p.data;
      const ts = x.tiltakByPilot.get(p.id);
      const dms = c.delmal.filter((dm) => dm.data.pilot === p.id);
      const parter = unique([...d.avtale.parter, ...d.avtale.saerligeRoller.map((r) => r.aktor)]);
      const kommuneNames = x
        .pilotKommuner(p.id)
        .flatMap((k) => [x.kommuneName(k), ...(x.kommuner.get(k)?.data.andreNavn.map((n) => n.navn) ?? [])]);
      return {
        title: d.navn,
        parts: [
          d.navn,
          ...d.andreNavn,
          `Bygdevekstpilot i ${d.fylke}`,
          ...kommuneNames,
          plainText(p.body),
          d.avtale.periodeTekst,
          ...parter.map(x.actorName),
          ...d.avtale.saerligeRoller.map((r) => r.rolle),
          ...d.ukjent,
          ...d.merknader,
        ],
        ...x.tiltakGroup(p.id, ts, {
          tema: dms.flatMap((dm) => dm.data.tema),
          planaar: unique([
            ...c.handlingsplaner.filter((h) => h.data.pilot === p.id).map((h) => String(h.data.aar)),
            ...x.yearsOf(ts),
          ]).sort(),
          aktor: parter,
        }),
        kontekst: `Pilot i ${d.fylke}, pulje ${d.pulje}`,
        sammendrag: plainText(p.body),
        planaar: x.yearsOf(ts),
        kilde: d.kilder[0],
        andreNavn: d.andreNavn,
      };
    },
  ),

  kind(
    'kommune',
    (c) => c.kommuner,
    (k, x, c) => {
      const d = k.data;
      const pilotIds = [d.pilot];
      return {
        title: d.navn,
        parts: [
          d.navn,
          ...d.andreNavn.map((n) => `${n.navn} (${n.sprak})`),
          `Kommune i ${d.fylke}`,
          `Kommunenummer ${d.kommunenummer}`,
          ...pilotIds.map((p) => `Del av bygdevekstpiloten ${x.pilotName(p)}`),
          ...d.merknader,
        ],
        // The kommune as an actor («Grong kommune»), where it is one.
        actorIds: c.aktorer
          .filter((a) => a.data.type === 'kommune' && a.data.navn.startsWith(`${d.navn} `))
          .map((a) => a.id),
        filters: { pilot: pilotIds, fylke: [slug(d.fylke)], kommune: [k.id] },
        pilots: pilotIds,
        kontekst: `Kommune i ${d.fylke}`,
        sammendrag: [
          `Kommune i ${d.fylke}, kommunenummer ${d.kommunenummer}.`,
          ...pilotIds.map((p) => `Del av bygdevekstpiloten ${x.pilotName(p)}.`),
          ...d.merknader,
        ].join(' '),
        kilde: d.kommunenummerKilde,
        andreNavn: d.andreNavn.map((n) => n.navn),
      };
    },
  ),

  kind(
    'tema',
    (c) => c.tema,
    (t, x, c) => {
      const tiltakHere = c.tiltak.filter((tt) => tt.data.tema.includes(t.id));
      const delmalHere = c.delmal.filter((dm) => dm.data.tema.includes(t.id));
      const pilotIds = unique([
        ...delmalHere.map((dm) => dm.data.pilot),
        ...tiltakHere.flatMap((tt) => x.pilotOfPlan(tt.data.plan) ?? []),
      ]).filter((p) => x.piloter.has(p));
      return {
        title: t.data.navn,
        parts: [t.data.navn, t.data.beskrivelse],
        filters: { pilot: pilotIds, tema: [t.id] },
        pilots: [],
        kontekst: 'Tema på tvers av pilotene',
        sammendrag: t.data.beskrivelse,
      };
    },
  ),

  kind(
    'aktor',
    (c) => c.aktorer,
    (a, x, c) => {
      const d = a.data;
      const pilotIds = unique([
        ...c.tiltak
          .filter((t) => x.tiltakActors(t.data).includes(a.id))
          .flatMap((t) => x.pilotOfPlan(t.data.plan) ?? []),
        ...c.delmal
          .filter((dm) => dm.data.samarbeidsparter.includes(a.id) || dm.data.kanInviteres.includes(a.id))
          .map((dm) => dm.data.pilot),
        ...c.piloter
          .filter(
            (p) =>
              p.data.avtale.parter.includes(a.id) ||
              p.data.avtale.saerligeRoller.some((r) => r.aktor === a.id),
          )
          .map((p) => p.id),
      ]).filter((p) => x.piloter.has(p));
      const typeNavn = navnFor(AKTOR_TYPER, d.type);
      return {
        title: d.navn,
        parts: [d.navn, ...d.aliaser, d.beskrivelse, typeNavn],
        actorIds: [a.id],
        filters: { pilot: pilotIds, aktor: [a.id] },
        pilots: pilotIds,
        kontekst: typeNavn,
        sammendrag: d.beskrivelse ?? `${typeNavn}.`,
        kilde: d.kilde,
        andreNavn: d.aliaser,
      };
    },
  ),

  // Lessons: the claim is the title; evidence, who learned it and the addressee are the text.
  kind(
    'laerdom',
    (c) => c.laering,
    (l, x, c) => {
      const d = l.data;
      const pilotIds = unique([
        ...(d.laertAv.pilot ? [d.laertAv.pilot] : []),
        ...(d.laertAv.kommune ? [x.kommuner.get(d.laertAv.kommune)?.data.pilot ?? ''] : []),
        ...d.tiltak.flatMap((t) => {
          const tt = c.tiltak.find((y) => y.id === t);
          return tt ? (x.pilotOfPlan(tt.data.plan) ?? []) : [];
        }),
      ]).filter((p) => x.piloter.has(p));
      const initiativer = laeringInitiativer(d);
      const slagNavn = navnFor(LAERING_SLAG, d.slag);
      return {
        title: d.pastand,
        parts: [
          laertAvNavn(c, d.laertAv).navn,
          d.mottaker?.tekst,
          ...d.belegg.map((b) => b.tekst),
          ...d.tema.map(x.temaName),
          ...initiativer.map(x.initiativNavn),
          slagNavn,
        ],
        filters: {
          pilot: pilotIds,
          tema: d.tema,
          initiativ: initiativer,
          laeringsslag: [d.slag],
          kommune: d.laertAv.kommune ? [d.laertAv.kommune] : [],
        },
        pilots: pilotIds,
        kontekst: `${slagNavn} · ${laertAvNavn(c, d.laertAv).navn}`,
        sammendrag: d.belegg[0]?.tekst,
        kilde: d.kilde,
      };
    },
  ),

  // Initiatives. Their kommuner are searchable by name, but only pilot kommuner become filter values.
  kind(
    'initiativ',
    (c) => c.initiativer,
    (i, x) => {
      const d = i.data;
      const slagNavn = navnFor(INITIATIV_SLAG, d.slag);
      return {
        title: d.navn,
        parts: [
          ...d.andreNavn,
          d.beskrivelse,
          d.eier.tekst,
          d.periode.tekst,
          ...d.fylker,
          ...d.kommuner.map((k) => k.navn),
          d.premiss.tekst,
          d.metode.tekst,
          ...d.virker.map((v) => v.tekst),
          ...d.virkerIkke.map((v) => v.tekst),
          ...d.tema.map(x.temaName),
          slagNavn,
        ],
        actorIds: d.eier.aktorer,
        filters: {
          pilot: d.piloter.filter((p) => x.piloter.has(p)),
          tema: d.tema,
          initiativ: [i.id],
          kommune: d.kommuner.flatMap((k) => (k.kommune ? [k.kommune] : [])),
          aktor: d.eier.aktorer,
        },
        pilots: [],
        kontekst: `${slagNavn} · ${d.eier.tekst}`,
        sammendrag: d.beskrivelse,
        kilde: d.kilde,
        andreNavn: d.andreNavn,
      };
    },
  ),
];
