/** Everything the actor page and the actor list show. */
import {
  AKTOR_ROLLER,
  aktorOversikt,
  aktorRoller,
  kommuneForAktor,
  samleKilder,
} from '../lib/model/index.ts';
import { aktorPenger } from '../lib/money/index.ts';
import { urlFor } from '../lib/urls.ts';
import { forste, idPaths } from './shared.ts';
import type { Site } from './site.ts';

export const aktorPaths = (site: Site) => idPaths(site.c.aktorer);

export function aktorView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const aktor = ix.aktorer.get(id);
  if (!aktor) throw new Error(`Ukjent aktør «${id}»`);
  const perPilot = aktorRoller(c, id).map((g) => ({
    ...g,
    /** The roles by kind, kinds in set order, kinds without roles left out. */
    grupper: AKTOR_ROLLER.map((r) => {
      const alle = g.roller.filter((x) => x.type === r.id);
      // Roles grow with the plans: the page lists the first of each kind and counts the rest.
      const { vist, flere } = forste(alle);
      return { navn: r.navn, antall: alle.length, roller: vist, flere };
    }).filter((r) => r.antall > 0),
  }));
  // The tiltak the roles list (responsible, partner, funder), counted once each: the same set
  // /tiltak/?aktor=<id> shows.
  const tiltakHrefs = new Set(
    perPilot.flatMap((g) =>
      g.roller
        .filter(
          (r) => r.type === 'hovedansvarlig' || r.type === 'samarbeidspart-tiltak' || r.type === 'giver',
        )
        .map((r) => r.href),
    ),
  );
  return {
    aktor,
    navn,
    perPilot,
    tiltakITabell: { antall: tiltakHrefs.size, url: urlFor.tiltakForAktor(id) },
    antallRoller: perPilot.reduce((n, g) => n + g.roller.length, 0),
    kommune: kommuneForAktor(c, id),
    /** What the actor funds, when it funds anything (src/lib/money/pengerSide.ts). */
    penger: aktorPenger(c, id),
    kilder: samleKilder([
      aktor.data.kilde,
      ...perPilot.flatMap((g) => g.grupper.flatMap((r) => r.roller.map((x) => x.kilde))),
    ]),
  };
}
export type AktorView = ReturnType<typeof aktorView>;

export const aktorListeView = (site: Site) => site.memo('aktorOversikt', () => aktorOversikt(site.c));
