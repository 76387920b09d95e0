/**
 * Decap CMS against decap-server on a scratch copy of the content, for the end-to-end test:
 * the /admin/ page, its generated configuration and Decap's bundle served on one loopback port,
 * decap-server (file-system mode) on another. Both ports are picked free by the system.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adminCsp, adminHtml, DECAP_DIST, decapBundleFiles } from '../../src/lib/editing/adminPage.ts';
import { cmsConfigYaml } from '../../src/lib/editing/cmsConfig.ts';
import { SEEDS_DIR } from '../../src/lib/loading/seedText.ts';

export interface CmsWorld {
  /** The scratch repository: `content/` is a copy of ours. */
  repo: string;
  /**
   * A scratch shared/seeds: links to every real source text, so a test can add a new
   * document's text beside them (BYGDEVEKST_SEEDS) without writing into shared/.
   */
  seeds: string;
  adminUrl: string;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createNetServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

async function waitFor(url: string, body: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`decap-server svarte ikke på ${url}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function startCms(): Promise<CmsWorld> {
  const repo = mkdtempSync(join(tmpdir(), 'bygdevekst-cms-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  const seeds = join(repo, 'seeds');
  mkdirSync(seeds);
  for (const f of readdirSync(SEEDS_DIR)) symlinkSync(resolve(SEEDS_DIR, f), join(seeds, f));

  const backendPort = await freePort();
  const backend: ChildProcess = spawn(
    process.execPath,
    [resolve('node_modules/decap-server/dist/index.js')],
    {
      cwd: repo,
      env: {
        ...process.env,
        PORT: String(backendPort),
        BIND_HOST: '127.0.0.1',
        GIT_REPO_DIRECTORY: repo,
        MODE: 'fs',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    },
  );
  const api = `http://127.0.0.1:${backendPort}/api/v1`;
  await waitFor(api, JSON.stringify({ action: 'info' }), 20_000);

  const config = cmsConfigYaml({ localBackendUrl: api });
  const bundle = new Set(decapBundleFiles());
  const csp = adminCsp([`http://127.0.0.1:${backendPort}`]);
  const server: Server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', csp);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.replace(/^\/admin\//, '');
    if (path === '/admin/' || path === '/admin/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(adminHtml());
    } else if (path === '/admin/config.yml') {
      res.writeHead(200, { 'Content-Type': 'text/yaml; charset=utf-8' }).end(config);
    } else if (bundle.has(file)) {
      const type = file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
      res.writeHead(200, { 'Content-Type': type }).end(readFileSync(join(DECAP_DIST, file)));
    } else {
      res.writeHead(404).end();
    }
  });
  const sitePort = await freePort();
  await new Promise<void>((done) => server.listen(sitePort, '127.0.0.1', done));

  return {
    repo,
    seeds,
    adminUrl: `http://127.0.0.1:${sitePort}/admin/`,
    close: async () => {
      backend.kill();
      await new Promise((done) => server.close(done));
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
