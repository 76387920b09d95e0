/**
 * The real content grown by a year, as an editor would grow it: a copy of content/ with
 * tests/fixtures/vekst-innhold/innhold laid over it, and a seeds folder with every real source
 * text (linked) plus the fixture's own. The «vekst» project in vitest.config.ts runs the
 * content-reading tests on this copy (BYGDEVEKST_CONTENT, BYGDEVEKST_SEEDS), so a test that pins
 * «the newest plan» or a global count fails there, while figures pinned per document must hold.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeFixtureCache } from './fixtureCache.ts';

export const GROWTH_FIXTURE = 'tests/fixtures/vekst-innhold';

/**
 * Test files under tests/unit and tests/content that never read content/ (only fixtures or
 * made-up worlds): the growth run leaves them out, as it would only repeat them.
 * tests/vekst/vekst.test.ts checks that none of them reads the content; every other content
 * test, a new one included, runs on the grown copy as well.
 */
export const NOT_CONTENT_READING = [
  'tests/unit/build.test.ts',
  'tests/unit/integrity.test.ts',
  'tests/unit/schemas.test.ts',
  'tests/unit/format.test.ts',
  'tests/unit/pageKeys.test.ts',
  'tests/unit/csvSafety.test.ts',
  'tests/unit/staticServer.test.ts',
  'tests/unit/amountBuckets.test.ts',
  'tests/unit/laering.test.ts',
  // Builds, servers and workflow files on fixtures of their own: the slowest files of the suite.
  'tests/unit/buildAtomic.test.ts',
  'tests/unit/incrementalBuild.test.ts',
  'tests/unit/githubReport.test.ts',
  'tests/unit/staticServerProbes.test.ts',
  'tests/unit/staticServerCompression.test.ts',
  'tests/unit/workflows.test.ts',
  'tests/unit/hostHeaders.test.ts',
];

/** What the growth adds, for tests that check the grown copy is what they think it is. */
export const GROWTH = {
  plan: 'indre-namdal-2027',
  forrigePlan: 'indre-namdal-2026',
  kommuneTiltak: 'indre-namdal-2027-d1-2',
  kommune: 'royrvik',
  nyAvtale: 'smola-aure',
  nyeDelmal: ['smola-aure-d1', 'smola-aure-d2'],
  nyAktor: 'royrvik-ungdomsrad',
} as const;

/**
 * One folder per worktree, so the path can be written into the Vitest config before the copy
 * exists, and two checkouts on one machine never share it.
 */
export const GROWTH_DIR = join(
  tmpdir(),
  `bygdevekst-vekst-${createHash('sha256').update(resolve('.')).digest('hex').slice(0, 12)}`,
);
export const GROWN_CONTENT = join(GROWTH_DIR, 'content');
export const GROWN_SEEDS = join(GROWTH_DIR, 'seeds');

/** Makes the grown copy afresh from content/ and the fixture; returns its two folders. */
export function growContent(realSeeds = process.env.BYGDEVEKST_SEEDS ?? '../shared/seeds'): {
  content: string;
  seeds: string;
} {
  removeGrowth();
  cpSync('content', GROWN_CONTENT, { recursive: true });
  cpSync(join(GROWTH_FIXTURE, 'innhold'), GROWN_CONTENT, { recursive: true });
  mkdirSync(GROWN_SEEDS, { recursive: true });
  for (const f of readdirSync(realSeeds)) symlinkSync(resolve(realSeeds, f), join(GROWN_SEEDS, f));
  cpSync(join(GROWTH_FIXTURE, 'kilder'), GROWN_SEEDS, { recursive: true });
  return { content: GROWN_CONTENT, seeds: GROWN_SEEDS };
}

/** Removes the copy and the Astro cache a build of it made. */
export function removeGrowth(): void {
  rmSync(GROWTH_DIR, { recursive: true, force: true });
  removeFixtureCache(GROWN_CONTENT);
}
