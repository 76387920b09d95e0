/**
 * The one door to Astro's content layer: the only module that reads `astro:content` (besides
 * src/content.config.ts, which declares the collections). It hands the rest of the site the
 * same plain `Collections` shape `loadContent()` gives the validator, and the rendered body of
 * an entry. Everything a page shows is derived from that by pure views (src/views/), which are
 * tested on fixture content without Astro.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { CollectionData, Collections } from '../lib/loading/index.ts';

/**
 * Compile-time proof that what Astro parses is exactly our schemas' output, collection by
 * collection: type-checking fails here if content.config.ts and COLLECTIONS ever drift apart.
 * TypeScript cannot carry that per-key fact through the loop below, so the loop's one
 * assertion rests on this proof (and the runtime check that every collection was read).
 */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SameData = { [K in CollectionName]: Exact<CollectionEntry<K>['data'], CollectionData[K]> };
export const ASTRO_DATA_MATCHES_SCHEMAS: SameData extends Record<CollectionName, true> ? true : never = true;

export interface LoadedFromAstro {
  collections: Collections;
  /** Changes whenever any entry changes (Astro's own per-entry digests), so dev can tell stale from fresh. */
  fingerprint: string;
}

/** Every collection, read from Astro's data store (already parsed by the schemas in src/schemas/). */
export async function loadFromAstro(): Promise<LoadedFromAstro> {
  const loaded = await Promise.all(
    COLLECTION_NAMES.map(async (name) => {
      const entries = await getCollection(name);
      return {
        name,
        entries: entries.map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data, body: e.body ?? '' })),
        digest: `${name}:${entries.map((e) => `${e.id}@${e.digest ?? ''}`).join(',')}`,
      };
    }),
  );
  const collections = Object.fromEntries(loaded.map((l) => [l.name, l.entries]));
  for (const name of COLLECTION_NAMES)
    if (!collections[name]) throw new Error(`Samlingen «${name}» ble ikke lest`);
  return {
    // The one cast left: TypeScript cannot type a record built from a key list per key (correlated
    // unions, microsoft/TypeScript#30581); ASTRO_DATA_MATCHES_SCHEMAS above proves each key instead.
    collections: collections as Collections,
    fingerprint: loaded.map((l) => l.digest).join('|'),
  };
}

/** The collections whose entries have a body to render. */
export type RenderableCollection =
  'piloter' | 'delmal' | 'handlingsplaner' | 'tiltak' | 'sider' | 'initiativer';

/** The rendered body of one entry, as a component to place on the page. */
export async function renderBody(collection: RenderableCollection, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`Fant ikke «${id}» i samlingen «${collection}»`);
  return (await render(entry)).Content;
}

/**
 * What `renderBody` shows for an entry, as data: the HTML the loader rendered into the data store
 * and its metadata. A page's cache key includes it (src/data/pageKeys.ts).
 */
export async function renderedBody(collection: RenderableCollection, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`Fant ikke «${id}» i samlingen «${collection}»`);
  return entry.rendered ?? null;
}
