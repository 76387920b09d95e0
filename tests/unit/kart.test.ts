import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import { fastlandsomriss, norgesOmriss, tegnKart, type KartKommune } from '../../src/lib/map/index.ts';
import { kommuneSchema } from '../../src/schemas/kommune.ts';
import { contentRoot } from '../../src/lib/loading/contentFiles.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { buildSite } from '../../src/views/site.ts';
import { forsideView } from '../../src/views/forside.ts';
import { kommuneView } from '../../src/views/kommune.ts';
import { pilotView } from '../../src/views/pilot.ts';

const DIR = join(contentRoot(), 'kommuner');
const kommuner = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    data: kommuneSchema.parse(parseYaml(readFileSync(join(DIR, f), 'utf8'))),
  }));

const punkt = (id: string, pilot: string, breddegrad: number, lengdegrad: number): KartKommune => ({
  id,
  navn: id,
  href: `/kommuner/${id}/`,
  pilot,
  breddegrad,
  lengdegrad,
});

describe('norgesOmriss', () => {
  const norge = norgesOmriss();
  it('keeps the mainland and drops Svalbard and Jan Mayen', () => {
    expect(geoContains(norge, [10.75, 59.91])).toBe(true); // Oslo
    expect(geoContains(norge, [25.51, 69.47])).toBe(true); // Karasjok
    expect(geoContains(norge, [15.6, 78.2])).toBe(false); // Longyearbyen
    expect(geoContains(norge, [-8.5, 71.0])).toBe(false); // Jan Mayen
    expect(geoContains(norge, [18.06, 59.33])).toBe(false); // Stockholm
  });
  it('refuses an outline with no mainland polygon', () => {
    const svalbard: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [15, 78],
              [16, 78],
              [16, 79],
              [15, 78],
            ],
          ],
        ],
      },
    };
    expect(() => fastlandsomriss(svalbard)).toThrow(/fastlands-Norge/);
  });
});

