/**
 * The growth check (issue 20): the real content grown by a year (tests/helpers/growth.ts) must
 * load, every page's view and every export must come out of it without throwing, and what was
 * there before must not move: each document's figures are the same with the growth as without.
 * Runs only in the «vekst» project, which also runs every content test on this copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAvvik } from '../../src/lib/checks/index.ts';
import { contentRoot } from '../../src/lib/loading/contentFiles.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { validateContent } from '../../src/lib/loading/validateContent.ts';
import { searchFacets, searchRecords } from '../../src/lib/search/index.ts';
import { aktorListeView, aktorPaths, aktorView } from '../../src/views/aktor.ts';
import { avvikView } from '../../src/views/avvik.ts';
import { dataPerView, exportCsv, exportPaths, exportView, feedView } from '../../src/views/data.ts';
import { delmalListeView, delmalPaths, delmalView } from '../../src/views/delmal.ts';
import { endringerPaths, endringerView } from '../../src/views/endringer.ts';
import { forsideView } from '../../src/views/forside.ts';
import { kildeListeView, kildePaths, kildeTekstView } from '../../src/views/kilder.ts';
import { kommuneListeView, kommunePaths, kommuneView } from '../../src/views/kommune.ts';
import { kommuneTiltakView } from '../../src/views/kommuneTiltak.ts';
import { pengerView, giverPaths, giverCsvView } from '../../src/views/penger.ts';
import { pilotPaths, pilotView, piloterOversiktView } from '../../src/views/pilot.ts';
import { pilotPengerView } from '../../src/views/pilotPenger.ts';
import { planListeView, planPaths, planView } from '../../src/views/plan.ts';
import { sammenlignView } from '../../src/views/sammenlign.ts';
import { buildSite } from '../../src/views/site.ts';
import { sokView } from '../../src/views/sok.ts';
import { temaListeView, temaPaths, temaView } from '../../src/views/tema.ts';
import { tiltakListeView, tiltakPaths, tiltakTabellView, tiltakView } from '../../src/views/tiltak.ts';
import { GROWN_CONTENT, GROWTH, NOT_CONTENT_READING } from '../helpers/growth.ts';

const SITE_URL = 'https://bygdevekstatlas.no';
const grown = loadContent();
const real = loadContent('content');
const g = buildSite(grown.collections);
const r = buildSite(real.collections);

describe('the grown copy', () => {
  it('is what this run reads, and is valid content with every kind of growth in it', () => {
    expect(contentRoot()).toBe(GROWN_CONTENT);
    expect(validateContent(contentRoot()).problems).toEqual([]);
    const c = grown.collections;
    const plan = c.handlingsplaner.find((h) => h.id === GROWTH.plan);
    expect(plan?.data.endringerFraForrige.map((e) => e.status).sort()).toEqual([
      'avsluttes',
      'slas-sammen',
      'viderefores',
    ]);
    expect(c.handlingsplaner.some((h) => h.id === GROWTH.forrigePlan)).toBe(true);
    const eget = c.tiltak.find((t) => t.id === GROWTH.kommuneTiltak);
    expect(eget?.data.kommuner).toEqual([GROWTH.kommune]);
    expect(eget?.data.kommunerKilde?.dokument).toBe(plan?.data.dokument);
    expect(c.delmal.filter((d) => d.data.pilot === GROWTH.nyAvtale).map((d) => d.id)).toEqual(
      GROWTH.nyeDelmal,
    );
    expect(c.handlingsplaner.some((h) => h.data.pilot === GROWTH.nyAvtale)).toBe(false);
    expect(real.collections.delmal.some((d) => d.data.pilot === GROWTH.nyAvtale)).toBe(false);
    // The new actor is written with its two required fields (name and type) and nothing else.
    expect(c.aktorer.some((a) => a.id === GROWTH.nyAktor)).toBe(true);
    const aktorFil = readFileSync(`${GROWN_CONTENT}/aktorer/${GROWTH.nyAktor}.yaml`, 'utf8');
    expect(
      aktorFil
        .trim()
        .split('\n')
        .map((l) => l.split(':')[0]),
    ).toEqual(['navn', 'type']);
  });

  it('leaves out of the growth run only test files that never read the content', () => {
    for (const file of NOT_CONTENT_READING) {
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/loadContent\(\)|contentRoot\(|['"]content['"/]/);
    }
  });
});

describe('every page view, export and check on the grown copy', () => {
  const paths = <T>(list: { params: T }[]) => list.map((p) => p.params);
  it('renders every page type for every entry without throwing', () => {
    for (const { id } of paths(pilotPaths(g))) expect(() => pilotView(g, id), id).not.toThrow();
    for (const { id } of paths(pilotPaths(g))) expect(() => pilotPengerView(g.c, id), id).not.toThrow();
    for (const { id } of paths(planPaths(g))) expect(() => planView(g, id), id).not.toThrow();
    for (const { id } of paths(tiltakPaths(g))) expect(() => tiltakView(g, id), id).not.toThrow();
    for (const { id } of paths(delmalPaths(g))) expect(() => delmalView(g, id), id).not.toThrow();
    for (const { id } of paths(kommunePaths(g))) {
      expect(() => kommuneView(g, id), id).not.toThrow();
      expect(() => kommuneTiltakView(g.c, id), id).not.toThrow();
    }
    for (const { id } of paths(temaPaths(g))) expect(() => temaView(g, id), id).not.toThrow();
    for (const { id } of paths(aktorPaths(g))) expect(() => aktorView(g, id), id).not.toThrow();
    for (const { id } of paths(kildePaths(g))) expect(() => kildeTekstView(g, id), id).not.toThrow();
    for (const { id, aar } of endringerPaths(g.c).map((p) => p.params))
      expect(() => endringerView(g.c, id, Number(aar)), `${id} ${aar}`).not.toThrow();
    for (const { giver } of paths(giverPaths(g)))
      expect(() => giverCsvView(g, giver, SITE_URL), giver).not.toThrow();
    for (const view of [
      forsideView,
      piloterOversiktView,
      planListeView,
      tiltakListeView,
      tiltakTabellView,
      delmalListeView,
      kommuneListeView,
      temaListeView,
      aktorListeView,
      kildeListeView,
      avvikView,
      pengerView,
      sammenlignView,
      dataPerView,
      sokView,
    ])
      expect(() => view(g), view.name).not.toThrow();
    expect(() => feedView(g, SITE_URL)).not.toThrow();
    // The growth has pages of its own: next year's plan, its change page, the new agreement's delmål.
    expect(paths(planPaths(g)).map((p) => p.id)).toContain(GROWTH.plan);
    expect(endringerPaths(g.c).map((p) => `${p.params.id}-${p.params.aar}`)).toContain(GROWTH.plan);
    expect(paths(delmalPaths(g)).map((p) => p.id)).toEqual(expect.arrayContaining([...GROWTH.nyeDelmal]));
  });

  it('writes every export, search record and finding', () => {
    for (const { fil } of paths(exportPaths())) {
      expect(exportView(g, fil).length, fil).toBeGreaterThan(0);
      expect(() => exportCsv(g, fil), fil).not.toThrow();
    }
    const records = searchRecords(g.c);
    expect(records.some((x) => x.url === `/tiltak/${GROWTH.kommuneTiltak}/`)).toBe(true);
    expect(records.some((x) => x.url === `/aktorer/${GROWTH.nyAktor}/`)).toBe(true);
    expect(() => searchFacets(records, g.c)).not.toThrow();
    expect(() => findAvvik(g.c)).not.toThrow();
  });
});

describe('what was there before is unchanged by the growth', () => {
  it('keeps each earlier plan’s tiltak, amounts and findings', () => {
    expect(r.c.handlingsplaner.length).toBeGreaterThan(0);
    for (const h of r.c.handlingsplaner) {
      const [before, after] = [planView(r, h.id), planView(g, h.id)];
      expect(after.antallTiltak, h.id).toBe(before.antallTiltak);
      expect(after.belopKolonner, h.id).toEqual(before.belopKolonner);
      expect(
        after.grupper.map((x) => x.tiltak.map((t) => t.id)),
        h.id,
      ).toEqual(before.grupper.map((x) => x.tiltak.map((t) => t.id)));
      expect(after.avvik, h.id).toEqual(before.avvik);
    }
  });

  it('keeps every earlier tiltak’s row in the open data', () => {
    const rows = (site: typeof r) => new Map(exportView(site, 'tiltak').map((x) => [String(x.id), x]));
    const [before, after] = [rows(r), rows(g)];
    expect(before.size).toBeGreaterThan(0);
    for (const [id, row] of before) expect(after.get(id), id).toEqual(row);
  });
});
