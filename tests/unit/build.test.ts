import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, edit, VALID_FIXTURE } from '../helpers/fixture.ts';
import { removeFixtureCache } from '../helpers/fixtureCache.ts';
import { tempDir } from '../helpers/tempDir.ts';

/** Every content folder built here: astro.config.mjs gave each a cache, removed when the file ends. */
const built = new Set<string>();
afterAll(() => built.forEach(removeFixtureCache));

/** A build waits for any other build in the project (scripts/build.mjs), e.g. one from another test file. */
const BUILD_TIMEOUT = 300_000;

/** Runs the real build script on a content folder, into a fresh output folder. */
function build(content: string) {
  built.add(content);
  const out = join(tempDir('dist'), 'dist');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, BYGDEVEKST_CONTENT: content, BYGDEVEKST_OUT: out, BYGDEVEKST_SKIP_SEARCH: '1' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, out };
}

// A valid build, and a refused one's message for an amount that is not whole kroner, are checked
// on the builds of tests/unit/buildAtomic.test.ts, which must run them anyway.
describe('the build on a small fixture site', () => {
  it(
    'stops on a dangling reference, naming the file and the field in Norwegian, and publishes nothing',
    () => {
      const root = copyFixture();
      edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'delmal: testpilot-d1', 'delmal: testpilot-d7');
      const { status, output, out } = build(root);
      expect(status).not.toBe(0);
      expect(output).toMatch(
        /tiltak\/testpilot-2025-d1-1\.mdx: felt «delmal»: viser til delmål «testpilot-d7» som ikke finnes/,
      );
      expect(output).toContain('Bygget stoppet');
      expect(existsSync(join(out, 'index.html'))).toBe(false);
    },
    BUILD_TIMEOUT,
  );
});

describe('content cannot run code, and a build is all or nothing', () => {
  it('astro build alone (without validate) refuses an export in a body before running it', () => {
    const root = copyFixture();
    const marker = join(tempDir('pwned'), 'skrevet.txt');
    const file = join(root, 'tiltak/testpilot-2025-d1-1.mdx');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\nexport const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ja')\n`,
    );
    built.add(root);
    const out = join(tempDir('dist'), 'dist');
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      encoding: 'utf8',
      env: { ...process.env, BYGDEVEKST_CONTENT: root },
    });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(output).toMatch(
      /testpilot-2025-d1-1\.mdx: linje \d+: import og export er ikke tillatt i brødteksten/,
    );
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('a build killed half-way leaves the previous site untouched, not half a site', async () => {
    const out = join(tempDir('dist'), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'forrige bygg');
    built.add(VALID_FIXTURE);
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      env: {
        ...process.env,
        BYGDEVEKST_CONTENT: VALID_FIXTURE,
        BYGDEVEKST_OUT: out,
        BYGDEVEKST_SKIP_SEARCH: '1',
      },
      stdio: 'ignore',
    });
    const temp = () => readdirSync(dirname(out)).filter((n) => n.startsWith('.dist-bygges-'));
    // Wait until Astro has started writing the new site, then kill the build without warning.
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline && !temp().some((n) => existsSync(join(dirname(out), n, '_astro'))))
      await new Promise((r) => setTimeout(r, 50));
    expect(temp().length, 'the build never started writing').toBeGreaterThan(0);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('forrige bygg');
  }, 200_000);
});
