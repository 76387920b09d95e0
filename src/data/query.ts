/**
 * The one module that reads Astro's content collections. Pages and components import the
 * views they need from here; derivation functions get plain arrays.
 */
import { getCollection } from 'astro:content';
import type { CollectionName } from '../schemas/index.ts';
import type { Collections } from '../lib/loadContent.ts';
import { compareNb } from '../lib/format.ts';
import { FYLKER } from '../schemas/vocabulary.ts';
import { exportRows } from '../lib/exports.ts';
import type { ExportName } from '../schemas/exports.ts';

let cached: Promise<Collections> | undefined;

/** All collections as plain `{ id, file, data, body }` arrays, loaded once per build. */
export function getContent(): Promise<Collections> {
  cached ??= (async () => {
    const names: CollectionName[] = ['piloter', 'delmal', 'handlingsplaner', 'tiltak', 'kommuner', 'aktorer', 'tema', 'kilder', 'sider'];
    const entries = await Promise.all(names.map((n) => getCollection(n)));
    return Object.fromEntries(
      names.map((n, i) => [n, entries[i].map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data, body: e.body ?? '' }))]),
    ) as unknown as Collections;
  })();
  return cached;
}

/** The Astro entry itself, for rendering an MDX body with `render()`. */
export async function getRenderable(collection: 'piloter' | 'delmal' | 'handlingsplaner' | 'tiltak' | 'sider', id: string) {
  const all = await getCollection(collection);
  return all.find((e) => e.id === id);
}

/** Pilots grouped by fylke, fylker in the scheme's north-to-south order, pilots sorted by name. */
export async function getPiloterByFylke() {
  const { piloter } = await getContent();
  return FYLKER.map((fylke) => ({
    fylke,
    piloter: piloter.filter((p) => p.data.fylke === fylke).sort((a, b) => compareNb(a.data.navn, b.data.navn)),
  })).filter((g) => g.piloter.length > 0);
}

/** Rows of one open-data file (see src/schemas/exports.ts). */
export async function getExportRows(name: ExportName): Promise<Record<string, unknown>[]> {
  return exportRows(name, await getContent());
}
