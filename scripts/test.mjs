/**
 * `npm test`: every check, in the order a failure is cheapest to read.
 * 1. lint and formatting, 2. prose copied from the sources, 3. content validity and the full build
 * into dist/, 4. type check, 5. all Vitest suites (unit, content, built HTML and browser tests on dist/).
 */
import { spawnSync } from 'node:child_process';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

function run(name, command, args) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} feilet.`);
    process.exit(r.status ?? 1);
  }
}

run('lint (ESLint)', process.execPath, ['node_modules/eslint/bin/eslint.js', '.']);
run('formatering (Prettier)', process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']);
run('ordrett kopi fra kildene', process.execPath, ['scripts/verbatim.ts']);
run('bygging (med innholdskontroll)', process.execPath, ['scripts/build.mjs']);
run('typekontroll', process.execPath, ['node_modules/astro/bin/astro.mjs', 'check']);
run('tester', process.execPath, ['node_modules/vitest/vitest.mjs', 'run']);
