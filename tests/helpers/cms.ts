/**
 * Decap CMS against the project's local backend (scripts/lib/cmsBackend.ts, as `npm run cms` starts
 * it) on a scratch copy of the content, for the end-to-end test: the /admin/ page, its generated
 * configuration and Decap's bundle served on one loopback port, the backend on another, answering
 * that page's origin only. Both ports are picked free by the system.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import {
  ADMIN_SCRIPT,
  ADMIN_SCRIPT_FILE,
  adminCsp,
  adminHtml,
  DECAP_DIST,
  decapBundleFiles,
} from '../../src/lib/editing/adminPage.ts';
import { cmsConfigYaml } from '../../src/lib/editing/cmsConfig.ts';
import { localBackendOrigin } from '../../src/lib/editing/localBackend.ts';
import { SEEDS_DIR } from '../../src/lib/loading/seedText.ts';
import { CMS_WRITABLE, startCmsBackend } from '../../scripts/lib/cmsBackend.ts';
import { refuseInvalid, startContentCheck } from '../../scripts/lib/cmsCheck.ts';
import { createCmsWorkflow } from '../../scripts/lib/cmsWorkflow.ts';
import { tempDir } from './tempDir.ts';

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

/**
 * `git: true` is `npm run cms -- --git`: the scratch folder is a git repository with the content
 * committed on `main`, the backend runs the editorial workflow and the configuration asks for it.
 */
export async function startCms({ git = false } = {}): Promise<CmsWorld> {
  const repo = tempDir('cms');
  cpSync('content', join(repo, 'content'), { recursive: true });
  if (git) {
    const run = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
    run('init', '--quiet', '--initial-branch=main');
    run('config', 'user.name', 'Redaktør i testen');
    run('config', 'user.email', 'redaktor@example.invalid');
    run('add', 'content');
    run('commit', '--quiet', '-m', 'Utgangspunkt');
  }
  const seeds = join(repo, 'seeds');
  mkdirSync(seeds);
  for (const f of readdirSync(SEEDS_DIR)) symlinkSync(resolve(SEEDS_DIR, f), join(seeds, f));

  // The site's port first: the backend answers that origin only.
  const sitePort = await freePort();
  // As `npm run cms`: every save is validated first, here against the scratch seeds.
  const check = startContentCheck({ root: repo, seeds });
  const backend = await startCmsBackend({
    root: repo,
    port: 0,
    origins: [`http://127.0.0.1:${sitePort}`],
    refuse: refuseInvalid(check),
    ...(git ? { hook: createCmsWorkflow({ root: repo, writable: CMS_WRITABLE }) } : {}),
  });
  const config = cmsConfigYaml({
    localBackendUrl: backend.url,
    publishMode: git ? 'editorial_workflow' : 'simple',
  });
  const bundle = new Set(decapBundleFiles());
  const csp = adminCsp([localBackendOrigin(backend.port)]);
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
    } else if (file === `${ADMIN_SCRIPT}.js`) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(ADMIN_SCRIPT_FILE));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(sitePort, '127.0.0.1', done));

  return {
    repo,
    seeds,
    adminUrl: `http://127.0.0.1:${sitePort}/admin/`,
    close: async () => {
      await backend.close();
      await check.close();
      await new Promise((done) => server.close(done));
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
