/**
 * The local editing backend checks what it saves (issue 21, item 1): a save or delete goes
 * through the project's own validation (the function `npm run validate` runs) on the content as
 * it would be, and is refused whole, with the validator's Norwegian message at the field it
 * names, before anything is written. Runs on a scratch copy of the content; the cases are taken
 * from the content (a tiltak with a cited amount, another pilot's delmål, a cited source).
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsBackend, type CmsBackend } from '../../scripts/lib/cmsBackend.ts';
import {
  refuseInvalid,
  refusalMessage,
  startContentCheck,
  type ContentCheck,
  type SaveProblem,
} from '../../scripts/lib/cmsCheck.ts';
import { contentRoot } from '../../src/lib/loading/contentFiles.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { tempDir } from '../helpers/tempDir.ts';

const SITE = 'http://127.0.0.1:4998';
let repo = '';
let check: ContentCheck;
let backend: CmsBackend;

const { collections: c } = loadContent(contentRoot());
const rel = (file: string) => relative(contentRoot(), file).split('\\').join('/');

/** A tiltak whose first funding line has an amount cited on its own line. */
const funded = c.tiltak.find((t) => {
  const f = t.data.finansiering[0];
  return f?.belop != null && f.belop >= 1000 && f.linjer !== undefined && !f.unntak;
})!;
const fundedPath = `content/${rel(funded.file)}`;
const belop = funded.data.finansiering[0].belop as number;
const planPilot = c.handlingsplaner.find((p) => p.id === funded.data.plan)!.data.pilot;
const foreignDelmal = c.delmal.find((d) => d.data.pilot !== planPilot)!;
/** A source document that some tiltak cites. */
const citedKilde = c.kilder.find((k) => c.tiltak.some((t) => t.data.kilde.dokument === k.id))!;

async function call(action: string, params: unknown) {
  const res = await fetch(backend.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: SITE },
    body: JSON.stringify({ action, params }),
  });
  return { status: res.status, body: (await res.json()) as { error?: string } };
}

/** Every file under content/ with its modification time, to prove a refusal wrote nothing. */
function snapshot(): Map<string, number> {
  const root = join(repo, 'content');
  return new Map(
    readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => [f, statSync(join(root, f)).mtimeMs]),
  );
}

beforeAll(async () => {
  expect(funded, 'et tiltak med et sitert beløp').toBeDefined();
  expect(foreignDelmal, 'et delmål i en annen pilot').toBeDefined();
  expect(citedKilde, 'en kilde som et tiltak viser til').toBeDefined();
  repo = tempDir('cmscheck');
  cpSync(contentRoot(), join(repo, 'content'), { recursive: true });
  check = startContentCheck({ root: repo });
  backend = await startCmsBackend({ root: repo, port: 0, origins: [SITE], refuse: refuseInvalid(check) });
});

afterAll(async () => {
  await backend?.close();
  await check?.close();
  rmSync(repo, { recursive: true, force: true });
});

