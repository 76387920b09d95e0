/**
 * Follow and embed (issue 26), in Chromium against the built site with its real headers:
 * every pilot's and kommune's Atom feed is well-formed XML (Chromium's own XML parser) and holds
 * only its own entries; the embeddable kommune page can be framed from another origin on
 * 127.0.0.1 while every other page refuses; and the JSON-LD in a page breaks no CSP rule.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, Tabs } from '../helpers/browser.ts';
import { DIST, requireBuiltSite } from '../helpers/builtSite.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';

requireBuiltSite();
const { collections: c } = loadContent();
const TAG = 'tag:bygdevekstatlas.no,2026';

let site: { url: string };
let other: { server: Server; url: string };
let browser: Browser;
let context: BrowserContext;
/**
 * Open tabs of `context`, lent one visit at a time (a new tab costs Chromium a renderer process),
 * each recording the policy violations its pages meet.
 */
let tabs: Tabs<void>;

/** A page on another origin (another port on 127.0.0.1) that frames the given paths of the site. */
function startOtherOrigin(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const paths = new URL(req.url ?? '/', 'http://x').searchParams.getAll('p');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="nb"><title>Kommunens nettsted</title><body>${paths
        .map((p, i) => `<iframe name="f${i}" src="${new URL(p, site.url).href}"></iframe>`)
        .join('')}</body></html>`,
    );
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

beforeAll(async () => {
  // The worker's served site and Chromium (tests/helpers/browser.ts); this file's pages live in its own context.
  const shared = await openSite();
  site = shared;
  browser = shared.browser;
  context = await browser.newContext();
  tabs = new Tabs(context, async (tab) => {
    await tab.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(e.violatedDirective));
    });
  });
  other = await startOtherOrigin();
});
afterAll(async () => {
  await context?.close();
  if (other) await new Promise((done) => other.server.close(done));
});

interface ParsedFeed {
  error: string | null;
  title: string;
  entries: { id: string; link: string }[];
}

async function feed(path: string): Promise<ParsedFeed> {
  const xml = readFileSync(join(DIST, path), 'utf8');
  // Chromium's XML parser is the same in whatever page the tab shows.
  return tabs.use((page) =>
    page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error,
        title: doc.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
          link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
        })),
      };
    }, xml),
  );
}

const planIds = (pilot: string) => c.handlingsplaner.filter((h) => h.data.pilot === pilot).map((h) => h.id);

describe('Atom feeds per pilot and kommune', () => {
  it('has a well-formed feed for every pilot, with only its own plans, changes and findings', async () => {
    expect(c.piloter.length).toBe(10);
    let withEntries = 0;
    for (const p of c.piloter) {
      const f = await feed(`piloter/${p.id}/feed.xml`);
      expect(f.error, p.id).toBeNull();
      expect(f.title).toContain(p.data.navn);
      if (f.entries.length > 0) withEntries++;
      const plans = planIds(p.id);
      for (const e of f.entries) {
        const own =
          plans.some((id) => e.id === `${TAG}:handlingsplan/${id}`) ||
          e.id.startsWith(`${TAG}:endringer/${p.id}/`) ||
          e.id.startsWith(`${TAG}:avvik/`) ||
          e.id.startsWith(`${TAG}:belop/`);
        expect(own, `${p.id}: ${e.id}`).toBe(true);
        const path = new URL(e.link).pathname;
        if (e.id.startsWith(`${TAG}:belop/`)) {
          const tiltak = c.tiltak.find((t) => path === `/tiltak/${t.id}/`);
          expect(tiltak && plans.includes(tiltak.data.plan), e.link).toBe(true);
        }
      }
    }
    // Indre Namdal's plan for 2026 and the findings in it are in its own feed and in no other pilot's.
    const indreNamdal = await feed('piloter/indre-namdal/feed.xml');
    expect(indreNamdal.entries.map((e) => e.id)).toContain(`${TAG}:handlingsplan/indre-namdal-2026`);
    const funn = indreNamdal.entries.filter((e) => e.id.startsWith(`${TAG}:avvik/`));
    expect(funn.length).toBeGreaterThan(0);
    const rindal = await feed('piloter/rindal-holtalen/feed.xml');
    const rindalIds = new Set(rindal.entries.map((e) => e.id));
    expect([...indreNamdal.entries].filter((e) => rindalIds.has(e.id))).toEqual([]);
    expect(withEntries).toBeGreaterThanOrEqual(2);
  });

  it('has a well-formed feed for every kommune, holding its own pilot’s entries only', async () => {
    expect(c.kommuner.length).toBeGreaterThan(30);
    for (const k of c.kommuner) {
      const f = await feed(`kommuner/${k.id}/feed.xml`);
      expect(f.error, k.id).toBeNull();
      expect(f.title).toContain(k.data.navn);
      const pilotIds = new Set((await feed(`piloter/${k.data.pilot}/feed.xml`)).entries.map((e) => e.id));
      expect(
        f.entries.filter((e) => !pilotIds.has(e.id)).map((e) => e.id),
        k.id,
      ).toEqual([]);
    }
    const grong = await feed('kommuner/grong/feed.xml');
    expect(grong.entries.map((e) => e.id)).toContain(`${TAG}:handlingsplan/indre-namdal-2026`);
    const rindal = await feed('kommuner/rindal/feed.xml');
    expect(rindal.entries.map((e) => e.id)).not.toContain(`${TAG}:handlingsplan/indre-namdal-2026`);
  });
});

describe('the embeddable kommune page', () => {
  async function framed(paths: string[]) {
    const query = paths.map((p) => `p=${encodeURIComponent(p)}`).join('&');
    const refused: string[] = [];
    const onConsole = (m: ConsoleMessage) => {
      if (/frame-ancestors/.test(m.text())) refused.push(m.text());
    };
    const frames = await tabs.use(async (host) => {
      host.on('console', onConsole);
      await host.goto(`${other.url}?${query}`, { waitUntil: 'load' });
      await host.waitForTimeout(500);
      return Promise.all(
        paths.map(async (_p, i) => {
          const frame = host.frame({ name: `f${i}` });
          const h1 = await frame
            ?.locator('h1')
            .first()
            .textContent({ timeout: 2000 })
            .catch(() => null);
          return { url: frame?.url() ?? '', h1: h1 ?? null };
        }),
      );
    });
    return { frames, refused };
  }

  it('shows in a frame on another origin', async () => {
    expect(new URL(other.url).origin).not.toBe(new URL(site.url).origin);
    const { frames, refused } = await framed(['/innebygd/grong/']);
    expect(frames[0].url).toBe(new URL('/innebygd/grong/', site.url).href);
    expect(frames[0].h1).toBe('Dette gjør vi i bygdevekstavtalen');
    expect(refused).toEqual([]);
  });

  it('is the only page that does: the kommune page, a tiltak page and the home page refuse', async () => {
    const paths = ['/kommuner/grong/', '/tiltak/indre-namdal-2026-d1-1/', '/', '/data/'];
    const { frames, refused } = await framed(paths);
    // Chromium shows its own error page («… is blocked») in place of a page that refuses.
    expect(frames.map((f) => f.url.split(':')[0])).toEqual(paths.map(() => 'chrome-error'));
    expect(frames.map((f) => f.h1)).not.toContain('Dette gjør vi i bygdevekstavtalen');
    expect(refused.length).toBe(paths.length);
  });

  it('allows framing by header for that path only', async () => {
    const ancestors = async (path: string) =>
      (await fetch(new URL(path, site.url))).headers
        .get('content-security-policy')
        ?.match(/frame-ancestors [^;]+/)?.[0];
    expect(await ancestors('/innebygd/grong/')).toBe('frame-ancestors *');
    for (const k of c.kommuner) expect(await ancestors(`/innebygd/${k.id}/`), k.id).toBe('frame-ancestors *');
    for (const p of ['/kommuner/grong/', '/', '/data/', '/kommuner/grong/feed.xml', '/innebygd/grong/x/'])
      expect(await ancestors(p), p).toBe("frame-ancestors 'none'");
  });
});

describe('JSON-LD under the strict CSP', () => {
  it('is in a tiltak page, and Chromium reports no policy violation', async () => {
    await tabs.use(async (p) => {
      await p.goto(new URL('/tiltak/indre-namdal-2026-d1-1/', site.url).href, { waitUntil: 'load' });
      const ld = await p.locator('script[type="application/ld+json"]').textContent();
      expect((JSON.parse(ld!) as { '@id': string })['@id']).toBe(
        'https://bygdevekstatlas.no/tiltak/indre-namdal-2026-d1-1/',
      );
      expect(await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    });
  });
});
