/**
 * Which kommuner a tiltak is for (pure). A tiltak is for the whole pilot unless its plan ties it
 * to named kommuner (`kommuner` on the tiltak). Kommune pages, the search's kommune filter and
 * the exports all ask this module, so a Røyrvik-only tiltak shows on Røyrvik's page and nowhere
 * else's.
 */
import { compareNb } from '../format.ts';
import type { Collections } from '../loading/index.ts';
import { kommuneIderForPilot } from './contentOrder.ts';

type TiltakEntry = Collections['tiltak'][number];

/** The pilot's kommuner (ids, by name), via the tiltak's plan; empty when the plan is unknown. */
function pilotKommuner(c: Pick<Collections, 'handlingsplaner' | 'kommuner'>, t: TiltakEntry): string[] {
  const plan = c.handlingsplaner.find((h) => h.id === t.data.plan);
  return plan ? kommuneIderForPilot(c, plan.data.pilot) : [];
}

/** True when the tiltak is for every kommune of its pilot (no `kommuner`, or all of them listed). */
export function gjelderHelePiloten(
  c: Pick<Collections, 'handlingsplaner' | 'kommuner'>,
  t: TiltakEntry,
): boolean {
  if (!t.data.kommuner) return true;
  const alle = pilotKommuner(c, t);
  return alle.length > 0 && alle.every((k) => t.data.kommuner!.includes(k));
}

/** The kommune ids the tiltak is for: its own list, or the whole pilot's. */
export function tiltakKommuner(
  c: Pick<Collections, 'handlingsplaner' | 'kommuner'>,
  t: TiltakEntry,
): string[] {
  return t.data.kommuner ? [...t.data.kommuner] : pilotKommuner(c, t);
}

export interface KommunensTiltak {
  /** Tiltak for the whole pilot. */
  helePiloten: TiltakEntry[];
  /** Tiltak for some of the pilot's kommuner, this one among them, with those kommuner's names. */
  bareNoen: { tiltak: TiltakEntry; kommuner: string[] }[];
}

/** Tiltak as one kommune sees them: for its whole pilot, and only for it (or a few); others left out. */
export function tiltakForKommune(
  c: Pick<Collections, 'handlingsplaner' | 'piloter' | 'kommuner' | 'tiltak'>,
  kommuneId: string,
  tiltak: readonly TiltakEntry[],
): KommunensTiltak {
  const navn = new Map(c.kommuner.map((k) => [k.id, k.data.navn]));
  const helePiloten: TiltakEntry[] = [];
  const bareNoen: KommunensTiltak['bareNoen'] = [];
  for (const t of tiltak) {
    if (!tiltakKommuner(c, t).includes(kommuneId)) continue;
    if (gjelderHelePiloten(c, t)) helePiloten.push(t);
    else
      bareNoen.push({
        tiltak: t,
        kommuner: t.data.kommuner!.map((k) => navn.get(k) ?? k).sort(compareNb),
      });
  }
  return { helePiloten, bareNoen };
}

/** «Røyrvik», «Røyrvik og Lierne», «Grong, Lierne og Røyrvik». */
export function kommuneListeTekst(navn: readonly string[]): string {
  if (navn.length <= 1) return navn.join('');
  return `${navn.slice(0, -1).join(', ')} og ${navn.at(-1)}`;
}
