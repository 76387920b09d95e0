/**
 * Who an actor is in each pilot: party, special role, responsible for or partner in tiltak,
 * funder, named under delmål, deciding on plans; and which actor is a kommune's own administration.
 */
import type { KildeRef } from '../../schemas/common.ts';
import { compareNb } from '../format.ts';
import { indexesFor as ix } from './indexes.ts';
import type { Collections } from '../loading/index.ts';
import { sorterTiltak } from './contentOrder.ts';
import {
  planTittel,
  tiltakTittel,
  type AktorEntry,
  type DelmalEntry,
  type KommuneEntry,
  type PilotEntry,
} from './entries.ts';
import { urlFor } from '../urls.ts';

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