describe('kommune positions in content', () => {
  const medPosisjon = kommuner.filter((k) => k.data.posisjon !== null);
  it('every kommune has a cited position (none guessed: each cites a line of its source)', () => {
    expect(medPosisjon.map((k) => k.id)).toEqual(kommuner.map((k) => k.id));
    expect(kommuner.length).toBeGreaterThan(30);
    for (const k of medPosisjon)
      expect(k.data.posisjon!.kilde.url).toMatch(/^https:\/\/github\.com\/.+#L\d+$/);
  });
  it('each position lies in or within 30 km of Norway, so a swapped or mistyped degree shows', () => {
    const norge = norgesOmriss();
    const jordradiusKm = 6371;
    for (const k of medPosisjon) {
      const p: [number, number] = [k.data.posisjon!.lengdegrad, k.data.posisjon!.breddegrad];
      if (geoContains(norge, p)) continue;
      // Small islands (Fedje) are missing from Natural Earth's 1:50m coast; the distance is to its nearest vertex.
      const naermest = Math.min(
        ...norge.geometry.coordinates.flatMap((poly) =>
          poly[0].map((q) => geoDistance(p, q as [number, number]) * jordradiusKm),
        ),
      );
      expect(naermest, k.id).toBeLessThan(30);
    }
  });
  it('pins one position to its source line: Grong is Medjå, 64.4561 N 12.3122 E', () => {
    const grong = kommuner.find((k) => k.id === 'grong')!.data.posisjon!;
    expect([grong.breddegrad, grong.lengdegrad]).toEqual([64.4561, 12.3122]);
    expect(grong.kilde.url).toMatch(/municipalities\.py#L1393$/);
  });
  it('the schema refuses a position outside mainland Norway (swapped degrees)', () => {
    const grong = kommuner.find((k) => k.id === 'grong')!.data;
    const byttet = {
      ...grong,
      posisjon: { breddegrad: 12.3122, lengdegrad: 64.4561, kilde: { url: 'https://x.no/' } },
    };
    const r = kommuneSchema.safeParse(byttet);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join(' ')).toMatch(/sør for Norge/);
  });
});

describe('tegnKart', () => {
  const norge = norgesOmriss();
  const kart = tegnKart(
    norge,
    [
      punkt('oslo', 'a', 59.91, 10.75),
      punkt('kirkenes', 'b', 69.73, 30.05),
      punkt('lindesnes', 'b', 58.0, 7.05),
      punkt('utenfor', 'ukjent', 63, 10),
    ],
    [
      { id: 'a', navn: 'A', href: '/piloter/a/' },
      { id: 'b', navn: 'B', href: '/piloter/b/' },
      { id: 'c', navn: 'C', href: '/piloter/c/' },
    ],
    { bredde: 300, marg: 10 },
  );
  const xy = (id: string) => kart.kommuner.find((k) => k.id === id)!;

  it('fits Norway in the view box: taller than wide, every point inside', () => {
    expect(kart.bredde).toBe(300);
    expect(kart.hoyde).toBeGreaterThan(300);
    const tall = kart.omriss.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = tall.filter((_, i) => i % 2 === 0);
    const ys = tall.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(9.9);
    expect(Math.max(...xs)).toBeLessThanOrEqual(290.1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(9.9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(kart.hoyde - 9.9);
  });
  it('puts the north up and the east right: Kirkenes above and right of Oslo, Lindesnes lowest', () => {
    expect(xy('kirkenes').y).toBeLessThan(xy('oslo').y);
    expect(xy('kirkenes').x).toBeGreaterThan(xy('oslo').x);
    expect(xy('lindesnes').y).toBeGreaterThan(xy('oslo').y);
    expect(xy('lindesnes').x).toBeLessThan(xy('oslo').x);
  });
  it('thins the coast to a size a page can carry', () => {
    expect(kart.omriss.length).toBeGreaterThan(2_000);
    expect(kart.omriss.length).toBeLessThan(40_000);
    expect(kart.omriss).toMatch(/^M[\d.]+,[\d.]+L/);
  });
  it('leaves out kommuner of unknown pilots, and gives each placed pilot one numbered mark', () => {
    expect(kart.kommuner.map((k) => k.id)).toEqual(['oslo', 'kirkenes', 'lindesnes']);
    expect(kart.piloter.map((p) => [p.id, p.nummer])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    const b = kart.piloter.find((p) => p.id === 'b')!;
    expect(b.midt.x).toBeCloseTo((xy('kirkenes').x + xy('lindesnes').x) / 2, 0);
    expect(b.midt.y).toBeCloseTo((xy('kirkenes').y + xy('lindesnes').y) / 2, 0);
  });
  it('keeps the marks of the ten real pilots apart and inside the view box', () => {
    const ekte = tegnKart(
      norge,
      kommuner.map((k) => ({
        id: k.id,
        navn: k.data.navn,
        href: '',
        pilot: k.data.pilot,
        breddegrad: k.data.posisjon!.breddegrad,
        lengdegrad: k.data.posisjon!.lengdegrad,
      })),
      [...new Set(kommuner.map((k) => k.data.pilot))].map((id) => ({ id, navn: id, href: '' })),
    );
    expect(ekte.piloter).toHaveLength(10);
    for (const p of ekte.piloter) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(ekte.bredde);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(ekte.hoyde);
      for (const q of ekte.piloter)
        if (q !== p) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(19.9);
    }
  });
});

describe('kartView on the home, pilot and kommune pages', () => {
  const site = buildSite(loadContent().collections);
  it('the home page shows all ten pilots and picks none out', () => {
    const v = forsideView(site).kart;
    expect(v.liste).toHaveLength(10);
    expect(v.fokusPilot).toBeNull();
  });
  it('a pilot page picks out its own pilot', () => {
    expect(pilotView(site, 'rindal-holtalen').kart.fokusPilot).toBe('rindal-holtalen');
  });
  it("a kommune page picks out the kommune and its pilot, and cites the kommune's position", () => {
    const v = kommuneView(site, 'grong');
    expect(v.kart.fokusKommune).toBe('grong');
    expect(v.kart.fokusPilot).toBe('indre-namdal');
    expect(v.kart.kart.kommuner.map((k) => k.id)).toContain('grong');
    expect(v.kommune.data.posisjon?.kilde.url).toMatch(/^https:\/\//);
  });
});
