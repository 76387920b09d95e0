/**
 * Debian's Chromium driven by playwright-core, against the built site served on loopback.
 * Never downloads a browser; flags keep Chromium from calling home on a closed network.
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

export async function openSite(): Promise<Site> {
  requireBuiltSite();
  const { server, url } = (await serveStatic(DIST, 0)) as { server: Server; url: string };
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
  return {
    browser,
    url,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}
