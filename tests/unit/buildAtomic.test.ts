/**
 * One build at a time, and never an empty success (issue 27): two builds started together, a
 * build refused for its content, a build that hits a full disk and a build killed at the swap
 * all leave either the old site, byte for byte, or a complete new one, and say which. Faults
 * are planted with a small module loaded before the build (`node --import`), not with hooks in
 * the build script.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, edit, VALID_FIXTURE } from '../helpers/fixture.ts';
import { tempDir } from '../helpers/tempDir.ts';

const faults = tempDir('feil');
/** Every page write after the third fails as on a full disk. */
const FULL_DISK = join(faults, 'full-disk.mjs');
/** The build is killed just before the rename that publishes (whatever that rename is). */
const KILL_AT_SWAP = join(faults, 'kill-at-swap.mjs');

beforeAll(() => {
  writeFileSync(
    FULL_DISK,
    `import fs from 'node:fs';
const write = fs.promises.writeFile;
let n = 0;
fs.promises.writeFile = async function (file, ...rest) {
  if (String(file).includes('-bygges-') && ++n > 3) {
    const error = new Error(\`ENOSPC: no space left on device, write '\${file}'\`);
    Object.assign(error, { code: 'ENOSPC', errno: -28, syscall: 'write' });
    throw error;
  }
  return write.call(this, file, ...rest);
};
`,
  );
  writeFileSync(
    KILL_AT_SWAP,
    `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
const rename = fs.renameSync;
fs.renameSync = function (from, to) {
  if (resolve(String(to)) === resolve(process.env.BYGDEVEKST_OUT)) process.kill(process.pid, 'SIGKILL');
  return rename.call(this, from, to);
};
syncBuiltinESMExports();
`,
  );
});

interface Run {
  pid: number | undefined;
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function build(content: string, out: string, preload?: string): Promise<Run> {
  const child = spawn(process.execPath, [...(preload ? ['--import', preload] : []), 'scripts/build.mjs'], {
    env: { ...process.env, BYGDEVEKST_CONTENT: content, BYGDEVEKST_OUT: out, BYGDEVEKST_SKIP_SEARCH: '1' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((done) =>
    child.on('close', (status, signal) => done({ pid: child.pid, status, signal, output })),
  );
}

/** Every file of a site, by path, with a hash of its bytes (following dist/ itself if it is a link). */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

/** The fixture's pages, for «a complete site»: the front page, the pilot, its plan, delmål and tiltak. */
const FIXTURE_PAGES = [
  'index.html',
  'piloter/testpilot/index.html',
  'handlingsplaner/testpilot-2025/index.html',
  'delmal/testpilot-d1/index.html',
  'tiltak/testpilot-2025-d1-1/index.html',
  'kommuner/testby/index.html',
];

function expectCompleteSite(out: string) {
  for (const page of FIXTURE_PAGES) expect(existsSync(join(out, page)), page).toBe(true);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Testpiloten');
}

describe('builds into the same dist/', () => {
  const out = join(tempDir('atomisk'), 'dist');
  let published: Map<string, string>;

  it('two builds started together: the second waits for the first, and each publishes a complete site', async () => {
    // The site of an earlier build, as a plain folder (how dist/ was before it became a link).
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'forrige bygg');
    const runs = await Promise.all([build(VALID_FIXTURE, out), build(VALID_FIXTURE, out)]);
    const shown = runs.map((r) => r.output).join('\n----\n');
    const ok = runs.filter((r) => r.status === 0);
    expect(ok.length, shown).toBeGreaterThanOrEqual(1);
    for (const r of ok) expect(r.output).toMatch(/Ferdig: [1-9]\d* sider bygget i /);
    for (const r of runs.filter((x) => x.status !== 0))
      expect(r.output).toMatch(
        /Bygget ble ikke startet: et annet bygg \(prosess \d+\) skriver allerede til /,
      );
    expectCompleteSite(out);
    // Nothing left behind: no temporary folder, one published edition.
    const beside = readdirSync(dirname(out));
    expect(beside.filter((n) => n.includes('bygges'))).toEqual([]);
    expect(beside.filter((n) => n.startsWith('.dist-utgave-'))).toHaveLength(1);
    published = snapshot(out);
  }, 300_000);

  it('a build refused for its content leaves the published site byte-identical, and says so', async () => {
    const root = copyFixture();
    edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'delmal: testpilot-d1', 'delmal: testpilot-d7');
    const r = await build(root, out);
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toMatch(/felt «delmal»: viser til delmål «testpilot-d7» som ikke finnes/);
    expect(r.output).toMatch(
      /Bygget stoppet: astro build feilet\. .*dist\/ er ikke endret: forrige bygg ligger der som før\./,
    );
    expect(snapshot(out)).toEqual(published);
  }, 200_000);

  it('a build that hits a full disk while writing pages leaves the published site byte-identical', async () => {
    const r = await build(VALID_FIXTURE, out, FULL_DISK);
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toMatch(/ENOSPC/);
    expect(r.output).toMatch(/Bygget stoppet: .* feilet\. .*er ikke endret/);
    expect(snapshot(out)).toEqual(published);
    expect(readdirSync(dirname(out)).filter((n) => n.includes('bygges'))).toEqual([]);
  }, 200_000);

  it('a build killed at the swap leaves the published site byte-identical, and the next build is not locked out', async () => {
    const r = await build(VALID_FIXTURE, out, KILL_AT_SWAP);
    expect(r.signal, r.output).toBe('SIGKILL');
    expect(snapshot(out)).toEqual(published);
    // The killed build's lock names a dead process: the next build takes it over (here refused for content, quickly).
    const root = copyFixture();
    edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'belop: 100000', 'belop: hundre tusen');
    const next = await build(root, out);
    expect(next.output).not.toMatch(/Venter på et annet bygg \(prosess ${r.pid}\)/);
    expect(next.output).toMatch(
      /testpilot-2025-d1-1\.mdx: felt «finansiering\[0\]\.belop»: forventet et beløp i hele kroner/,
    );
    expect(snapshot(out)).toEqual(published);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
  }, 200_000);
});

describe('the first build after a plain dist/ folder', () => {
  it('killed between moving the old folder aside and publishing: the next build puts the old site back', async () => {
    const out = join(tempDir('atomisk'), 'dist');
    mkdirSync(join(out, 'piloter'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'forrige bygg');
    writeFileSync(join(out, 'piloter', 'side.html'), 'en side');
    const before = snapshot(out);
    const r = await build(VALID_FIXTURE, out, KILL_AT_SWAP);
    expect(r.signal, r.output).toBe('SIGKILL');
    const root = copyFixture();
    edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'delmal: testpilot-d1', 'delmal: testpilot-d7');
    const next = await build(root, out);
    expect(next.output).toMatch(/la det tilbake i .*dist\//);
    expect(next.status).not.toBe(0);
    expect(snapshot(out)).toEqual(before);
  }, 200_000);
});
