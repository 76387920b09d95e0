/**
 * One visit per page type and screen, in a real Chromium, that checks everything a visitor meets
 * at once: axe (WCAG 2.1 AA), the Content-Security-Policy (no violation, no request to another
 * host), layout shift (CLS) and sideways scrolling of the whole page. Each visit costs a browser
 * context and a page load, so the checks share it rather than each visiting every page again.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForPath, largestPagePerType, onePagePerType } from './builtSite.ts';
import { openSite, Tabs, type Site } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The largest cumulative layout shift a page may have (issue 23). */
export const CLS_LIMIT = 0.05;

export interface Screen {
  javaScript: boolean;
  context: BrowserContextOptions & { viewport: { width: number; height: number } };
  /** The pages met on this screen. */
  pages: () => string[];
}

const DESKTOP: Screen = {
  javaScript: true,
  context: { viewport: { width: 1280, height: 900 } },
  pages: () => visitedPages(),
};

/** The three ways a page is met, by the name a failure shows. */
export const SCREENS = {
  desktop: DESKTOP,
  "without the site's JavaScript": {
    ...DESKTOP,
    javaScript: false,
    // Only a page that loads a script can differ when its JavaScript is refused.
    pages: () => visitedPages().filter(loadsScripts),
  },
  // The widest content is what can push a phone's page sideways, so the phone meets the largest
  // page of each type (tests/browser/layout.test.ts did a second round of visits for that before).
  // axe runs here too, all of WCAG 2.1 AA: at this width responsive.css and the search's styles
  // make text smaller (h1, .lead, tables, the menu, so the large-text contrast limit no longer
  // applies), show content the desktop never renders (.sammenlign-smal, .filter-knapp, which axe
  // skips while hidden) and let tables and the menu scroll in boxes of their own
  // (scrollable-region-focusable). Restricting axe to color-contrast and those boxes was measured
  // to cost as much CPU as the whole rule set, so the whole set stays.
  '360 px phone screen': {
    javaScript: true,
    context: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    pages: () => visitedPages(largestPagePerType()),
  },
} satisfies Record<string, Screen>;

/**
 * One page per type, plus the pages that carry charts and budget tables, and shared filter URLs.
 * `perType` picks the page of each type: the first in sorted order unless given.
 */
export function visitedPages(perType: string[] = onePagePerType()): string[] {
  return [
    ...new Set([
      ...perType,
      '/piloter/indre-namdal/',
      '/piloter/rindal-holtalen/',
      '/handlingsplaner/rindal-holtalen-2025/',
      '/sammenlign/?piloter=indre-namdal,rindal-holtalen',
      '/tiltak/',
      '/tiltak/?fra=500001&sort=alle&retning=desc',
      '/penger/',
    ]),
  ];
}

/**
 * Whether the built page loads any script. Only such a page can differ when its JavaScript is
 * refused; for the others that visit would repeat the desktop one exactly, so it is not made.
 */
export function loadsScripts(path: string): boolean {
  return /<script[\s>]/i.test(readFileSync(fileForPath(path), 'utf8'));
}

/** The pages worth visiting on a screen. */
export function pagesFor(screen: Screen): string[] {
  return screen.pages();
}

/**
 * The visits of one screen as tests, one per page, each checking everything at once. A few run at
 * once (the project's maxConcurrency): Chromium renders them in processes of their own while the
 * test waits. One file per screen, so the three share out over Vitest's workers.
 */
export function checkEveryPageOn(screenName: keyof typeof SCREENS): void {
  const screen = SCREENS[screenName];
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  const title = `every page type in Chromium, ${screenName}: axe, CSP, layout shift and width`;
  describe.concurrent(title, () => {
    it.each(pagesFor(screen))('%s', async (path) => {
      const seen = await visitPage(site, path, screen);
      expect(seen.axe, 'axe').toEqual([]);
      expect(seen.csp, 'CSP').toEqual([]);
      expect(seen.foreign, 'requests to other hosts').toEqual([]);
      expect(seen.cls, `CLS: ${seen.shifts.join('; ')}`).toBeLessThanOrEqual(CLS_LIMIT);
      // No sideways scrolling of the whole page: wide tables scroll inside their own box.
      expect(seen.width, 'page width').toBeLessThanOrEqual(screen.context.viewport.width);
    });
  });
}

/**
 * Records (and stops) every request from `page` to a host other than the local test server that
 * reaches the network layer. A request the page's policy refuses never gets this far.
 */
export async function stopForeignRequests(page: Page): Promise<string[]> {
  const foreign: string[] = [];
  await page.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:',
    (route) => {
      foreign.push(`${route.request().resourceType()} ${route.request().url()}`);
      return route.abort();
    },
  );
  return foreign;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

interface Watch {
  csp: string[];
  cls: number;
  shifts: string[];
}

