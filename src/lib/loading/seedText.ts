/**
 * The source documents' text (shared/seeds), read at build time: for checking cited line
 * ranges and for publishing each document with a link target per line, so a citation like
 * «linje 329» can be opened and read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the seed documents live: beside the repository, as in CI. */
export const SEEDS_DIR = process.env.BYGDEVEKST_SEEDS ?? '../shared/seeds';

/** The document's lines (1-based line n is element n − 1), or null when the file is not there. */
export function seedLines(seed: string): string[] | null {
  const path = join(SEEDS_DIR, seed);
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}
