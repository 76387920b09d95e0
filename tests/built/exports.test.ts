import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAPASITET_DIMENSJONER } from '../../src/schemas/vocabulary.ts';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../src/lib/publishing/exports.ts';
import { EXPORTS, type ExportName } from '../../src/schemas/exports.ts';
import { DIST, fileForPath, requireBuiltSite } from '../helpers/builtSite.ts';
import { parseCsv } from '../helpers/csv.ts';

requireBuiltSite();
const names = Object.keys(EXPORTS) as ExportName[];
const json = (name: ExportName) =>
  JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as Record<string, unknown>[];

/** How our CSV writes one value, to compare the CSV read back with the JSON. */
function asCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' | ');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

describe.each(names)('/data/%s', (name) => {
  const rows = json(name);
  it('validates every row against the published schema', () => {
    for (const r of rows) EXPORTS[name].schema.parse(r);
  });
  it('has a CSV that parses back to the same rows, with the BOM and æøå intact', () => {
    const csv = parseCsv(readFileSync(join(DIST, 'data', `${name}.csv`), 'utf8'));
    expect(csv.bom).toBe(true);
    expect(csv.rows).toHaveLength(rows.length);
    // The diamond's CSV has a column per dimension on every row, empty where the JSON leaves it out.
    const csvForm = (r: Record<string, unknown>) =>
      name === 'kapasitetsdiamant'
        ? {
            ...r,
            dimensjoner: Object.fromEntries(
              KAPASITET_DIMENSJONER.map((d) => [
                d.id,
                (r.dimensjoner as Record<string, number> | null)?.[d.id] ?? null,
              ]),
            ),
          }
        : r;
    const flat = rows.map((r) => flatten(csvForm(r)));
    if (rows.length > 0) expect(csv.header).toEqual(Object.keys(flat[0]));
    expect(csv.rows).toEqual(flat.map((r) => csv.header.map((h) => asCell(r[h]))));
  });
  it('points every url at a page that exists in the built site', () => {
    const missing = rows
      .map((r) => r.url)
      .filter((u): u is string => typeof u === 'string' && !existsSync(fileForPath(u)));
    expect(missing).toEqual([]);
  });
});

describe('the exports hold the real content', () => {
  it('has all ten pilots and some tiltak, delmål and budget lines', () => {
    expect(json('piloter')).toHaveLength(10);
    expect(json('tiltak').length).toBeGreaterThan(20);
    expect(json('delmal').length).toBeGreaterThan(10);
    expect(json('budsjett').length).toBeGreaterThan(20);
  });
  it('has findings where the plans do not add up', () => {
    expect(json('avvik').length).toBeGreaterThan(0);
  });
  it('keeps æøå in the CSV text', () => {
    expect(readFileSync(join(DIST, 'data', 'piloter.csv'), 'utf8')).toMatch(/Holtålen|Røyrvik|Våler/);
  });
});

describe('sitemap and feed', () => {
  it('lists every built page in sitemap.xml', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://bygdevekstatlas.no/piloter/indre-namdal/</loc>');
    expect(sitemap).toContain('<loc>https://bygdevekstatlas.no/data/</loc>');
  });
  it('has an Atom feed entry per handlingsplan and per change page', () => {
    const feed = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed.match(/<id>tag:[^<]*:handlingsplan\//g)?.length).toBe(
      json('piloter').reduce((n, p) => n + (p.handlingsplaner as number[]).length, 0),
    );
    const sider = [...new Set(json('endringer').map((r) => r.url as string))];
    expect(feed.match(/<id>tag:[^<]*:endringer\//g)?.length ?? 0).toBe(sider.length);
    for (const u of sider) expect(feed).toContain(`${u}"/>`);
  });
});