declare global {
  interface Window {
    __watch: Watch;
  }
}

/** Runs in the page before any of its own code: records policy violations and layout shifts. */
function watchPage() {
  const watch: Watch = { csp: [], cls: 0, shifts: [] };
  window.__watch = watch;
  document.addEventListener('securitypolicyviolation', (e) =>
    watch.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  // Every shift is added up (no session windows), which can only overstate CLS. Shifts marked as
  // following input are counted too: a visit gives no input before CLS is read, and under phone
  // emulation (isMobile) Chromium marks a shift two frames after load that way, so skipping them
  // hid the shift planted in the phone visit of pageTypes.test.ts.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & {
      value: number;
      sources?: { node?: Node | null }[];
    })[]) {
      watch.cls += e.value;
      const nodes = (e.sources ?? []).map((s) => {
        const n = s.node as Element | null | undefined;
        return n && 'tagName' in n
          ? `${n.tagName.toLowerCase()}${n.id ? '#' + n.id : ''}.${n.className}`
          : '?';
      });
      watch.shifts.push(`${e.value.toFixed(3)} ${nodes.join(' ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

export interface VisitResult {
  axe: string[];
  csp: string[];
  foreign: string[];
  cls: number;
  shifts: string[];
  /** The whole page's width in CSS pixels once its scripts have run (scrollWidth). */
  width: number;
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * One browser context per screen, for every visit on it (a context per visit costs Chromium more
 * than the page load), and its tabs lent from visit to visit (Tabs in tests/helpers/browser.ts).
 * Nothing carries from one visit to the next: the site stores nothing in the browser, each
 * navigation starts a new document with its own watcher, and routing (stopForeignRequests) turns
 * the HTTP cache off, so every visit loads every file as a first-time visitor does.
 */
const tabsByScreen = new WeakMap<Browser, Map<Screen, Promise<Tabs<string[]>>>>();

/**
 * Makes a tab watch what the visits check, and refuse the site's JavaScript on a screen without it.
 * Returns the list the tab records stopped requests to other hosts in.
 */
async function prepareTab(page: Page, screen: Screen): Promise<string[]> {
  await page.addInitScript(watchPage);
  // axe as an init script of the tab rather than evaluated on each visit: its 500 KB cross the
  // DevTools pipe once per tab, not once per visit (measured: 0.08 CPU-s less a visit). Like the
  // watcher, it comes through the DevTools protocol, which the page's CSP does not govern.
  await page.addInitScript({ content: axeSource });
  const foreign = await stopForeignRequests(page);
  if (!screen.javaScript) await page.route('**/*.js', (route) => route.abort());
  return foreign;
}

function tabsFor(browser: Browser, screen: Screen): Promise<Tabs<string[]>> {
  let byScreen = tabsByScreen.get(browser);
  if (!byScreen) tabsByScreen.set(browser, (byScreen = new Map()));
  let tabs = byScreen.get(screen);
  if (!tabs) {
    tabs = browser
      .newContext({ ...screen.context, javaScriptEnabled: true })
      .then((context) => new Tabs(context, (page) => prepareTab(page, screen)));
    byScreen.set(screen, tabs);
  }
  return tabs;
}

/**
 * Visits one page on one screen under the site's own policy and reports what each check found.
 * `plant` may change the page before it loads (the checks' own test plants faults with it): that
 * visit gets a tab of its own, closed after it, so no planted fault meets another visit.
 */
export async function visitPage(
  site: Site,
  path: string,
  screen: Screen,
  plant?: (page: Page) => Promise<void>,
): Promise<VisitResult> {
  const tabs = await tabsFor(site.browser, screen);
  const url = new URL(path, site.url);
  if (!plant) return tabs.use((page, foreign) => visitIn(page, foreign, url, screen));
  return tabs.own(async (page, foreign) => {
    await plant(page);
    return visitIn(page, foreign, url, screen);
  });
}

/** One visit in a prepared tab; `foreign` is where the tab records stopped requests to other hosts. */
async function visitIn(page: Page, foreign: string[], url: URL, screen: Screen): Promise<VisitResult> {
  foreign.length = 0;
  await page.goto(url.href, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // Two frames after the scripts have run, so a late replacement of the no-JS content is counted.
  await settle(page);
  const { cls, shifts } = await page.evaluate(() => window.__watch);
  if (screen.javaScript && (await page.evaluate(() => document.scripts.length > 0))) {
    // Charts draw once seen: scroll through the page so every island runs under the policy.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 800) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 20));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
  }
  const result = (await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_AA,
  )) as { violations: AxeViolation[] };
  const axe = result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  // A copy: the tab's list is cleared when the tab is lent to the next visit.
  return {
    axe,
    csp: await page.evaluate(() => window.__watch.csp),
    foreign: [...foreign],
    cls,
    shifts,
    width,
  };
}
