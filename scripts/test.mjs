/**
 * `npm test`: every check, reported in the order a failure is cheapest to read.
 * 1. lint and formatting, 2. prose copied from the sources, 3. type check, 4. content validity and the
 * full build into dist/, 5. all Vitest suites (unit, content, built HTML and browser tests on dist/).
 *
 * Steps 1–3 need nothing from each other and are mostly one core each, so they run at once on our
 * 2-core machines; their output is held and printed in order. The type check does not share the
 * build's content store (both sync it), so the build starts after it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Every Node process of the run (the checks, the build, Vitest's workers and the builds, servers
// and scripts the tests start, some fifty in all) loads much the same Astro, Vite and TypeScript
// code: Node's compile cache keeps V8's compiled code between them. Absolute, because some tests
// run scripts from another folder.
process.env.NODE_COMPILE_CACHE ??= resolve('node_modules/.cache/node-compile');

const node = (...args) => [process.execPath, args];

function fail(name, status) {
  console.error(`\n✗ ${name} feilet.`);
  process.exit(status ?? 1);
}

/** Runs the steps at once and prints each one's output in the given order as soon as it can. */
async function together(steps) {
  const children = [];
  const running = steps.map(([name, [command, args]]) => {
    const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    return new Promise((done) =>
      child.on('close', (status) => done({ name, status, output: Buffer.concat(output) })),
    );
  });
  for (const step of running) {
    const { name, status, output } = await step;
    console.log(`\n▶ ${name}`);
    process.stdout.write(output);
    if (status !== 0) {
      // The others' results no longer matter, and they must not run on after npm test has ended.
      for (const child of children) child.kill();
      fail(name, status);
    }
  }
}

function run(name, [command, args]) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) fail(name, r.status);
}

await together([
  ['lint (ESLint)', node('node_modules/eslint/bin/eslint.js', '.')],
  ['formatering (Prettier)', node('node_modules/prettier/bin/prettier.cjs', '--check', '.')],
  ['ordrett kopi fra kildene', node('scripts/verbatim.ts')],
  ['typekontroll', node('node_modules/astro/bin/astro.mjs', 'check')],
]);
run('bygging (med innholdskontroll)', node('scripts/build.mjs'));
run('tester', node('node_modules/vitest/vitest.mjs', 'run'));
