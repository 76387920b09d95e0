/**
 * The local editing backend (`npm run cms`) on a scratch copy of the project: it must answer only
 * on loopback, only the site's own origin, and only inside content/ and public/media/, whatever
 * path form it is sent (issue 27, item 1). Never the real content/, never port 8081.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsBackend, type CmsBackend } from '../../scripts/lib/cmsBackend.ts';
import { contentRoot } from '../../src/lib/loading/contentFiles.ts';
import { tempDir } from '../helpers/tempDir.ts';

const SITE = 'http://127.0.0.1:4999';
let repo = '';
let backend: CmsBackend;

const PROTECTED = {
  'package.json': '{"name":"scratch","scripts":{"build":"node ok.mjs"}}\n',
  '.git/config': '[core]\n\tbare = false\n',
  'scripts/build.mjs': 'console.log("bygger");\n',
  '.git/hooks/pre-commit.sample': '#!/bin/sh\nexit 0\n',
} as const;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { error?: string } & Record<string, unknown>;
}

/** A raw HTTP call, so the test sets Origin and Host itself (as a foreign page or a rebinding name would). */
function call(
  action: string,
  params: unknown,
  { origin = SITE as string | null, host = undefined as string | undefined, method = 'POST' } = {},
): Promise<Answer> {
  return new Promise((done, fail) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    // null: no Origin header at all, as from a script rather than a page.
    if (origin !== null) headers.Origin = origin;
    if (host !== undefined) headers.Host = host;
    const req = request(
      { host: '127.0.0.1', port: backend.port, path: '/api/v1', method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          done({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : {} });
        });
      },
    );
    req.on('error', fail);
    req.end(method === 'POST' ? JSON.stringify({ action, params }) : undefined);
  });
}

const disk = (p: string) => readFileSync(join(repo, p), 'utf8');

beforeAll(async () => {
  repo = tempDir('cmsbackend');
  cpSync(contentRoot(), join(repo, 'content'), { recursive: true });
  for (const [p, text] of Object.entries(PROTECTED)) {
    mkdirSync(join(repo, p, '..'), { recursive: true });
    writeFileSync(join(repo, p), text);
  }
  // Links inside content/ that lead out: to a file, and to a folder.
  symlinkSync(join(repo, 'package.json'), join(repo, 'content/aktorer/lenke.yaml'));
  symlinkSync(join(repo, 'scripts'), join(repo, 'content/ut'));
  backend = await startCmsBackend({ root: repo, port: 0, origins: [SITE] });
});

