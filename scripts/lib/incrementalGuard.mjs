/**
 * Keeps Astro's incremental build cache (experimental.incrementalBuild) exact across builds that
 * stop halfway. Astro overwrites a page's stored copy as it renders it, but writes the list of
 * keys (incremental-build.json) only when every page is done. A build that fails or is killed
 * in between leaves copies newer than their keys; if the content then went back to what the
 * keys say, the next build would reuse a copy of the other version. So: a mark is set in the
 * cache folder when a build starts and removed when it ends, and a build that finds the mark
 * forgets the keys and renders every page once.
 *
 * It also says where a build's time goes (content; code and pages) and how many pages were
 * reused, on lines `npm run bench:skala` reads.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file Astro keeps its keys in (astro/dist/core/build/incremental.js), in cacheDir. */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';
/** The mark of a build under way. */
export const BUILD_MARK = 'bygg-pagar';

/** Path → cacheKey of every keyed page in a manifest, with its route's code hash; empty if none. */
function keysIn(file) {
  try {
    const m = JSON.parse(readFileSync(file, 'utf8'));
    const keys = new Map();
    for (const route of Object.values(m.routes ?? {}))
      for (const [path, entry] of Object.entries(route.paths ?? {}))
        keys.set(path, `${route.dependencyHash} ${entry.cacheKey}`);
    return keys;
  } catch {
    return new Map();
  }
}

/** @returns {import('astro').AstroIntegration} */
export function incrementalGuard() {
  /** @type {string | undefined} */
  let cacheDir;
  const inCache = (name) => join(/** @type {string} */ (cacheDir), name);
  let before = new Map();
  let since = performance.now();
  const phase = (name) => {
    const now = performance.now();
    console.log(`✓ ${name} (${((now - since) / 1000).toFixed(1)} s)`);
    since = now;
  };
  return {
    name: 'bygdevekst-incremental-guard',
    hooks: {
      'astro:config:setup': () => {
        since = performance.now();
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        // Content is loaded and checked (src/data/contentLoader.ts) between config and this hook.
        phase('astro: innhold lest og sjekket');
        if (existsSync(inCache(BUILD_MARK))) {
          rmSync(inCache(INCREMENTAL_MANIFEST), { force: true });
          logger.warn('Forrige bygg stoppet underveis: alle sider bygges på nytt denne gangen.');
        }
        before = keysIn(inCache(INCREMENTAL_MANIFEST));
        mkdirSync(/** @type {string} */ (cacheDir), { recursive: true });
        writeFileSync(inCache(BUILD_MARK), String(process.pid));
      },
      'astro:build:generated': () => {
        const after = keysIn(inCache(INCREMENTAL_MANIFEST));
        let reused = 0;
        for (const [path, key] of after) if (before.get(path) === key) reused++;
        phase(`astro: kode samlet og sider skrevet, ${reused} av ${after.size} med nøkkel gjenbrukt`);
      },
      'astro:build:done': () => {
        rmSync(inCache(BUILD_MARK), { force: true });
      },
    },
  };
}
