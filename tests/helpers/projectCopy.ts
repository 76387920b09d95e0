/**
 * A copy of the project's code in a temporary folder, with node_modules linked: for a test that
 * edits the code, or runs Astro with state of its own in the project (`astro dev` keeps its content
 * store in .astro/), so nothing it does reaches the project other test files build from at the
 * same time.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a build or `astro dev` reads from the project (astro.config.mjs imports tests/helpers/). */
const CODE_FOLDERS = ['src', 'scripts', 'public', 'tests/helpers'];
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Copies the project's code to `dir/prosjekt` and returns that folder. */
export function projectCopy(dir: string): string {
  const project = join(dir, 'prosjekt');
  mkdirSync(project);
  for (const p of CODE_FOLDERS) cpSync(p, join(project, p), { recursive: true });
  for (const f of CODE_FILES) cpSync(f, join(project, f));
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  return project;
}
