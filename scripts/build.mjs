/**
 * The one build: check content (stop on any problem), build the site with Astro, then the
 * search index. A failing step fails the build and leaves no half-published dist/.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = process.env.BYGDEVEKST_OUT ?? 'dist';

function step(name, command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    console.error(`\nBygget stoppet: ${name} feilet. Ingenting er publisert i ${outDir}/.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

step('innholdskontroll', process.execPath, ['scripts/validate.ts']);
step('astro build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
// Search index (Pagefind) from content into <outDir>/pagefind; BYGDEVEKST_SKIP_SEARCH=1 skips it (fixture builds in tests).
if (process.env.BYGDEVEKST_SKIP_SEARCH === '1')
  console.log('– søkeindeks hoppet over (BYGDEVEKST_SKIP_SEARCH=1)');
else step('søkeindeks', process.execPath, ['scripts/search-index.ts', outDir]);
step('nettstedskart', process.execPath, ['scripts/sitemap.mjs', outDir]);
