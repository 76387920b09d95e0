/**
 * The Content-Security-Policy in Chromium: no page type breaks it (search with its WebAssembly
 * and charts included), and markup that slipped past the body rule would still not run, load
 * from another host or restyle the page. The policy comes as a header from the test server and
 * as a <meta> in every page; both are checked.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, Tabs, type Site } from '../helpers/browser.ts';
import { onePagePerType, readPage } from '../helpers/builtSite.ts';
import { stopForeignRequests } from '../helpers/pageVisits.ts';
import { CASES } from '../badinput/cases.ts';

let site: Site;
let context: BrowserContext;
/**
 * Open tabs of `context` for the unplanted visits, each recording the requests to other hosts it
 * stopped: a new tab costs Chromium a renderer process, while each visit is still a new document.
 */
let tabs: Tabs<string[]>;
beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext();
  // Every violation the page reports, from the first byte on.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  tabs = new Tabs(context, stopForeignRequests);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

interface Visit {
  page: Page;
  violations: () => Promise<string[]>;
  foreign: string[];
}

async function load(page: Page, foreign: string[], path: string): Promise<Visit> {
  foreign.length = 0;
  await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
  return {
    page,
    foreign,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

/** Loads `path` in an open tab and runs `check` on the visit. */
function visit(path: string, check: (v: Visit) => Promise<void>): Promise<void> {
  return tabs.use(async (page, foreign) => check(await load(page, foreign, path)));
}

/**
 * A visit whose page `plant` changes before it loads: in a tab of its own, closed after, so the
 * planted fault meets no other visit.
 */
function plantedVisit(
  path: string,
  plant: (page: Page) => Promise<unknown>,
  check: (v: Visit) => Promise<void>,
): Promise<void> {
  return tabs.own(async (page, foreign) => {
    await plant(page);
    await check(await load(page, foreign, path));
  });
}

describe('the policy itself', () => {
  it('is in every page type as a meta tag, strict, with WebAssembly only on the search page', () => {
    for (const path of onePagePerType()) {
      const csp = readPage(path).querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(csp, path).not.toBeNull();
      const policy = csp!.getAttribute('content')!;
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy.includes('wasm-unsafe-eval'), path).toBe(path.startsWith('/sok/'));
    }
  });

  it('comes as a header from the server, with frame-ancestors', async () => {
    const res = await fetch(new URL('/piloter/', site.url));
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

// Every page type under the policy, with no request to another host, is checked on each visit in
// pageTypes.test.ts; these are the pages whose scripts do the most.
describe('the busiest scripts keep to the policy', () => {
  it('the search page runs Pagefind (WebAssembly) and shows hits without a violation', async () => {
    await visit('/sok/?q=bolig', async (v) => {
      await v.page.waitForFunction(() => document.getElementById('sok-app')?.dataset.ferdig !== undefined);
      expect(Number(await v.page.locator('#sok-status').getAttribute('data-treff'))).toBeGreaterThan(0);
      expect(await v.violations()).toEqual([]);
      expect(v.foreign).toEqual([]);
    });
  });

  it('a chart draws without a violation', async () => {
    await visit('/piloter/indre-namdal/', async (v) => {
      const frame = v.page.locator('[data-chart-frame]').first();
      await v.page.locator('figure.budget-chart').first().scrollIntoViewIfNeeded();
      await expect.poll(() => frame.isVisible(), { timeout: 10_000 }).toBe(true);
      expect(Number((await frame.boundingBox())?.height)).toBeGreaterThan(50);
      expect(await v.violations()).toEqual([]);
    });
  });
});

describe('markup that got past the body rule is still blocked by the policy', () => {
  // The corpus's HTML injections, as if a body had been published raw, plus what a script would try.
  const injected = [
    ...CASES.filter((c) => c.kind === 'injeksjon' && c.linje && typeof c.linje === 'object')
      .map((c) => (c.linje as { containing: string }).containing)
      // A meta refresh is a navigation, which no CSP directive governs: only the body rule stops it.
      .filter((t) => t.startsWith('<') && !t.startsWith('<!--') && !t.startsWith('<meta')),
    '<script>window.__pwned = "inline"</script>',
    '<img src="/favicon.svg" onload="window.__pwned = \'onload\'">',
    '<a id="js-lenke" href="javascript:window.__pwned=\'lenke\'">lenke</a>',
    '<div id="overlegg" style="position:fixed;inset:0;background:red">Overtatt</div>',
    '<img src="https://evil.example/sporing.png">',
  ].join('\n');

  it('runs no script, loads nothing from another host and applies no inline style', async () => {
    expect(injected).toContain('<script>');
    const plant = (page: Page) =>
      page.route('**/piloter/', async (route) => {
        const res = await route.fetch();
        const html = (await res.text()).replace('</main>', `${injected}</main>`);
        await route.fulfill({ response: res, body: html });
      });
    await plantedVisit('/piloter/', plant, async (v) => {
      await v.page.click('#js-lenke').catch(() => undefined);
      await v.page.waitForTimeout(300);
      expect(
        await v.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
      ).toBeUndefined();
      // Frames: Chromium lets the interception see the navigation before frame-src refuses it, so
      // the proof is the violation and that no frame shows the other host's page.
      expect(v.foreign.filter((f) => !f.startsWith('document '))).toEqual([]);
      for (const frame of v.page.frames()) expect(frame.url()).not.toContain('evil.example');
      expect(v.page.url()).toContain('/piloter/');
      expect(await v.page.locator('#overlegg').evaluate((e) => getComputedStyle(e).position)).not.toBe(
        'fixed',
      );
      const violations = await v.violations();
      expect(violations.some((x) => x.startsWith('script-src'))).toBe(true);
      expect(violations.some((x) => x.startsWith('style-src'))).toBe(true);
      expect(violations.some((x) => x.startsWith('img-src') && x.includes('evil.example'))).toBe(true);
      expect(violations.some((x) => x.startsWith('frame-src'))).toBe(true);
    });
  });
});
