/**
 * Temporary folders for tests. Every folder made here is removed when its test file ends, with
 * the Astro cache a build of it (or of its content/ subfolder) made: tests/helpers/cleanup.ts is a
 * Vitest setup file, so no test has to remember it, and runs leave nothing behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeFixtureCache } from './fixtureCache.ts';

const made: string[] = [];

/** A new empty folder under the system's temporary folder, named `bygdevekst-<name>-…`. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bygdevekst-${name}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made so far, and the caches of builds of them. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
    removeFixtureCache(dir);
    removeFixtureCache(join(dir, 'content'));
  }
}
