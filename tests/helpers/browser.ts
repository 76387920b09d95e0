/**
 * Debian's Chromium driven by playwright-core, against the built site served on loopback.
 * Never downloads a browser; flags keep Chromium from calling home on a closed network.
 *
 * One server and one Chromium per Vitest worker: the browser files run with isolate: false, so
 * this module, and the site it opened, outlive a file. Tests open contexts of their own and close
 * them, so nothing of one file meets the next. Both end with the worker: Playwright stops the
 * browsers it launched when the process exits, and the server goes with the process.
 */
import { chromium, type Browser } from 'playwright-core';
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
