/**
 * Where Astro keeps the content data store of a site built from another content folder
 * (BYGDEVEKST_CONTENT). astro.config.mjs asks this module for the path, so a test that builds a
 * temporary site can remove exactly the cache that build made.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE_CACHES = 'node_modules/.astro-fixtures';

/** The cache folder of one content folder, relative to the project root. */
export function fixtureCacheDir(content: string): string {
  return join(FIXTURE_CACHES, createHash('sha256').update(content).digest('hex').slice(0, 12));
}

/** Removes the cache a build of this content folder made; a temporary folder is never built again. */
export function removeFixtureCache(content: string): void {
  rmSync(fixtureCacheDir(content), { recursive: true, force: true });
}
