/**
 * The whole content check the build runs first: schemas, then integrity across collections.
 * Returns the loaded content and every problem found.
 */
import { join } from 'node:path';
import { checkIntegrity } from './integrity.ts';
import { loadContent, type LoadedContent } from './loadContent.ts';
import { contentRoot } from './contentFiles.ts';
import { seedLines } from './seedText.ts';
import { editorChecks } from './editorChecks.ts';

/** A site without these is not a site; an empty folder means a wrong path, not a valid state. */
const REQUIRED_COLLECTIONS = ['piloter', 'kommuner', 'tema', 'kilder'] as const;

export function validateContent(root: string = contentRoot()): LoadedContent {
  const loaded = loadContent(root);
  const documentLineCounts = new Map<string, number>();
  for (const k of loaded.collections.kilder) {
    const lines = seedLines(k.data.seed);
    if (lines) documentLineCounts.set(k.id, lines.length);
  }
  const empty = REQUIRED_COLLECTIONS.filter((name) => loaded.collections[name].length === 0).map((name) => ({
    file: join(root, name),
    felt: '(mappen)',
    melding: `fant ingen oppføringer; forventet minst én fil i ${join(root, name)}/`,
  }));
  const problems = [
    ...empty,
    ...loaded.problems,
    ...checkIntegrity(loaded.collections, { documentLineCounts }),
    ...editorChecks(loaded.collections),
  ];
  return { collections: loaded.collections, problems };
}
