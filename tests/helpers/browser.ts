/**
 * Debian's Chromium driven by playwright-core, against the built site served on loopback.
 * Never downloads a browser; flags keep Chromium from calling home on a closed network.
 *
 * One server and one Chromium per Vitest worker: the browser files run with isolate: false, so
 * this module, and the site it opened, outlive a file. Tests open contexts of their own and close
 * them, so nothing of one file meets the next. Both end with the worker: Playwright stops the
 * browsers it launched when the process exits, and the server goes with the process.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import { DIST, requireBuiltSite } from './builtSite.ts';
import { serveStatic } from '../../scripts/lib/staticServer.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Site {
  browser: Browser;
  url: string;
  close: () => Promise<void>;
}

async function launch(): Promise<Omit<Site, 'close'>> {
  requireBuiltSite();
  const { server, url } = (await serveStatic(DIST, 0)) as { server: Server; url: string };
  // The server must not keep a finished worker alive.
  server.unref();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, url };
}

let shared: Promise<Omit<Site, 'close'>> | undefined;

/** The worker's site and browser, started on first use. `close` leaves them to the next file. */
export async function openSite(): Promise<Site> {
  shared ??= launch();
  const site = await shared.catch((e: unknown) => {
    shared = undefined;
    throw e;
  });
  return { ...site, close: async () => {} };
}

/**
 * Open tabs of one browser context, lent out one visit at a time. A new tab costs Chromium a
 * renderer process of its own: measured on our machines, about 1.2 CPU-seconds, three times the
 * load of a typical page. A navigation in an open tab still starts a new document, so nothing of
 * the last page (its scripts, styles, layout, observers) meets the next, and the site stores
 * nothing in the browser. The HTTP cache belongs to the context, shared by its tabs whether new or
 * lent (routing, as in pageVisits.ts, turns it off).
 *
 * `prepare` runs once on each new tab (init scripts, routes) and returns what the visits read
 * back from it, such as the requests its routes stopped. Listeners a visit adds (page.on) end with
 * it: the tab is lent again without them, so one visit's handlers never see the next one's page.
 */
export class Tabs<T = undefined> {
  readonly #free: { page: Page; state: T }[] = [];

  constructor(
    readonly context: BrowserContext,
    private readonly prepare: (page: Page) => Promise<T> = async () => undefined as T,
  ) {}

  /** Runs `visit` in a free tab (opening one when all are busy), and takes the tab back after. */
  async use<R>(visit: (page: Page, state: T) => Promise<R>): Promise<R> {
    const tab = this.#free.pop() ?? (await this.#open());
    try {
      const result = await visit(tab.page, tab.state);
      if (!tab.page.isClosed()) {
        tab.page.removeAllListeners();
        this.#free.push(tab);
      }
      return result;
    } catch (e) {
      // A failed visit may leave its tab mid-load or with handlers of its own: not lent again.
      await tab.page.close().catch(() => undefined);
      throw e;
    }
  }

  /**
   * Runs `visit` in a new tab, prepared as the lent ones are, and closes it after: for a visit that
   * changes its page before it loads (a planted fault), so nothing of it meets another visit.
   */
  async own<R>(visit: (page: Page, state: T) => Promise<R>): Promise<R> {
    const tab = await this.#open();
    try {
      return await visit(tab.page, tab.state);
    } finally {
      await tab.page.close();
    }
  }

  async #open(): Promise<{ page: Page; state: T }> {
    const page = await this.context.newPage();
    return { page, state: await this.prepare(page) };
  }
}
