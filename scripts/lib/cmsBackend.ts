/**
 * The local editing backend: what Decap CMS talks to on the editor's machine (`npm run cms`).
 *
 * It replaces `decap-server`, which listens on every interface, reads and writes any path in the
 * project (package.json, scripts/, .git/hooks/) and trusts every localhost origin (issue 27).
 * This one speaks the same local-backend API (decap-server's file-system mode: POST /api/v1 with
 * `{ action, params }`), but
 * - listens on 127.0.0.1 only, whatever the caller asks;
 * - reads and writes only under the content folder and the CMS media folder, after refusing `..`,
 *   absolute paths, backslashes, percent-encoded forms, dot-folders and symlinks, with 403;
 * - answers only the site's own origins (exact match), and only requests addressed to itself by
 *   loopback name, so another web page or a DNS-rebinding name cannot use it.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { afterCmsWrite } from './cmsPdf.ts';

/** The only address the backend listens on. Not a parameter: nothing may widen it. */
export const CMS_BACKEND_HOST = '127.0.0.1';
/** The folders (relative to the project) the CMS may touch: entries, and uploads (`media_folder` in cmsConfig.ts). */
export const CMS_WRITABLE = ['content', 'public/media'] as const;
/** Decap sends media as base64 in JSON; a large PDF fits, a runaway body does not. */
const MAX_BODY = 50 * 1024 * 1024;

export interface CmsBackendOptions {
  /** The project folder; paths from the CMS are relative to it. */
  root: string;
  /** 0 lets the system pick (tests). */
  port: number;
  /** Exact origins allowed to call, e.g. `http://127.0.0.1:4321`. */
  origins: readonly string[];
  /** Folders under root the CMS may read and write; default CMS_WRITABLE. */
  writable?: readonly string[];
  /**
   * Asked before a save or delete touches the disk (scripts/lib/cmsCheck.ts): a message refuses
   * the change whole with 422, and Decap shows it; undefined lets it through.
   */
  refuse?: (changes: { path: string; raw?: string; bytes?: Uint8Array }[]) => Promise<string | undefined>;
  /**
   * Answers actions before the plain mode does (the editorial workflow in git mode,
   * scripts/lib/cmsWorkflow.ts); NOT_HANDLED passes an action on to the plain mode.
   */
  hook?: CmsActionHook;
}

/** What a hook returns for an action it leaves to the plain mode. */
export const NOT_HANDLED: unique symbol = Symbol('NOT_HANDLED');

export interface CmsActionHook {
  act(action: unknown, params: Record<string, unknown>): Promise<unknown>;
}

export interface CmsBackend {
  server: Server;
  port: number;
  url: string;
  close: () => Promise<void>;
}

export class Refused extends Error {
  status: number;
  constructor(message: string, status = 403) {
    super(message);
    this.status = status;
  }
}

function refusedPath(path: unknown, allowed: readonly string[]): Refused {
  const shown = typeof path === 'string' ? JSON.stringify(path.slice(0, 200)) : 'stien';
  return new Refused(
    `Ingen tilgang: ${shown} ligger utenfor ${allowed.map((a) => `${a}/`).join(' og ')}. ` +
      'Redigeringsverktøyet kan bare lese og skrive innholdsfiler.',
  );
}

/**
 * Checks a path from the CMS by its text alone: relative, plain segments, inside an allowed
 * folder. Anything that could mean something else after decoding or resolving is refused, not
 * repaired. Returns the path's segments.
 */
export function checkCmsPath(path: unknown, allowed: readonly string[], folder = false): string[] {
  if (typeof path !== 'string' || path.length === 0 || path.length > 1000) throw refusedPath(path, allowed);
  // Control characters, backslashes (another separator on Windows), '%' (encoded forms) and ':' (drive letters, streams).
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\%:]/.test(path) || path.startsWith('/')) throw refusedPath(path, allowed);
  const segments = path.replace(/\/$/, '').split('/');
  // '.', '..', empty segments and dot-names (.git, .env, .skjult) never name content.
  if (segments.some((s) => s === '' || s.startsWith('.') || s !== s.trim())) throw refusedPath(path, allowed);
  const inside = allowed.some((a) => {
    const base = a.split('/');
    const under = base.every((b, i) => segments[i] === b);
    return under && (folder ? segments.length >= base.length : segments.length > base.length);
  });
  if (!inside) throw refusedPath(path, allowed);
  return segments;
}

/** Human-readable and hashable like decap-server's answers (Decap compares the ids). */
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

