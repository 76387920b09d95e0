/**
 * Loads every content collection straight from disk and parses it with the same schemas
 * Astro uses. The validator, the integrity checks and the tests read content through this,
 * so they see exactly what the build sees, without Astro's data store.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { contentRoot, readCollectionFiles, relativeToCwd } from './contentFiles.ts';
import { feltnavn, norskFeilmelding } from './norskFeil.ts';
import type { Problem } from './problem.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

export type CollectionData = { [K in CollectionName]: z.output<(typeof COLLECTIONS)[K]['schema']> };
export type Collections = { [K in CollectionName]: Entry<CollectionData[K]>[] };

export interface LoadedContent {
  collections: Collections;
  /** Files that could not be read or did not match their schema. */
  problems: Problem[];
}

export function loadContent(root: string = contentRoot()): LoadedContent {
  const problems: Problem[] = [];
  const collections = {} as Record<CollectionName, Entry<unknown>[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { folder, format, schema } = COLLECTIONS[name];
    collections[name] = [];
    for (const raw of readCollectionFiles(root, folder, format)) {
      const file = relativeToCwd(raw.file);
      if (raw.parseError) {
        problems.push({ file, felt: '(hele filen)', melding: raw.parseError });
        continue;
      }
      const result = schema.safeParse(raw.data ?? {}, { error: norskFeilmelding });
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, felt: feltnavn(issue.path), melding: issue.message });
        }
        continue;
      }
      collections[name].push({ id: raw.id, file, data: result.data, body: raw.body });
    }
  }
  return { collections: collections as Collections, problems };
}
