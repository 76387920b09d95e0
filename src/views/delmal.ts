/** Everything the delmål page and the delmål list show. */
import { isBygdevekstmidler, sumFunding } from '../lib/money/index.ts';
import { compareNb } from '../lib/format.ts';
import { samleKilder, tabellUtdragForDelmal, tiltakForDelmal } from '../lib/model/index.ts';
import { avvikMed, belopKolonner, idPaths } from './shared.ts';
import type { Site } from './site.ts';
import { statedTableRows } from './statedTable.ts';

export const delmalPaths = (site: Site) => idPaths(site.c.delmal);

/** Actor ids as id and name (the id when the actor has no entry). */
export function aktorListe(site: Site, ids: readonly string[]) {
  return ids.map((a) => ({ id: a, navn: site.navn.aktorer[a] ?? a }));
}

export function delmalView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const delmal = ix.delmal.get(id);
  if (!delmal) throw new Error(`Ukjent delmål «${id}»`);
  const d = delmal.data;
  const perPlan = tiltakForDelmal(c, id).map((g) => ({
    ...g,
    sum: sumFunding(g.tiltak),
    bygdevekstmidler: sumFunding(g.tiltak, isBygdevekstmidler),
  }));
  return {
    delmal,
    pilot: ix.piloter.get(d.pilot)!,
    navn,
    tittel: `Delmål ${d.nr}: ${d.tittel}`,
    perPlan,
    belopKolonner: belopKolonner(perPlan.flatMap((g) => g.tiltak)),
    samarbeidsparter: aktorListe(site, d.samarbeidsparter),
    kanInviteres: aktorListe(site, d.kanInviteres),
    tabeller: tabellUtdragForDelmal(c, id).map((u) => ({
      ...u,
      tabeller: u.tabeller.map((tabell) => ({ tabell, rader: statedTableRows(tabell) })),
    })),
    ...avvikMed(site, { pilot: d.pilot, delmal: d.nr }),
    kilder: samleKilder([d.kilde, ...d.andreTitler.map((a) => a.kilde)]),
  };
}
export type DelmalView = ReturnType<typeof delmalView>;

/** Every delmål, pilots by name, delmål by number, with their themes' names. */
export function delmalListeView(site: Site) {
  const { c, ix, navn } = site;
  return {
    antall: c.delmal.length,
    piloter: [...c.piloter]
      .sort((a, b) => compareNb(a.data.navn, b.data.navn))
      .map((pilot) => ({
        pilot,
        delmal: (ix.delmalByPilot.get(pilot.id) ?? []).map((d) => ({
          delmal: d,
          temaNavn: d.data.tema.map((t) => navn.tema[t] ?? t).join(', '),
        })),
      })),
  };
}
