/** Everything the kommune page and the kommune list show. */
import {
  aktorForKommune,
  aktorRoller,
  kommunerSortert,
  sistePlan,
  pilotFolketall,
  samleKilder,
  hvemSporre,
} from '../lib/model/index.ts';
import { belopKolonner, idPaths, tiltakIPlan } from './shared.ts';
import type { Site } from './site.ts';
import { kommuneTiltakView } from './kommuneTiltak.ts';
import { pengerForst } from '../lib/money/index.ts';
import { kartView } from './kart.ts';

export const kommunePaths = (site: Site) => idPaths(site.c.kommuner);

export function kommuneView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const kommune = ix.kommuner.get(id);
  if (!kommune) throw new Error(`Ukjent kommune «${id}»`);
  const k = kommune.data;
  const pilot = ix.piloter.get(k.pilot)!;
  const siste = sistePlan(c, pilot.id);
  const aktor = aktorForKommune(c, id);
  return {
    kommune,
    pilot,
    navn,
    kart: kartView(site, { kommune: id }),
    naboer: (ix.kommunerByPilot.get(pilot.id) ?? []).filter((x) => x.id !== id),
    folketall: pilotFolketall(c, pilot.id),
    delmal: ix.delmalByPilot.get(pilot.id) ?? [],
    planer: ix.planerByPilot.get(pilot.id) ?? [],
    sistePlan: siste,
    belopKolonner: belopKolonner(siste ? tiltakIPlan(site, siste.id) : [], true),
    /** The newest plan's tiltak for the whole pilot and for this kommune only, and the pilot's money with its basis. */
    tiltakOgPenger: kommuneTiltakView(c, id),
    /** What the pilot does in its newest plan and what it costs, shown first (src/lib/money/pengerForst.ts). */
    pengerForst: pengerForst(c, pilot.id, id),
    /** The bodies a citizen can ask, with this kommune's own first (src/lib/model/hvemSporre.ts). */
    hvemSporre: hvemSporre(c, pilot.id, id),
    somAktor: aktor
      ? { aktor, antallRoller: aktorRoller(c, aktor.id).reduce((n, g) => n + g.roller.length, 0) }
      : null,
    kilder: samleKilder([
      k.folketall.kilde,
      k.kommunenummerKilde,
      k.areal?.kilde,
      k.sentralitet?.kilde,
      k.posisjon?.kilde,
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