describe('the local CMS backend refuses a save the build would refuse', () => {
  const original = () => readFileSync(join(repo, fundedPath), 'utf8');
  const withAmount = (text: string) => original().replace(new RegExp(`belop: ${belop}\\b`), `belop: ${text}`);

  it('saves an entry that validates, unchanged or edited within the rules', async () => {
    const text = original();
    const saved = await call('persistEntry', { entry: { path: fundedPath, raw: text }, assets: [] });
    expect(saved).toEqual({ status: 200, body: { message: 'entry persisted' } });
    const edited = text.replace(/\n*$/, '\n\nEn ny setning med egne ord.\n');
    expect(
      (await call('persistEntry', { entry: { path: fundedPath, raw: edited }, assets: [] })).status,
    ).toBe(200);
    expect(original()).toBe(edited);
  });

  it.each([
    [
      '350.000 in an amount',
      () => withAmount(String(belop).replace(/\B(?=(\d{3})+(?!\d))/g, '.')),
      /tallet er skrevet som «[\d.]+», som leses som/,
    ],
    [
      'an amount not on its cited line',
      () => withAmount(String(belop + 1)),
      /står ikke på linje \d+ i kilden/,
    ],
    [
      'a delmål of another pilot',
      () => original().replace(/^delmal: .*$/m, `delmal: ${foreignDelmal.id}`),
      new RegExp(`delmålet «${foreignDelmal.id}» hører til piloten «${foreignDelmal.data.pilot}»`),
    ],
  ])('refuses %s with the validator’s message at the field, and writes nothing', async (_, raw, message) => {
    const before = original();
    const files = snapshot();
    const answer = await call('persistEntry', { entry: { path: fundedPath, raw: raw() }, assets: [] });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatch(/^Ikke lagret\. Byggingen ville stoppet på dette:\n/);
    expect(answer.body.error).toMatch(message);
    expect(answer.body.error).toMatch(
      /«(Delmål|Finansiering 1 › Beløp i hele kroner)» \(felt (delmal|finansiering\[0\]\.belop)\)/,
    );
    expect(original()).toBe(before);
    expect(snapshot()).toEqual(files);
  });

  it('refuses a new entry with a problem, and leaves no file behind', async () => {
    const path = fundedPath.replace(/[^/]+\.mdx$/, 'nytt-tiltak-fra-cms.mdx');
    const answer = await call('persistEntry', {
      entry: { path, raw: withAmount(String(belop + 1)) },
      assets: [],
    });
    expect(answer.status).toBe(422);
    expect(existsSync(join(repo, path))).toBe(false);
  });

  it('refuses a rename that would leave the old name referred to, and keeps the old file', async () => {
    const delmal = c.delmal.find((d) => c.tiltak.some((t) => t.data.delmal === d.id))!;
    const from = `content/${rel(delmal.file)}`;
    const to = from.replace(/\.mdx$/, '-nytt-navn.mdx');
    const raw = readFileSync(join(repo, from), 'utf8');
    const answer = await call('persistEntry', {
      dataFiles: [{ path: from, newPath: to, raw }],
      assets: [],
    });
    expect(answer.status).toBe(422);
    // The problem is in the tiltak that refer to it, which the message names by file.
    expect(answer.body.error).toMatch(
      new RegExp(`content/tiltak/.+\\.mdx, «Delmål» \\(felt delmal\\): .*«${delmal.id}»`),
    );
    expect(existsSync(join(repo, from))).toBe(true);
    expect(existsSync(join(repo, to))).toBe(false);
  });

  it('refuses to delete a source document that entries cite', async () => {
    const path = `content/${rel(citedKilde.file)}`;
    const answer = await call('deleteFiles', { paths: [path] });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toContain(`«${citedKilde.id}» som ikke finnes`);
    expect(existsSync(join(repo, path))).toBe(true);
  });

  it('saves every existing entry back unchanged, in one request the validator passes', async () => {
    const root = join(repo, 'content');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(mdx|yaml)$/.test(f))
      .map((f) => ({ path: `content/${f}`, raw: readFileSync(join(root, f), 'utf8') }));
    expect(files.length).toBeGreaterThan(c.tiltak.length + c.laering.length);
    const answer = await call('persistEntry', { dataFiles: files, assets: [] });
    expect(answer).toEqual({ status: 200, body: { message: 'entry persisted' } });
    for (const f of files) expect(readFileSync(join(repo, f.path), 'utf8'), f.path).toBe(f.raw);
  });

  it('answers within seconds once the validator is loaded', async () => {
    const started = performance.now();
    await check.problemsAfter([{ path: fundedPath, raw: original() }]);
    // A figure for the record, never an assertion on speed.
    console.log(`lagringssjekk: ${Math.round(performance.now() - started)} ms for ${c.tiltak.length} tiltak`);
  });
});

describe('the refusal message', () => {
  it('lists eight problems and counts the rest, each at its field or line, other files by name', () => {
    const own: SaveProblem[] = Array.from({ length: 10 }, (_, i) => ({
      file: 'content/tiltak/a/a-1.mdx',
      felt: `finansiering[${i}].belop`,
      melding: `feil nummer ${i}`,
    }));
    const other: SaveProblem = {
      file: 'content/kilder/k.yaml',
      felt: '(tegnkoding)',
      linje: 3,
      melding: 'ikke UTF-8.',
    };
    const lines = refusalMessage([...own, other], ['content/tiltak/a/a-1.mdx']).split('\n');
    expect(lines[0]).toBe('Ikke lagret. Byggingen ville stoppet på disse 11 feilene:');
    expect(lines[1]).toBe(
      '«Finansiering 1 › Beløp i hele kroner» (felt finansiering[0].belop): feil nummer 0.',
    );
    expect(lines).toHaveLength(10);
    expect(lines[9]).toBe('… og 3 feil til (kjør «npm run validate» for hele listen).');
    expect(refusalMessage([other], ['content/tiltak/a/a-1.mdx'])).toBe(
      'Ikke lagret. Byggingen ville stoppet på dette:\ncontent/kilder/k.yaml, linje 3: ikke UTF-8.',
    );
  });
});
