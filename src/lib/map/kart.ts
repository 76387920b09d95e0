/**
 * The map of Norway with the pilots' kommuner, drawn at build time as plain SVG numbers: no tiles,
 * no script, no request to anyone. The outline is Natural Earth's (world-atlas), never drawn by hand;
 * the kommune points are the cited positions in content/kommuner.
 */
import { geoBounds, geoCentroid, geoTransverseMercator } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** Mainland Norway with its coastal islands; Svalbard, Jan Mayen and Bouvetøya lie outside it. */
const FASTLAND = { vest: 4, ost: 32, sor: 57, nord: 71.5 };

/** A kommune to place: its page, its pilot and its cited position. */
export interface KartKommune {
  id: string;
  navn: string;
  href: string;
  pilot: string;
  breddegrad: number;
  lengdegrad: number;
}

/** A pilot to mark at the middle of its kommuner's points. */
export interface KartPilot {
  id: string;
  navn: string;
  href: string;
}

export interface KartPunkt {
  id: string;
  navn: string;
  href: string;
  x: number;
  y: number;
}

export interface Kart {
  bredde: number;
  hoyde: number;
  /** SVG path data of the outline, in the same units as the view box. */
  omriss: string;
  kommuner: (KartPunkt & { pilot: string })[];
  /**
   * Each pilot's numbered mark (1… in the order given), in a column in the open space east of the
   * coast, ordered by where its kommuner lie so the lines to them cross as little as possible.
   */
  piloter: KartPilotMerke[];
}

/** A pilot's numbered mark, and the middle of its kommuner's points that a line joins it to. */
export interface KartPilotMerke extends KartPunkt {
  nummer: number;
  midt: { x: number; y: number };
}

/** Keeps the polygons of Norway's outline that lie on the mainland side (see FASTLAND). */
export function fastlandsomriss(norge: Feature<Polygon | MultiPolygon>): Feature<MultiPolygon> {
  const polygoner =
    norge.geometry.type === 'Polygon' ? [norge.geometry.coordinates] : norge.geometry.coordinates;
  const beholdt = polygoner.filter((p) => {
    const [[vest, sor], [ost, nord]] = geoBounds({ type: 'Polygon', coordinates: p });
    return vest >= FASTLAND.vest && ost <= FASTLAND.ost && sor >= FASTLAND.sor && nord <= FASTLAND.nord;
  });
  if (beholdt.length === 0) throw new Error('Fant ikke fastlands-Norge i omrisset');
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: beholdt } };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * One ring as path data, thinned in screen space: a point closer than `minAvstand` units to the last
 * one kept adds nothing visible at this size, so it is dropped. Rings smaller than a few units vanish.
 */
function ringSti(ring: Position[], projiser: (p: Position) => [number, number], minAvstand: number): string {
  const kept: [number, number][] = [];
  for (const p of ring) {
    const [x, y] = projiser(p);
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(x - last[0], y - last[1]) >= minAvstand) kept.push([x, y]);
  }
  if (kept.length < 3) return '';
  let area = 0;
  for (let i = 0; i < kept.length; i++) {
    const [x1, y1] = kept[i];
    const [x2, y2] = kept[(i + 1) % kept.length];
    area += x1 * y2 - x2 * y1;
  }
  if (Math.abs(area) / 2 < minAvstand * minAvstand * 2) return '';
  return 'M' + kept.map(([x, y]) => `${r1(x)},${r1(y)}`).join('L') + 'Z';
}

const MERKE_AVSTAND = 20;

