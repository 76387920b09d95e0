/**
 * Wires the content folders to their schemas; nothing else. Integrity across collections
 * (references, duplicates, dates) is checked by src/lib/integrity.ts before the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { BaseSchema } from 'astro/content/config';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { contentRoot, entryIdFromPath } from './lib/contentFiles.ts';

type Spec = (typeof COLLECTIONS)[CollectionName];

function collection<S extends Spec['schema'] & BaseSchema>(
  folder: string,
  format: Spec['format'],
  schema: S,
) {
  return defineCollection<S>({
    loader: glob({
      pattern: format === 'mdx' ? '**/*.mdx' : '**/*.yaml',
      base: `${contentRoot()}/${folder}`,
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema,
  });
}

// Typed per collection, so `getCollection('tiltak')` gives tiltak data (src/data/astroContent.ts relies on it).
export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [
    name,
    collection(COLLECTIONS[name].folder, COLLECTIONS[name].format, COLLECTIONS[name].schema),
  ]),
) as { [K in CollectionName]: ReturnType<typeof collection<(typeof COLLECTIONS)[K]['schema']>> };