afterAll(async () => {
  await backend?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the local CMS backend', () => {
  it('listens on 127.0.0.1 only, and answers nothing on this machine’s other addresses', async () => {
    expect(backend.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(backend.port).not.toBe(8081);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal)
      .map((a) => a!.address.split('%')[0]);
    if (others.length === 0)
      console.info('Ingen adresse utenom loopback på denne maskinen: bare lytteadressen er prøvd.');
    for (const address of others) {
      const outcome = await new Promise<string>((done) => {
        const s = connect({ host: address, port: backend.port, timeout: 2000 });
        s.once('connect', () => (s.destroy(), done('svarte')));
        s.once('timeout', () => (s.destroy(), done('tidsavbrudd')));
        s.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'feil'));
      });
      expect(outcome, address).not.toBe('svarte');
    }
  });

  const BAD_PATHS = [
    'package.json',
    '.git/config',
    '.git/hooks/pre-commit',
    'scripts/build.mjs',
    'content/aktorer/../../scripts/build.mjs',
    'content/aktorer/../../package.json',
    'content/../.git/config',
    'content/./aktorer/../../package.json',
    'content/%2e%2e/package.json',
    'content/%2E%2E%2Fpackage.json',
    'content\\..\\package.json',
    '/etc/passwd',
    `${process.cwd()}/package.json`,
    'content/.git/config',
    'content/aktorer/lenke.yaml',
    'content/ut/build.mjs',
    'content',
    'Content/../package.json',
    'public/index.html',
    'content/aktorer/atb.yaml\u0000.png',
  ];

  it.each(BAD_PATHS)('refuses to read %j, with 403 in Norwegian', async (path) => {
    for (const [action, params] of [
      ['getEntry', { path }],
      ['entriesByFiles', { files: [{ path }] }],
      ['getMediaFile', { path }],
    ] as const) {
      const a = await call(action, params);
      expect(a.status, action).toBe(403);
      expect(a.body.error).toMatch(/^Ingen tilgang: .* ligger utenfor content\/ og public\/media\/\./);
      expect(JSON.stringify(a.body)).not.toContain('scratch');
      expect(JSON.stringify(a.body)).not.toContain('bygger');
    }
  });

  it.each(['.git/hooks', 'scripts', 'content/..', 'content/ut', '.', '/'])(
    'refuses to list %j',
    async (folder) => {
      const a = await call('entriesByFolder', { folder, extension: '', depth: 5 });
      expect(a.status).toBe(403);
      expect(a.body.error).toMatch(/^Ingen tilgang/);
      expect((await call('getMedia', { mediaFolder: folder })).status).toBe(403);
    },
  );

  it.each(BAD_PATHS)('refuses to write or delete %j, and leaves every file as it was', async (path) => {
    const entry = { slug: 'x', path, raw: 'planted' };
    const good = { slug: 'y', path: 'content/aktorer/planlagt.yaml', raw: 'navn: Planlagt\n' };
    const asset = {
      path,
      content: Buffer.from('#!/bin/sh\necho planted\n').toString('base64'),
      encoding: 'base64',
    };
    const options = { commitMessage: 'x' };
    const attempts = [
      call('persistEntry', { entry, assets: [], options }),
      // A good entry with a bad asset, or a bad new name: the save is refused whole.
      call('persistEntry', { entry: good, assets: [asset], options }),
      call('persistEntry', { dataFiles: [{ ...good, newPath: path }], assets: [], options }),
      call('persistMedia', { asset, options }),
      call('deleteFile', { path, options }),
      call('deleteFiles', { paths: ['content/aktorer/atb.yaml', path], options }),
    ];
    for (const a of await Promise.all(attempts)) {
      expect(a.status).toBe(403);
      expect(a.body.error).toMatch(/^Ingen tilgang/);
    }
    for (const [p, text] of Object.entries(PROTECTED)) expect(disk(p), p).toBe(text);
    expect(existsSync(join(repo, '.git/hooks/pre-commit'))).toBe(false);
    expect(existsSync(join(repo, 'content/aktorer/planlagt.yaml'))).toBe(false);
    expect(existsSync(join(repo, 'content/aktorer/atb.yaml'))).toBe(true);
    expect(readdirSync(join(repo, 'scripts'))).toEqual(['build.mjs']);
  });

  it('answers only the site’s own origin and loopback names', async () => {
    for (const origin of [
      'http://localhost:5173',
      'http://127.0.0.1:8081',
      'https://eksempel.no',
      'null',
      null,
    ]) {
      const a = await call('getEntry', { path: 'content/aktorer/atb.yaml' }, { origin });
      expect(a.status, String(origin)).toBe(403);
      expect(a.body.error).toMatch(/^Ingen tilgang: redigeringsverktøyet svarer bare nettstedet selv/);
      expect(a.headers['access-control-allow-origin']).toBeUndefined();
      expect(a.body.data).toBeUndefined();
    }
    // A foreign name pointed at 127.0.0.1 (DNS rebinding) brings the site's origin with it only if it is the site; the Host gives it away.
    const rebound = await call('info', {}, { host: `angriper.eksempel:${backend.port}` });
    expect(rebound.status).toBe(403);
    const preflight = await call('', undefined, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(SITE);
    const foreignPreflight = await call('', undefined, {
      method: 'OPTIONS',
      origin: 'http://localhost:3000',
    });
    expect(foreignPreflight.status).toBe(403);
    expect(foreignPreflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves and saves real content entries in the scratch copy, as Decap asks for them', async () => {
    const onDisk = readdirSync(join(repo, 'content/aktorer')).filter(
      (f) => f.endsWith('.yaml') && f !== 'lenke.yaml',
    );
    expect(onDisk.length).toBeGreaterThan(5);
    const listed = await call('entriesByFolder', { folder: 'content/aktorer', extension: 'yaml', depth: 1 });
    expect(listed.status).toBe(200);
    const entries = listed.body as unknown as { data: string; file: { path: string; id: string } }[];
    // Every real actor file, and not the link that leads out.
    expect(entries.map((e) => e.file.path).sort()).toEqual(onDisk.map((f) => `content/aktorer/${f}`).sort());
    const atb = entries.find((e) => e.file.path === 'content/aktorer/atb.yaml')!;
    expect(atb.data).toBe(disk('content/aktorer/atb.yaml'));
    expect(atb.data).toMatch(/^navn: /m);

    const real = readFileSync('content/aktorer/atb.yaml', 'utf8');
    const changed = `${atb.data.trimEnd()}\n# endret i redigeringsverktøyet\n`;
    const saved = await call('persistEntry', {
      entry: { slug: 'atb', path: 'content/aktorer/atb.yaml', raw: changed },
      assets: [
        {
          path: 'public/media/logo.txt',
          content: Buffer.from('logo').toString('base64'),
          encoding: 'base64',
        },
      ],
      options: { commitMessage: 'Oppdater atb' },
    });
    expect(saved.status).toBe(200);
    expect(disk('content/aktorer/atb.yaml')).toBe(changed);
    expect(disk('public/media/logo.txt')).toBe('logo');
    expect(readFileSync('content/aktorer/atb.yaml', 'utf8')).toBe(real);
    const again = await call('getEntry', { path: 'content/aktorer/atb.yaml' });
    expect(again.body.data).toBe(changed);

    // A new entry in a new folder (tiltak of a new plan), then renamed, then deleted.
    const raw = '---\ntittel: Nytt tiltak\n---\nTekst.\n';
    const made = await call('persistEntry', {
      entry: { slug: 'ny', path: 'content/tiltak/ny-plan-2030/ny-plan-2030-ny.mdx', raw },
      assets: [],
      options: { commitMessage: 'Nytt tiltak' },
    });
    expect(made.status).toBe(200);
    expect(disk('content/tiltak/ny-plan-2030/ny-plan-2030-ny.mdx')).toBe(raw);
    const moved = await call('persistEntry', {
      dataFiles: [
        {
          slug: 'ny',
          path: 'content/tiltak/ny-plan-2030/ny-plan-2030-ny.mdx',
          newPath: 'content/tiltak/ny-plan-2030/ny-plan-2030-d1-1.mdx',
          raw,
        },
      ],
      assets: [],
      options: { commitMessage: 'Nytt navn' },
    });
    expect(moved.status).toBe(200);
    expect(readdirSync(join(repo, 'content/tiltak/ny-plan-2030'))).toEqual(['ny-plan-2030-d1-1.mdx']);
    const media = await call('getMedia', { mediaFolder: 'public/media' });
    expect(media.body).toEqual([
      expect.objectContaining({ path: 'public/media/logo.txt', name: 'logo.txt' }),
    ]);
    const gone = await call('deleteFile', {
      path: 'content/tiltak/ny-plan-2030/ny-plan-2030-d1-1.mdx',
      options: { commitMessage: 'x' },
    });
    expect(gone.status).toBe(200);
    expect(readdirSync(join(repo, 'content/tiltak/ny-plan-2030'))).toEqual([]);
    expect(existsSync('content/tiltak/ny-plan-2030')).toBe(false);
  });
});
