/**
 * Wires the content folders to their schemas; nothing else. Integrity across collections
 * (references, duplicates, dates) is checked by src/lib/integrity.ts before the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { contentRoot, entryIdFromPath } from './lib/contentFiles.ts';

function collection(name: CollectionName) {
  const { folder, format, schema } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({
      pattern: format === 'mdx' ? '**/*.mdx' : '**/*.yaml',
      base: `${contentRoot()}/${folder}`,
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema,
  });
}

export const collections = Object.fromEntries(
  (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, collection(name)]),
) as { [K in CollectionName]: ReturnType<typeof collection> };
