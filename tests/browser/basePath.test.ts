/**
 * The site under a base path, as on a GitHub Pages project site: built with
 * BASE_PATH=/bygdevekstatlas/ and SITE_URL=https://eksempel.no into a temporary folder, then
 * checked at the HTML level (every internal link, asset, fragment and data file) and in Chromium
 * (one page of each type, search with a filter, a chart, the feed and the 404 page): 0 broken.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { chromium, type Browser, type Page, type Request, type Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, Tabs } from '../helpers/browser.ts';
import { builtSiteAt, pageType } from '../helpers/builtSite.ts';
import { serveStatic } from '../../scripts/lib/staticServer.mjs';
import { tempDir } from '../helpers/tempDir.ts';

const BASE = '/bygdevekstatlas/';
const SITE = 'https://eksempel.no';
const out = join(tempDir('base'), 'dist');
const site = builtSiteAt(out);

let server: Server;
let url: string;
let browser: Browser;
beforeAll(async () => {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: BASE, SITE_URL: SITE, BYGDEVEKST_OUT: out },
  });
  if (r.status !== 0) throw new Error(`bygget med BASE_PATH feilet:\n${r.stdout}\n${r.stderr}`);
  ({ server, url } = (await serveStatic(out, 0, BASE)) as { server: Server; url: string });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  // No server when the build failed: closing nothing must not hang the hook.
  if (server) await new Promise((done) => server!.close(done));
});

/** The built file an address under the base path names, or null when it is outside the site or absent. */
function fileOf(address: URL): string | null {
  if (!address.pathname.startsWith(BASE)) return null;
  const path = decodeURIComponent(address.pathname.slice(BASE.length - 1));
  const file = path.endsWith('/') ? join(out, path, 'index.html') : join(out, path);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const ids = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!ids.has(file)) {
    const root = parse(readFileSync(file, 'utf8'));
    ids.set(
      file,
      new Set(root.querySelectorAll('[id], a[name]').map((e) => e.id || e.getAttribute('name')!)),
    );
  }
  return ids.get(file)!;
}

/** Every address a page refers to: links, assets, forms, srcset candidates. */
function references(page: HTMLElement): string[] {
  const refs: string[] = [];
  for (const e of page.querySelectorAll('[href], [src], [action], [srcset], [data-src]')) {
    for (const name of ['href', 'src', 'action', 'data-src']) {
      const v = e.getAttribute(name);
      if (v !== undefined) refs.push(v);
    }
    const srcset = e.getAttribute('srcset');
    if (srcset) refs.push(...srcset.split(',').map((c) => c.trim().split(/\s+/)[0]));
  }
  return refs;
}

function broken(from: URL, ref: string): string | null {
  if (/^(mailto|tel|data|blob|javascript):/i.test(ref)) return null;
  const target = new URL(ref, from);
  if (target.origin !== from.origin) {
    // The site's own absolute addresses (canonical, og:url) must carry the base path too.
    return target.origin === SITE && !target.pathname.startsWith(BASE) ? `${ref} (uten basesti)` : null;
  }
  const file = fileOf(target);
  if (!file) return `${ref} (finnes ikke)`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && file.endsWith('.html') && !idsIn(file).has(fragment) && !/^L\d+$/.test(fragment))
    return `${ref} (mangler #${fragment})`;
  return null;
}

