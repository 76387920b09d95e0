/**
 * For a CPU profile of the build (scripts/bench-profil.mjs): Astro renders pages from code it has
 * bundled into a .prerender/ folder and deletes that folder before the build ends, so a profile
 * names only chunk files that no longer exist. This integration copies them into `dir` first,
 * where the profile summary reads Rolldown's «//#region <source>» marks to give each sampled
 * line back to the source module it came from. Off unless BYGDEVEKST_BEHOLD_KODE names a folder.
 */
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** @returns {import('astro').AstroIntegration} */
export function keepPageCode(dir) {
  /** @type {string[]} */
  let candidates = [];
  return {
    name: 'bygdevekst-keep-page-code',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro puts .prerender/ in outDir when that lies inside the project, else in .astro/.
        candidates = [
          join(fileURLToPath(config.outDir), '.prerender'),
          join(fileURLToPath(config.root), '.astro', '.prerender'),
        ];
      },
      'astro:build:generated': () => {
        const found = candidates.find((c) => existsSync(c));
        if (found) cpSync(found, dir, { recursive: true });
      },
    },
  };
}
