/**
 * The entry types of each collection, and the names pages show for them. Shared by every
 * derivation module, so none of them has to import another just for a type.
 */
import type { Collections } from '../loading/index.ts';

export type PilotEntry = Collections['piloter'][number];
export type DelmalEntry = Collections['delmal'][number];
export type PlanEntry = Collections['handlingsplaner'][number];
export type TiltakEntry = Collections['tiltak'][number];
export type KommuneEntry = Collections['kommuner'][number];
export type AktorEntry = Collections['aktorer'][number];
export type TemaEntry = Collections['tema'][number];
export type KildeEntry = Collections['kilder'][number];
export type Endring = PlanEntry['data']['endringerFraForrige'][number];

/** Id → display name, as plain records components can take. */
export function navneliste(c: Collections) {
  const rec = <T extends { id: string }>(xs: readonly T[], f: (x: T) => string) =>
    Object.fromEntries(xs.map((x) => [x.id, f(x)]));
  return {
    aktorer: rec(c.aktorer, (a) => a.data.navn),
    kilder: rec(c.kilder, (k) => k.data.tittel),
    tema: rec(c.tema, (t) => t.data.navn),
    piloter: rec(c.piloter, (p) => p.data.navn),
    kommuner: rec(c.kommuner, (k) => k.data.navn),
  };
}
export type Navneliste = ReturnType<typeof navneliste>;

/** «Tiltak 1.2: Tittel», as lists and links name a tiltak. */
export function tiltakTittel(t: TiltakEntry): string {
  return `Tiltak ${t.data.nr}: ${t.data.tittel}`;
}

/** «Handlingsplan 2025». */
export function planTittel(h: PlanEntry): string {
  return `Handlingsplan ${h.data.aar}`;
}
