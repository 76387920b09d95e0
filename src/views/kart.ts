/**
 * The map of the pilots and their kommuner (home, pilot and kommune pages), with the text list that
 * says the same thing: which kommuner belong to which pilot, and which of them have no cited position.
 */
import { compareNb } from '../lib/format.ts';
import { norgesOmriss, tegnKart } from '../lib/map/index.ts';
import { urlFor } from '../lib/urls.ts';
import { FYLKER } from '../schemas/vocabulary.ts';
import type { Site } from './site.ts';

function kartGrunnlag(site: Site) {
  const { c, ix } = site;
  return site.memo('kart', () => {
    // The same order as the pilot list on the home page: fylke from north to south, then name.
    const piloter = [...c.piloter].sort(
      (a, b) =>
        FYLKER.indexOf(a.data.fylke) - FYLKER.indexOf(b.data.fylke) || compareNb(a.data.navn, b.data.navn),
    );
    const medPosisjon = c.kommuner.flatMap((k) =>
      k.data.posisjon
        ? [
            {
              id: k.id,
              navn: k.data.navn,
              href: urlFor.kommune(k.id),
              pilot: k.data.pilot,
              breddegrad: k.data.posisjon.breddegrad,
              lengdegrad: k.data.posisjon.lengdegrad,
            },
          ]
        : [],
    );
    const kart = tegnKart(
      norgesOmriss(),
      medPosisjon,
      piloter.map((p) => ({ id: p.id, navn: p.data.navn, href: urlFor.pilot(p.id) })),
    );
    const liste = piloter.map((p, i) => ({
      nummer: i + 1,
      id: p.id,
      navn: p.data.navn,
      href: urlFor.pilot(p.id),
      kommuner: (ix.kommunerByPilot.get(p.id) ?? []).map((k) => ({
        id: k.id,
        navn: k.data.navn,
        href: urlFor.kommune(k.id),
        paKartet: k.data.posisjon !== null,
      })),
    }));
    // One link per source file: each kommune page cites its own line.
    const kilder = [
      ...new Set(c.kommuner.flatMap((k) => (k.data.posisjon?.kilde.url ? [k.data.posisjon.kilde.url] : []))),
    ].map((url) => url.replace(/#.*$/, ''));
    return {
      kart,
      liste,
      utenPosisjon: liste.flatMap((p) => p.kommuner.filter((k) => !k.paKartet)),
      kilder: [...new Set(kilder)],
    };
  });
}

/** The map with one pilot or kommune picked out (none on the home page). */
export function kartView(site: Site, fokus: { pilot?: string; kommune?: string } = {}) {
  const grunnlag = kartGrunnlag(site);
  const pilot = fokus.kommune ? site.ix.kommuner.get(fokus.kommune)?.data.pilot : fokus.pilot;
  return { ...grunnlag, fokusPilot: pilot ?? null, fokusKommune: fokus.kommune ?? null };
}
export type KartView = ReturnType<typeof kartView>;