function merkePiloter(
  piloter: readonly KartPilot[],
  plassert: readonly (KartPunkt & { pilot: string })[],
  omriss: Feature<MultiPolygon>,
  projiser: (p: Position) => [number, number],
  { bredde, hoyde, marg }: { bredde: number; hoyde: number; marg: number },
): KartPilotMerke[] {
  const x = Math.round(bredde * 0.66);
  // The column starts below the land that reaches east of it (Finnmark), with room for one mark.
  let landBunn = marg;
  for (const poly of omriss.geometry.coordinates)
    for (const p of poly[0]) {
      const [px, py] = projiser(p);
      if (px >= x - 10 && py < hoyde / 2) landBunn = Math.max(landBunn, py);
    }
  const medMidt = piloter.flatMap((p, i) => {
    const egne = plassert.filter((k) => k.pilot === p.id);
    if (egne.length === 0) return [];
    const midtX = egne.reduce((s, k) => s + k.x, 0) / egne.length;
    const midtY = egne.reduce((s, k) => s + k.y, 0) / egne.length;
    return [{ id: p.id, navn: p.navn, href: p.href, nummer: i + 1, midtX, midtY }];
  });
  // Pilots whose kommuner lie above the column's start (the far north) get a row there instead,
  // ordered west to east, so their lines fan out rather than run over one another.
  const radY = landBunn + MERKE_AVSTAND;
  const rad = medMidt.filter((p) => p.midtY < radY).sort((a, b) => a.midtX - b.midtX || a.nummer - b.nummer);
  const kolonne = medMidt
    .filter((p) => p.midtY >= radY)
    .sort((a, b) => a.midtY - b.midtY || a.nummer - b.nummer);
  const plass = new Map<string, { x: number; y: number }>();
  const radMidt = rad.reduce((s, p) => s + p.midtX, 0) / Math.max(rad.length, 1);
  const radStart = Math.min(
    Math.max(radMidt - ((rad.length - 1) * MERKE_AVSTAND) / 2, marg + 8),
    bredde - marg - 8 - (rad.length - 1) * MERKE_AVSTAND,
  );
  rad.forEach((p, i) => plass.set(p.id, { x: radStart + i * MERKE_AVSTAND, y: radY }));
  const ys: number[] = [];
  const forste = rad.length > 0 ? radY + MERKE_AVSTAND : radY;
  for (const [i, p] of kolonne.entries())
    ys.push(Math.max(p.midtY, forste, i > 0 ? ys[i - 1] + MERKE_AVSTAND : -Infinity));
  for (let i = ys.length - 1; i >= 0; i--)
    ys[i] = Math.min(ys[i], hoyde - marg - 8, i < ys.length - 1 ? ys[i + 1] - MERKE_AVSTAND : Infinity);
  kolonne.forEach((p, i) => plass.set(p.id, { x, y: ys[i] }));
  return medMidt
    .map((p) => ({
      id: p.id,
      navn: p.navn,
      href: p.href,
      nummer: p.nummer,
      x: r1(plass.get(p.id)!.x),
      y: r1(plass.get(p.id)!.y),
      midt: { x: r1(p.midtX), y: r1(p.midtY) },
    }))
    .sort((a, b) => a.nummer - b.nummer);
}

/**
 * Projects the outline and the kommuner into a view box `bredde` wide (height follows the shape),
 * with a transverse Mercator centred on Norway so the long coast keeps its shape. Kommuner whose
 * pilot is not among `piloter` are left out; pilots with no placed kommune get no mark.
 */
export function tegnKart(
  omriss: Feature<MultiPolygon>,
  kommuner: readonly KartKommune[],
  piloter: readonly KartPilot[],
  { bredde = 320, marg = 8, minAvstand = 1.2 } = {},
): Kart {
  const [lon] = geoCentroid(omriss);
  const projeksjon = geoTransverseMercator().rotate([-lon, 0]);
  projeksjon.fitWidth(bredde - 2 * marg, omriss);
  // Measure the projected outline itself for the height, then shift everything by the margin.
  let minY = Infinity;
  let maxY = -Infinity;
  let minX = Infinity;
  for (const poly of omriss.geometry.coordinates)
    for (const ring of poly)
      for (const p of ring) {
        const [x, y] = projeksjon(p as [number, number])!;
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        minX = Math.min(minX, x);
      }
  const projiser = (p: Position): [number, number] => {
    const [x, y] = projeksjon(p as [number, number])!;
    return [x - minX + marg, y - minY + marg];
  };
  const hoyde = Math.ceil(maxY - minY + 2 * marg);
  const omrissSti = omriss.geometry.coordinates
    .flatMap((poly) => poly.map((ring) => ringSti(ring, projiser, minAvstand)))
    .join('');

  const pilotIds = new Set(piloter.map((p) => p.id));
  const plassert = kommuner
    .filter((k) => pilotIds.has(k.pilot))
    .map((k) => {
      const [x, y] = projiser([k.lengdegrad, k.breddegrad]);
      return { id: k.id, navn: k.navn, href: k.href, pilot: k.pilot, x: r1(x), y: r1(y) };
    });
  const pilotPunkter = merkePiloter(piloter, plassert, omriss, projiser, { bredde, hoyde, marg });
  return { bredde, hoyde, omriss: omrissSti, kommuner: plassert, piloter: pilotPunkter };
}
