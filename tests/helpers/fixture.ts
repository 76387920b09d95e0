/**
 * Fixture sites for tests: a copy of tests/fixtures/gyldig (a small valid site) in a temp
 * folder, changed file by file to plant exactly one kind of problem.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tempDir.ts';

export const VALID_FIXTURE = 'tests/fixtures/gyldig';

export function copyFixture(): string {
  const dir = tempDir('fixture');
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in one fixture file; throws if `from` is not there, so a test cannot silently plant nothing. */
export function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} inneholder ikke «${from}»`);
  writeFileSync(path, text.replace(from, to));
}

export function write(root: string, file: string, text: string): void {
  writeFileSync(join(root, file), text);
}
