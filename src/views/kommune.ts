/** Everything the kommune page and the kommune list show. */
import { sortByNb } from '../lib/format.ts';
import {
  aktorForKommune,
  aktorRoller,
  kommunerSortert,
  pilotFolketall,
  samleKilder,
  sistePlan,
  tiltakGruppert,
} from '../lib/pageData.ts';
import { belopKolonner, idPaths, pilotBudsjett, tiltakIPlan } from './shared.ts';
import type { Site } from './site.ts';

export const kommunePaths = (site: Site) => idPaths(site.c.kommuner);

export function kommuneView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const kommune = ix.kommuner.get(id);
  if (!kommune) throw new Error(`Ukjent kommune «${id}»`);
  const k = kommune.data;
  const pilot = ix.piloter.get(k.pilot)!;
  const siste = sistePlan(c, pilot.id);
  const budsjett = pilotBudsjett(site, pilot.id);
  const bv = budsjett.bygdevekstmidlerPerInnbygger;
  const aktor = aktorForKommune(c, id);
  return {
    kommune,
    pilot,
    navn,
    naboer: (ix.kommunerByPilot.get(pilot.id) ?? []).filter((x) => x.id !== id),
    folketall: pilotFolketall(c, pilot.id),
    delmal: ix.delmalByPilot.get(pilot.id) ?? [],
    planer: ix.planerByPilot.get(pilot.id) ?? [],
    sistePlan: siste,
    grupper: siste ? tiltakGruppert(c, siste.id).filter((g) => g.tiltak.length > 0) : [],
    belopKolonner: belopKolonner(siste ? tiltakIPlan(site, siste.id) : [], true),
    budsjett,
    /** Whether any tiltak of the pilot states an amount of bygdevekstmidler, and so a per-inhabitant figure. */
    harBelop:
      budsjett.bygdevekstmidlerMotAndre.bygdevekstmidler.tiltakMedBelop > 0 && bv.kronerPerInnbygger !== null,
    planAar: budsjett.planer.map((x) => x.aar).join(' og '),
    kommunerIPiloten: sortByNb(bv.kommuner, (x) => x.navn),
    somAktor: aktor
      ? { aktor, antallRoller: aktorRoller(c, aktor.id).reduce((n, g) => n + g.roller.length, 0) }
      : null,
    kilder: samleKilder([
      k.folketall.kilde,
      k.kommunenummerKilde,
      k.areal?.kilde,
      k.sentralitet?.kilde,
      ...(siste ? [siste.data.kilde] : []),
    ]),
  };
}
export type KommuneView = ReturnType<typeof kommuneView>;

/** Every kommune by name, with its pilot. */
export function kommuneListeView(site: Site) {
  const { c, ix } = site;
  return site.memo('kommuneListe', () =>
    kommunerSortert(c).map((kommune) => ({ kommune, pilot: ix.piloter.get(kommune.data.pilot)! })),
  );
}
