/**
 * Review before publishing in the local backend's git mode (scripts/lib/cmsWorkflow.ts), on a
 * scratch git repository holding a copy of content/: a save is a branch and leaves the checked-out
 * branch alone, the validator's Norwegian result comes back, an invalid proposal cannot be marked
 * ready or published, and a valid one is merged. Driven through the backend's HTTP API, as Decap
 * drives it, so the dispatch hook in cmsBackend.ts is covered too.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CMS_WRITABLE, startCmsBackend, type CmsBackend } from '../../scripts/lib/cmsBackend.ts';
import { createCmsWorkflow } from '../../scripts/lib/cmsWorkflow.ts';
import { cmsPublishMode } from '../../src/lib/editing/localBackend.ts';
import { contentRoot } from '../../src/lib/loading/contentFiles.ts';
import { GET as configYml } from '../../src/pages/admin/config.yml.ts';
import { tempDir } from '../helpers/tempDir.ts';

const SITE = 'http://127.0.0.1:4998';
let repo = '';
let backend: CmsBackend;

interface Answer {
  status: number;
  body: { error?: string } & Record<string, unknown>;
}

function call(action: string, params: Record<string, unknown>): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: backend.port,
        path: '/api/v1',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: SITE },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        );
      },
    );
    req.on('error', fail);
    req.end(JSON.stringify({ action, params: { branch: 'main', ...params } }));
  });
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const branches = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/').split('\n');
const disk = (p: string) => readFileSync(join(repo, p), 'utf8');

/** Two actors from the content: one gets a valid change, one an invalid one. */
const aktorer = readdirSync(join(contentRoot(), 'aktorer'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const [validId, invalidId] = aktorer.map((f) => f.replace(/\.yaml$/, ''));
const validPath = `content/aktorer/${validId}.yaml`;
const invalidPath = `content/aktorer/${invalidId}.yaml`;

/** The actor's file with some fields set, as Decap writes YAML: the whole document. */
const withFields = (path: string, fields: Record<string, unknown>) =>
  stringify({ ...(parse(disk(path)) as Record<string, unknown>), ...fields });

function save(path: string, slug: string, raw: string, extra: Record<string, unknown> = {}) {
  return call('persistEntry', {
    dataFiles: [{ path, slug, raw }],
    assets: [],
    options: {
      collectionName: 'aktorer',
      commitMessage: `Oppdater aktør «${slug}»`,
      useWorkflow: true,
      status: 'draft',
    },
    ...extra,
  });
}

beforeAll(async () => {
  expect(aktorer.length).toBeGreaterThan(1);
  repo = tempDir('cms-git-test');
  cpSync(contentRoot(), join(repo, 'content'), { recursive: true });
  writeFileSync(join(repo, 'package.json'), '{"name":"scratch"}\n');
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.invalid');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Utgangspunkt');
  backend = await startCmsBackend({
    root: repo,
    port: 0,
    origins: [SITE],
    hook: createCmsWorkflow({ root: repo, writable: CMS_WRITABLE }),
  });
});

afterAll(async () => {
  await backend?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the editorial workflow in git mode', () => {
  it('says it offers the editorial workflow', async () => {
    const info = await call('info', {});
    expect(info.body).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'] });
  });

  it('saves a change as a branch, leaving the checked-out branch, its files and the index alone', async () => {
    const head = git('rev-parse', 'HEAD');
    const before = disk(validPath);
    const raw = withFields(validPath, { beskrivelse: 'En aktør i testen, med ny beskrivelse.' });
    const saved = await save(validPath, validId, raw);
    expect(saved.status).toBe(200);
    expect(saved.body.branch).toBe(`cms/aktorer/${validId}`);
    expect(saved.body.kontroll).toEqual({
      ok: true,
      melding: 'Innholdskontrollen fant ingen feil. Endringen kan publiseres.',
    });

    expect(branches()).toContain(`cms/aktorer/${validId}`);
    expect(git('show', `cms/aktorer/${validId}:${validPath}`)).toBe(raw.trimEnd());
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(disk(validPath)).toBe(before);
    expect(git('status', '--porcelain')).toBe('');
    // The branch holds exactly one commit on top of main, with the editor's message.
    expect(git('rev-list', '--count', `main..cms/aktorer/${validId}`)).toBe('1');
    expect(git('log', '-1', '--format=%s', `cms/aktorer/${validId}`)).toBe(`Oppdater aktør «${validId}»`);

    const list = await call('unpublishedEntries', {});
    expect(list.body).toEqual([`aktorer/${validId}`]);
    const entry = await call('unpublishedEntry', { id: `aktorer/${validId}` });
    expect(entry.body).toMatchObject({ collection: 'aktorer', slug: validId, status: 'draft' });
    expect(entry.body.diffs).toEqual([
      expect.objectContaining({ path: validPath, newFile: false, binary: false }),
    ]);
    // Decap sends the file's id (its path) beside the proposal's collection and slug.
    const file = await call('unpublishedEntryDataFile', {
      collection: 'aktorer',
      slug: validId,
      path: validPath,
      id: validPath,
    });
    expect(file.body).toEqual({ data: raw });
  });

  it('saving again adds a commit to the same branch', async () => {
    const raw = withFields(validPath, { beskrivelse: 'En aktør i testen, beskrevet på nytt.' });
    expect((await save(validPath, validId, raw)).status).toBe(200);
    expect(git('rev-list', '--count', `main..cms/aktorer/${validId}`)).toBe('2');
    expect(git('show', `cms/aktorer/${validId}:${validPath}`)).toBe(raw.trimEnd());
  });

  it('stores status changes', async () => {
    const changed = await call('updateUnpublishedEntryStatus', {
      collection: 'aktorer',
      slug: validId,
      newStatus: 'pending_review',
    });
    expect(changed.status).toBe(200);
    expect(git('config', `branch.cms/aktorer/${validId}.description`)).toBe('decap-cms/pending_review');
    const entry = await call('unpublishedEntry', { collection: 'aktorer', slug: validId });
    expect(entry.body.status).toBe('pending_review');
    const unknown = await call('updateUnpublishedEntryStatus', {
      collection: 'aktorer',
      slug: validId,
      newStatus: 'published',
    });
    expect(unknown.status).toBe(422);
  });

  it('reports the validator’s Norwegian messages for an invalid change, and refuses to mark it ready or publish it', async () => {
    const head = git('rev-parse', 'HEAD');
    const raw = withFields(invalidPath, { type: 'finnes-ikke' });
    const saved = await save(invalidPath, invalidId, raw);
    expect(saved.status).toBe(200);
    const kontroll = saved.body.kontroll as { ok: boolean; melding: string };
    expect(kontroll.ok).toBe(false);
    expect(kontroll.melding).toMatch(/^Innholdet har 1 feil som må rettes før bygging:/);
    expect(kontroll.melding).toContain(`${invalidPath}: felt «type»`);
    // The scratch folder the check ran in is not what the editor is told about.
    expect(kontroll.melding).not.toContain(tmpdir());

    const ready = await call('updateUnpublishedEntryStatus', {
      collection: 'aktorer',
      slug: invalidId,
      newStatus: 'pending_publish',
    });
    expect(ready.status).toBe(422);
    expect(ready.body.error).toMatch(/^Forslaget kan ikke merkes klart: Innholdet har 1 feil/);
    expect(git('config', `branch.cms/aktorer/${invalidId}.description`)).toBe('decap-cms/draft');

    const published = await call('publishUnpublishedEntry', { collection: 'aktorer', slug: invalidId });
    expect(published.status).toBe(422);
    expect(published.body.error).toContain(`${invalidPath}: felt «type»`);
    expect(branches()).toContain(`cms/aktorer/${invalidId}`);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(disk(invalidPath)).not.toContain('finnes-ikke');
  });

  it('publishes a valid change by merging its branch into the current branch, then deletes the branch', async () => {
    const head = git('rev-parse', 'HEAD');
    const proposed = git('show', `cms/aktorer/${validId}:${validPath}`);
    const tipOid = git('rev-parse', `cms/aktorer/${validId}`);
    const published = await call('publishUnpublishedEntry', { collection: 'aktorer', slug: validId });
    expect(published.status).toBe(200);
    expect(git('rev-parse', 'HEAD^1')).toBe(head);
    expect(git('rev-parse', 'HEAD^2')).toBe(tipOid);
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(disk(validPath).trimEnd()).toBe(proposed);
    expect(branches()).not.toContain(`cms/aktorer/${validId}`);
    expect(git('config', '--get-regexp', '^branch\\.cms/aktorer/').split('\n')).not.toContain(
      expect.stringContaining(validId),
    );
    expect(git('status', '--porcelain')).toBe('');
    const list = await call('unpublishedEntries', {});
    expect(list.body).toEqual([`aktorer/${invalidId}`]);
  });

  it('deletes a proposal without touching the content', async () => {
    const head = git('rev-parse', 'HEAD');
    const deleted = await call('deleteUnpublishedEntry', { collection: 'aktorer', slug: invalidId });
    expect(deleted.status).toBe(200);
    expect(branches()).not.toContain(`cms/aktorer/${invalidId}`);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    const gone = await call('unpublishedEntry', { collection: 'aktorer', slug: invalidId });
    expect(gone.status).toBe(404);
  });

  it('keeps the plain mode’s confinement: paths outside content/ and odd branch names are refused, nothing is written', async () => {
    const refs = branches();
    const outside = await call('persistEntry', {
      dataFiles: [{ path: 'package.json', slug: 'x', raw: '{}' }],
      assets: [],
      options: { collectionName: 'aktorer', commitMessage: 'x', useWorkflow: true, status: 'draft' },
    });
    expect(outside.status).toBe(403);
    expect(outside.body.error).toMatch(/^Ingen tilgang/);
    const dotted = await call('persistEntry', {
      dataFiles: [{ path: 'content/.git/config', slug: 'x', raw: '' }],
      assets: [],
      options: { collectionName: 'aktorer', commitMessage: 'x', useWorkflow: true, status: 'draft' },
    });
    expect(dotted.status).toBe(403);
    const badSlug = await save(validPath, '../../HEAD', 'navn: x\n');
    expect(badSlug.status).toBe(422);
    expect(badSlug.body.error).toMatch(/^Ugyldig adresse/);
    const readOutside = await call('unpublishedEntryDataFile', {
      collection: 'aktorer',
      slug: validId,
      path: 'package.json',
    });
    expect(readOutside.status).toBe(403);
    expect(branches()).toEqual(refs);
    expect(existsSync(join(repo, 'content', '.git'))).toBe(false);
    expect(disk('package.json')).toBe('{"name":"scratch"}\n');
  });
});

describe('publishing safely', () => {
  const [, , thirdId, fourthId] = aktorer.map((f) => f.replace(/\.yaml$/, ''));
  const thirdPath = `content/aktorer/${thirdId}.yaml`;
  const fourthPath = `content/aktorer/${fourthId}.yaml`;

  it('refuses a proposal that collides with what was published after it was made, and keeps it', async () => {
    expect(fourthId).toBeDefined();
    const saved = await save(
      thirdPath,
      thirdId,
      withFields(thirdPath, { beskrivelse: 'Forslagets ordlyd.' }),
    );
    expect(saved.status).toBe(200);
    // Meanwhile someone publishes another wording of the same field on main.
    writeFileSync(join(repo, thirdPath), withFields(thirdPath, { beskrivelse: 'Ordlyden som kom først.' }));
    git('commit', '--quiet', '-am', 'Annen endring av samme felt');
    const head = git('rev-parse', 'HEAD');
    const published = await call('publishUnpublishedEntry', { collection: 'aktorer', slug: thirdId });
    expect(published.status).toBe(409);
    // Saving the proposal again still works, and says why it cannot be published.
    const again = await save(
      thirdPath,
      thirdId,
      withFields(thirdPath, { beskrivelse: 'Forslagets nye ordlyd.' }),
    );
    expect(again.status).toBe(200);
    expect(again.body.kontroll).toMatchObject({ ok: false, melding: expect.stringMatching(/kolliderer/) });
    expect(published.body.error).toMatch(/kolliderer med endringer som er publisert etter at det ble laget/);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(branches()).toContain(`cms/aktorer/${thirdId}`);
    expect(parse(disk(thirdPath))).toMatchObject({ beskrivelse: 'Ordlyden som kom først.' });
    expect(git('status', '--porcelain')).toBe('');
  });

  it('runs none of the repository’s git hooks when it saves or publishes', async () => {
    const hooks = git('rev-parse', '--git-path', 'hooks');
    const marker = join(repo, 'krok-kjorte');
    for (const hook of [
      'post-merge',
      'pre-merge-commit',
      'commit-msg',
      'post-commit',
      'reference-transaction',
    ])
      writeFileSync(join(repo, hooks, hook), `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    // The planted hook works when git runs normally, so its silence below means something.
    git('commit', '--quiet', '--allow-empty', '-m', 'Prøver kroken');
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    const raw = withFields(fourthPath, { beskrivelse: 'Publisert uten kroker.' });
    expect((await save(fourthPath, fourthId, raw)).status).toBe(200);
    const published = await call('publishUnpublishedEntry', { collection: 'aktorer', slug: fourthId });
    expect(published.status).toBe(200);
    expect(parse(disk(fourthPath))).toMatchObject({ beskrivelse: 'Publisert uten kroker.' });
    expect(existsSync(marker)).toBe(false);
  });
});

describe('a new entry with an image', () => {
  const slug = 'ny-aktor-fra-redigeringsverktoyet';
  const path = `content/aktorer/${slug}.yaml`;
  const imagePath = 'public/media/ny-aktor-logo.png';
  // The eight bytes every PNG starts with, then a few more: binary, not text.
  const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x10]);

  it('is proposed with its image, read back from the branch, and published as new files', async () => {
    expect(existsSync(join(repo, path))).toBe(false);
    const raw = stringify({ navn: 'Ny aktør fra verktøyet', type: 'kommune', aliaser: [] });
    const saved = await save(path, slug, raw, {
      assets: [{ path: imagePath, content: image.toString('base64'), encoding: 'base64' }],
    });
    expect(saved.status).toBe(200);
    expect(existsSync(join(repo, path))).toBe(false);
    expect(existsSync(join(repo, imagePath))).toBe(false);
    const entry = await call('unpublishedEntry', { collection: 'aktorer', slug });
    expect(entry.body.diffs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path, newFile: true, binary: false }),
        expect.objectContaining({ path: imagePath, newFile: true, binary: true }),
      ]),
    );
    const media = await call('unpublishedEntryMediaFile', { collection: 'aktorer', slug, path: imagePath });
    expect(media.body).toMatchObject({
      content: image.toString('base64'),
      encoding: 'base64',
      name: 'ny-aktor-logo.png',
    });

    const published = await call('publishUnpublishedEntry', { collection: 'aktorer', slug });
    expect(published.status).toBe(200);
    expect(disk(path)).toBe(raw);
    expect(readFileSync(join(repo, imagePath))).toEqual(image);
  });
});

describe('the generated configuration’s publish mode', () => {
  it('is the editorial workflow on the published site and in git mode, simple in the plain local mode', async () => {
    expect(cmsPublishMode({})).toBe('editorial_workflow');
    expect(cmsPublishMode({ CMS_MODE: 'git' })).toBe('editorial_workflow');
    expect(cmsPublishMode({ CMS_MODE: 'fs' })).toBe('simple');
    const saved = process.env.CMS_MODE;
    try {
      delete process.env.CMS_MODE;
      const production = parse(await configYml().text()) as Record<string, unknown>;
      expect(production.publish_mode).toBe('editorial_workflow');
      expect(production.backend).toMatchObject({ name: 'github' });
      process.env.CMS_MODE = 'fs';
      expect((parse(await configYml().text()) as Record<string, unknown>).publish_mode).toBe('simple');
    } finally {
      if (saved === undefined) delete process.env.CMS_MODE;
      else process.env.CMS_MODE = saved;
    }
  });
});
