/** The text pages: the background page at /om/ and the others at /om/<id>/. */
import { compareNb } from '../lib/format.ts';
import { samleKilder } from '../lib/model/index.ts';
import { BAKGRUNN } from '../lib/urls.ts';
import type { Site } from './site.ts';

type SideEntry = Site['c']['sider'][number];

const sideKilder = (side: SideEntry) =>
  samleKilder([...side.data.kilder, ...side.data.fakta.map((f) => f.kilde)]);

/** Text pages other than the background page, which is /om/ itself. */
export const sidePaths = (site: Site) =>
  site.c.sider.filter((s) => s.id !== BAKGRUNN).map((s) => ({ params: { id: s.id } }));

export function omView(site: Site) {
  const side = site.ix.sider.get(BAKGRUNN) ?? null;
  return {
    side,
    tittel: side?.data.tittel ?? 'Om bygdevekstavtalene',
    beskrivelse:
      side?.data.beskrivelse ??
      'Hva bygdevekstavtaler er, hvem de er for, og hvordan Bygdevekstatlas er laget.',
    andreSider: site.c.sider
      .filter((x) => x.id !== BAKGRUNN)
      .sort((a, b) => compareNb(a.data.tittel, b.data.tittel)),
    navn: site.navn,
    kilder: side ? sideKilder(side) : [],
  };
}

export function sideView(site: Site, id: string) {
  const side = site.ix.sider.get(id);
  if (!side) throw new Error(`Ukjent side «${id}»`);
  return { side, navn: site.navn, kilder: sideKilder(side) };
}
