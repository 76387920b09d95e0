/** Norway's outline from Natural Earth 1:50m (the world-atlas package), mainland only. */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import verden from 'world-atlas/countries-50m.json' with { type: 'json' };
import { fastlandsomriss } from './kart.ts';

/** ISO 3166-1 numeric code for Norway, the id world-atlas gives each country. */
const NORGE = '578';

let cached: Feature<MultiPolygon> | null = null;

export function norgesOmriss(): Feature<MultiPolygon> {
  if (cached) return cached;
  const topo = verden as unknown as Topology<{ countries: GeometryCollection }>;
  const land = topo.objects.countries.geometries.find((g) => String(g.id) === NORGE);
  if (!land) throw new Error('Fant ikke Norge (578) i world-atlas');
  cached = fastlandsomriss(feature(topo, land) as Feature<Polygon | MultiPolygon>);
  return cached;
}
