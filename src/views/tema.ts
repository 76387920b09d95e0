/** Everything the theme page and the theme list show. */
import { isBygdevekstmidler, sumFunding } from '../lib/money/index.ts';
import { samleKilder, temaInnhold, temaSortert } from '../lib/model/index.ts';
import { belopKolonner, forste, idPaths, tiltakTabellMed } from './shared.ts';
import type { Site } from './site.ts';
import { temaLaering } from './laering.ts';

export const temaPaths = (site: Site) => idPaths(site.c.tema);

export function temaView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const tema = ix.tema.get(id);
  if (!tema) throw new Error(`Ukjent tema «${id}»`);
  const perPilot = temaInnhold(c, id).map((g) => {
    const { vist, flere } = forste(g.tiltak);
    return {
      ...g,
      sum: sumFunding(g.tiltak),
      bygdevekstmidler: sumFunding(g.tiltak, isBygdevekstmidler),
      /** The tiltak listed on the page; the rest are counted and linked to the table. */
      vist,
      flere: flere > 0 ? { antall: flere, href: tiltakTabellMed({ pilot: g.pilot.id, tema: id }) } : null,
    };
  });
  return {
    tema,
    navn,
    perPilot,
    antallTiltak: perPilot.reduce((n, g) => n + g.tiltak.length, 0),
    antallDelmal: perPilot.reduce((n, g) => n + g.delmal.length, 0),
    planNavn: Object.fromEntries(c.handlingsplaner.map((h) => [h.id, `Handlingsplan ${h.data.aar}`])),
    belopKolonner: belopKolonner(perPilot.flatMap((g) => g.tiltak)),
    /** Lessons on the theme from pilots and from initiatives, and the initiatives working on it. */
    laering: temaLaering(c, id),
    kilder: samleKilder(
      perPilot.flatMap((g) => [...g.delmal.map((d) => d.data.kilde), ...g.vist.map((t) => t.data.kilde)]),
    ),
  };
}
export type TemaView = ReturnType<typeof temaView>;

/** Themes in set order, with how many pilots, delmål and tiltak each has. */
export function temaListeView(site: Site) {
  const { c } = site;
  return site.memo('temaListe', () =>
    temaSortert(c).map((tema) => {
      const innhold = temaInnhold(c, tema.id);
      return {
        tema,
        antallPiloter: innhold.length,
        antallDelmal: innhold.reduce((n, g) => n + g.delmal.length, 0),
        antallTiltak: innhold.reduce((n, g) => n + g.tiltak.length, 0),
      };
    }),
  );
}
