/**
 * The whole content check the build runs first: schemas, then integrity across collections.
 * Returns the loaded content and every problem found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkIntegrity } from './integrity.ts';
import { loadContent, type LoadedContent } from './loadContent.ts';
import { contentRoot } from './contentFiles.ts';

/** Where the seed documents live: beside the repository, as in CI. */
export const SEEDS_DIR = process.env.BYGDEVEKST_SEEDS ?? '../shared/seeds';

/** A site without these is not a site; an empty folder means a wrong path, not a valid state. */
const REQUIRED_COLLECTIONS = ['piloter', 'kommuner', 'tema', 'kilder'] as const;

export function validateContent(root: string = contentRoot()): LoadedContent {
  const loaded = loadContent(root);
  const documentLineCounts = new Map<string, number>();
  for (const k of loaded.collections.kilder) {
    const path = k.data.seed ? join(SEEDS_DIR, k.data.seed) : undefined;
    if (path && existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      documentLineCounts.set(k.id, text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
    }
  }
  const empty = REQUIRED_COLLECTIONS.filter((name) => loaded.collections[name].length === 0).map((name) => ({
    file: join(root, name),
    felt: '(mappen)',
    melding: `fant ingen oppføringer; forventet minst én fil i ${join(root, name)}/`,
  }));
  const problems = [...empty, ...loaded.problems, ...checkIntegrity(loaded.collections, { documentLineCounts })];
  return { collections: loaded.collections, problems };
}
