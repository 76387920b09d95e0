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

/**
 * A document title as printed, with a misprint marked where it stands and what was meant beside
 * it: «… av Bygdevekstavgift [sic: Bygdevekstavtale] for …». Citations quote the document's own
 * title, so they must not silently correct it; a title without a misprint comes back unchanged.
 */
export function sicTittel(tittel: string, mentTittel?: string): string {
  if (!mentTittel || mentTittel === tittel) return tittel;
  const a = tittel.split(' ');
  const b = mentTittel.split(' ');
  let foran = 0;
  while (foran < Math.min(a.length, b.length) && a[foran] === b[foran]) foran++;
  let bak = 0;
  while (bak < Math.min(a.length, b.length) - foran && a[a.length - 1 - bak] === b[b.length - 1 - bak]) bak++;
  const trykt = a.slice(foran, a.length - bak);
  const ment = b.slice(foran, b.length - bak);
  // A dropped or added word has no printed word to put the mark after: say the whole meant title.
  if (trykt.length === 0 || ment.length === 0) return `${tittel} [sic; ment: «${mentTittel}»]`;
  return [...a.slice(0, a.length - bak), `[sic: ${ment.join(' ')}]`, ...a.slice(a.length - bak)].join(' ');
}

/** Id → display name, as plain records components can take. */
export function navneliste(c: Collections) {
  const rec = <T extends { id: string }>(xs: readonly T[], f: (x: T) => string) =>
    Object.fromEntries(xs.map((x) => [x.id, f(x)]));
  return {
    aktorer: rec(c.aktorer, (a) => a.data.navn),
    kilder: rec(c.kilder, (k) => sicTittel(k.data.tittel, k.data.mentTittel)),
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