describe('the site under a base path, at the HTML level', () => {
  it('has every page, and every internal link, asset and fragment resolves under the base path', () => {
    const pages = [...site.builtPages(), '/404.html'];
    expect(pages.length).toBeGreaterThan(200);
    const problems: string[] = [];
    let checked = 0;
    for (const path of pages) {
      const page = site.readPage(path);
      const from = new URL(`${BASE.slice(0, -1)}${path}`, 'http://127.0.0.1');
      for (const ref of references(page)) {
        checked++;
        const problem = broken(from, ref);
        if (problem) problems.push(`${path}: ${problem}`);
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect([...new Set(problems)].slice(0, 30)).toEqual([]);
  });

  it('gives canonical addresses, the sitemap and the feed the site address and the base path', () => {
    expect(site.readPage('/piloter/').querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      `${SITE}${BASE}piloter/`,
    );
    for (const file of ['sitemap.xml', 'feed.xml']) {
      const text = readFileSync(join(out, file), 'utf8');
      const addresses = [...text.matchAll(/(?:<loc>|href=")(https?:[^<"]+)/g)].map((m) => m[1]);
      expect(addresses.length, file).toBeGreaterThan(2);
      for (const a of addresses) {
        expect(a.startsWith(`${SITE}${BASE}`), `${file}: ${a}`).toBe(true);
        expect(fileOf(new URL(new URL(a).pathname, 'http://x')), `${file}: ${a}`).not.toBeNull();
      }
    }
  });

  it("gives the data files' links to pages the base path", () => {
    const data = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter(
        (d) => d.isFile() && /\.(csv|json)$/.test(d.name) && !join(d.parentPath, d.name).includes('pagefind'),
      )
      .map((d) => join(d.parentPath, d.name));
    expect(data.length).toBeGreaterThan(3);
    let links = 0;
    for (const file of data) {
      for (const m of readFileSync(file, 'utf8').matchAll(/https?:\/\/eksempel\.no[^\s",;]*/g)) {
        links++;
        expect(
          fileOf(new URL(new URL(m[0]).pathname, 'http://x')),
          `${relative(out, file)}: ${m[0]}`,
        ).not.toBeNull();
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  it('points robots.txt to the sitemap at the site address', () => {
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  });

  it('writes the host files with the base path', () => {
    expect(readFileSync(join(out, '_headers'), 'utf8')).toMatch(/^\/bygdevekstatlas\/sok\/\*$/m);
    expect(readFileSync(join(out, 'nginx-headers.conf'), 'utf8')).toContain(
      'error_page 404 /bygdevekstatlas/404.html;',
    );
  });
});

describe('the site under a base path, in Chromium', () => {
  let tabs: Tabs;
  beforeAll(async () => {
    tabs = new Tabs(await browser.newContext());
  });

  /**
   * Loads `path` in a lent tab (a new document each time), runs `inspect` on the page, and reports
   * every request that failed or was refused and every script error on the way.
   */
  async function visit<T>(path: string, inspect: (page: Page) => Promise<T>) {
    return tabs.use(async (page) => {
      const target = new URL(path, url).href;
      const failures: string[] = [];
      // Only this visit's requests: the tab's last page may still be fetching (its favicon, after
      // «networkidle»), and this visit's navigation cancels that request, which reports as failed.
      const made = new Set<Request>();
      const started = (r: Request) => made.add(r);
      const failed = (r: Request) => {
        if (made.has(r)) failures.push(`${r.url()} ${r.failure()?.errorText}`);
      };
      const answered = (r: Response) => {
        if (
          made.has(r.request()) &&
          r.status() >= 400 &&
          !(r.url() === target && path.includes('finnes-ikke'))
        )
          failures.push(`${r.status()} ${r.url()}`);
      };
      const thrown = (e: Error) => failures.push(`feil: ${e.message}`);
      page.on('request', started);
      page.on('requestfailed', failed);
      page.on('response', answered);
      page.on('pageerror', thrown);
      const response = await page.goto(target, { waitUntil: 'networkidle' });
      const seen = await inspect(page);
      return { seen, failures, status: response?.status() };
    });
  }

  it('loads one page of each type with every request answered', async () => {
    const byType = new Map<string, string>();
    for (const p of site.builtPages()) if (!byType.has(pageType(p))) byType.set(pageType(p), p);
    expect(byType.size).toBeGreaterThan(15);
    // Three at a time: each visit mostly waits for the network to fall quiet.
    const paths = [...byType.values()];
    for (let i = 0; i < paths.length; i += 3) {
      const seen = await Promise.all(
        paths.slice(i, i + 3).map(async (path) => {
          // The stylesheet came: the page is laid out, not bare HTML.
          const v = await visit(path.slice(1), (page) => page.evaluate(() => document.styleSheets.length));
          return { path, status: v.status, failures: v.failures, sheets: v.seen };
        }),
      );
      for (const { path, status, failures, sheets } of seen) {
        expect(status, path).toBe(200);
        expect(failures, path).toEqual([]);
        expect(sheets, path).toBeGreaterThan(0);
      }
    }
  }, 240_000);

  it('searches with a filter, and the hits link to pages under the base path', async () => {
    const v = await visit('sok/?q=bolig&type=tiltak', async (page) => {
      await page.waitForFunction(() => document.getElementById('sok-app')?.dataset.ferdig !== undefined);
      return {
        treff: Number(await page.locator('#sok-status').getAttribute('data-treff')),
        hrefs: await page
          .locator('#sok-app h3 a')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
      };
    });
    expect(v.seen.treff).toBeGreaterThan(0);
    expect(v.seen.hrefs.length).toBeGreaterThan(0);
    for (const href of v.seen.hrefs) {
      expect(new URL(href).pathname.startsWith(`${BASE}tiltak/`), href).toBe(true);
      expect((await fetch(href)).status, href).toBe(200);
    }
    expect(v.failures).toEqual([]);
  });

  it('draws a chart', async () => {
    const v = await visit('piloter/indre-namdal/', async (page) => {
      await page.locator('figure.budget-chart').first().scrollIntoViewIfNeeded();
      const frame = page.locator('[data-chart-frame]').first();
      await expect.poll(() => frame.isVisible(), { timeout: 10_000 }).toBe(true);
      return Number((await frame.boundingBox())?.height);
    });
    expect(v.seen).toBeGreaterThan(50);
    expect(v.failures).toEqual([]);
  });

  it('serves the feed, whose entries lead to pages', async () => {
    const res = await fetch(new URL('feed.xml', url));
    expect(res.status).toBe(200);
    const links = [...(await res.text()).matchAll(/<entry>[\s\S]*?<link href="([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect((await fetch(new URL(new URL(link).pathname, url))).status, link).toBe(200);
  });

  it('shows the 404 page, styled, with working links', async () => {
    const v = await visit('finnes-ikke/', async (page) => ({
      heading: (await page.locator('h1').textContent())?.trim(),
      sheets: await page.evaluate(() => document.styleSheets.length),
      hrefs: await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
    }));
    expect(v.status).toBe(404);
    // The built 404 page's own heading, so the served page is that page and not a server default.
    const heading = site.readPage('/404.html').querySelector('h1')?.text.trim();
    expect(heading).toMatch(/\S/);
    expect(v.seen.heading).toBe(heading);
    expect(v.seen.sheets).toBeGreaterThan(0);
    expect(v.failures).toEqual([]);
    expect(v.seen.hrefs.length).toBeGreaterThan(3);
    // Links to other pages (the skip link to this page's own main is a fragment of the 404 page itself).
    const page = new URL('finnes-ikke/', url).href;
    for (const href of v.seen.hrefs.filter(
      (h) => h.startsWith('http://127.0.0.1') && h.split('#')[0] !== page,
    ))
      expect((await fetch(href)).status, href).toBe(200);
  });
});
