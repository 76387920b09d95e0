/**
 * Wires each collection to its schema and to the one loader (src/data/contentLoader.ts), which
 * reads and checks all content once per build and fills Astro's data store from that.
 */
import { defineCollection } from 'astro:content';
import type { BaseSchema } from 'astro/content/config';
import { atlasLoader } from './data/contentLoader.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './schemas/index.ts';

type Spec = (typeof COLLECTIONS)[CollectionName];

function collection<S extends Spec['schema'] & BaseSchema>(name: CollectionName, schema: S) {
  // The schema here gives getCollection() its types; the loader has already parsed the data with it.
  return defineCollection<S>({ loader: atlasLoader(name), schema });
}

// Typed per collection, so `getCollection('tiltak')` gives tiltak data (src/data/astroContent.ts relies on it).
export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, collection(name, COLLECTIONS[name].schema)]),
) as { [K in CollectionName]: ReturnType<typeof collection<(typeof COLLECTIONS)[K]['schema']>> };