export function startCmsBackend(opts: CmsBackendOptions): Promise<CmsBackend> {
  const allowed = opts.writable ?? CMS_WRITABLE;
  const origins = new Set(opts.origins);
  let rootReal = '';

  /**
   * The absolute path for a checked CMS path. The real path of what exists of it (the file, or
   * its deepest existing folder) must be exactly where the text says: any symlink on the way is
   * refused, so no link can lead outside the allowed folders.
   */
  async function locate(path: unknown, folder = false): Promise<{ abs: string; rel: string }> {
    const segments = checkCmsPath(path, allowed, folder);
    const rel = segments.join('/');
    const abs = join(rootReal, ...segments);
    let probe = abs;
    while (!(await exists(probe))) probe = dirname(probe);
    if ((await realpath(probe)) !== probe) throw refusedPath(path, allowed);
    if (probe === abs) {
      const st = await lstat(abs);
      if (folder ? !st.isDirectory() : !st.isFile()) throw refusedPath(path, allowed);
    }
    return { abs, rel };
  }

  async function readEntry(path: unknown, label?: unknown) {
    const { abs, rel } = await locate(path);
    try {
      const data = await readFile(abs);
      return { data: data.toString(), file: { path: rel, label, id: sha256(data) } };
    } catch {
      return { data: null, file: { path: rel, label, id: null } };
    }
  }

  async function readMedia(path: unknown) {
    const { abs, rel } = await locate(path);
    const data = await readFile(abs);
    return {
      id: sha256(data),
      content: data.toString('base64'),
      encoding: 'base64',
      path: rel,
      name: basename(rel),
    };
  }

  /** Regular files under a checked folder, to a depth, skipping dot-names and symlinks; paths relative to root. */
  async function list(folder: unknown, extension: string, depth: number): Promise<string[]> {
    const { abs } = await locate(folder, true);
    const found: string[] = [];
    async function walk(dir: string, left: number) {
      if (left <= 0) return;
      const items = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const item of items) {
        if (item.name.startsWith('.')) continue;
        const p = join(dir, item.name);
        if (item.isDirectory()) await walk(p, left - 1);
        else if (item.isFile() && item.name.endsWith(extension))
          found.push(relative(rootReal, p).split(sep).join('/'));
      }
    }
    if (await exists(abs)) await walk(abs, depth);
    return found.sort();
  }

  async function write(path: unknown, data: string | Buffer) {
    const { abs } = await locate(path);
    await mkdir(dirname(abs), { recursive: true });
    // mkdir may have made folders; check again that nothing on the way is a link before writing.
    await locate(path);
    await writeFile(abs, data);
    await afterCmsWrite(abs);
  }

  async function remove(path: unknown) {
    const { abs } = await locate(path);
    await unlink(abs).catch(() => {});
  }

  async function refuseOrPass(changes: { path: string; raw?: string; bytes?: Uint8Array }[]) {
    const message = await opts.refuse?.(changes);
    if (message !== undefined) throw new Refused(message, 422);
  }

  const asObject = (v: unknown): Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

  async function act(action: unknown, params: Record<string, unknown>): Promise<unknown> {
    if (opts.hook) {
      const answer = await opts.hook.act(action, params);
      if (answer !== NOT_HANDLED) return answer;
    }
    switch (action) {
      case 'info':
        return { repo: basename(rootReal), publish_modes: ['simple'], type: 'local_fs' };
      case 'entriesByFolder': {
        const files = await list(params.folder, String(params.extension ?? ''), Number(params.depth ?? 1));
        return Promise.all(files.map((f) => readEntry(f)));
      }
      case 'entriesByFiles':
        return Promise.all(asArray(params.files).map((f) => readEntry(asObject(f).path, asObject(f).label)));
      case 'getEntry':
        return readEntry(params.path);
      case 'persistEntry': {
        const entry = params.entry === undefined ? undefined : asObject(params.entry);
        const files = entry ? [entry] : asArray(params.dataFiles).map(asObject);
        const assets = asArray(params.assets).map(asObject);
        // Every path is checked before anything is written: a save is refused whole, never in part.
        for (const f of files) {
          await locate(f.path);
          if (f.newPath !== undefined) await locate(f.newPath);
          if (typeof f.raw !== 'string') throw new Refused('Innlegget mangler innhold.', 422);
        }
        for (const a of assets) await locate(a.path);
        await refuseOrPass([
          ...files.flatMap((f) => {
            const at = checkCmsPath(f.newPath ?? f.path, allowed).join('/');
            const moved = f.newPath === undefined ? [] : [{ path: checkCmsPath(f.path, allowed).join('/') }];
            return [...moved, { path: at, raw: f.raw as string }];
          }),
          // Uploaded files count too: a kilde and its PDF are checked together.
          ...assets.map((a) => ({
            path: checkCmsPath(a.path, allowed).join('/'),
            bytes: Buffer.from(String(a.content), 'base64'),
          })),
        ]);
        for (const f of files) await write(f.path, f.raw as string);
        for (const a of assets) await write(a.path, Buffer.from(String(a.content), 'base64'));
        for (const f of files) {
          if (f.newPath === undefined) continue;
          const from = await locate(f.path);
          const to = await locate(f.newPath);
          await mkdir(dirname(to.abs), { recursive: true });
          await locate(f.newPath);
          await rename(from.abs, to.abs);
        }
        return { message: 'entry persisted' };
      }
      case 'getMedia': {
        const files = await list(params.mediaFolder, '', 1);
        return Promise.all(files.map((f) => readMedia(f)));
      }
      case 'getMediaFile':
        return readMedia(params.path);
      case 'persistMedia': {
        const asset = asObject(params.asset);
        await write(asset.path, Buffer.from(String(asset.content), 'base64'));
        return readMedia(asset.path);
      }
      case 'deleteFile':
        await refuseOrPass([{ path: (await locate(params.path)).rel }]);
        await remove(params.path);
        return { message: `deleted file ${String(params.path)}` };
      case 'deleteFiles': {
        const paths = asArray(params.paths);
        const gone = [];
        for (const p of paths) gone.push({ path: (await locate(p)).rel });
        await refuseOrPass(gone);
        for (const p of paths) await remove(p);
        return { message: `deleted files ${paths.join(', ')}` };
      }
      case 'getDeployPreview':
        return null;
      default:
        // The editorial workflow is offered only in git mode (the hook); here the configuration publishes directly.
        throw new Refused(`Ukjent handling ${JSON.stringify(String(action)).slice(0, 80)}.`, 422);
    }
  }

  function send(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse, port: number) {
    // The Host must be the loopback name the backend was reached by: a foreign name that resolves
    // here (DNS rebinding) is refused before anything else.
    const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    if (!hosts.has(req.headers.host ?? ''))
      return send(res, 403, { error: 'Ingen tilgang: ukjent vertsnavn.' });
    const origin = req.headers.origin;
    if (origin === undefined || !origins.has(origin)) {
      return send(res, 403, {
        error: `Ingen tilgang: redigeringsverktøyet svarer bare nettstedet selv (${[...origins].join(', ')}).`,
      });
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      });
      return res.end();
    }
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/api/v1') {
      return send(res, 404, { error: 'Finnes ikke.' });
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return send(res, 415, { error: 'Forventet JSON.' });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY) return send(res, 413, { error: 'For stor forespørsel (over 50 MB).' });
      chunks.push(chunk);
    }
    let body: Record<string, unknown>;
    try {
      body = asObject(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    } catch {
      return send(res, 400, { error: 'Forespørselen er ikke gyldig JSON.' });
    }
    try {
      send(res, 200, await act(body.action, asObject(body.params)));
    } catch (e) {
      if (e instanceof Refused) return send(res, e.status, { error: e.message });
      send(res, 500, { error: 'Noe gikk galt da filen skulle leses eller skrives.' });
    }
  }

  return new Promise((done, fail) => {
    realpath(resolve(opts.root)).then((r) => {
      rootReal = r;
      const server = createServer((req, res) => {
        const { port } = server.address() as { port: number };
        handle(req, res, port).catch(() => {
          if (!res.headersSent) send(res, 500, { error: 'Noe gikk galt.' });
          else res.end();
        });
      });
      server.once('error', fail);
      server.listen(opts.port, CMS_BACKEND_HOST, () => {
        const { port } = server.address() as { port: number };
        done({
          server,
          port,
          url: `http://${CMS_BACKEND_HOST}:${port}/api/v1`,
          close: () =>
            new Promise((closed) => {
              server.close(() => closed());
              server.closeAllConnections();
            }),
        });
      });
    }, fail);
  });
}

/** For log lines: the allowed folders as the editor sees them. */
export const writableFolders = (writable: readonly string[] = CMS_WRITABLE) =>
  writable.map((w) => posix.join(w, '/')).join(', ');
