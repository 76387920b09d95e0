/** axe (WCAG 2.1 AA) in a real Chromium on one page of every page type: desktop, JavaScript off, and a phone screen. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onePagePerType } from '../helpers/builtSite.ts';
import { openSite, type Site } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

async function violations(path: string, javaScriptEnabled: boolean, viewport = DESKTOP): Promise<string[]> {
  // axe is injected as an inline script, which the site's CSP rightly refuses; the policy itself is
  // tested in csp.test.ts, so this context lets the checker in.
  const context = await site.browser.newContext({ javaScriptEnabled: true, viewport, bypassCSP: true });
  const page = await context.newPage();
  if (!javaScriptEnabled) await page.route('**/*.js', (route) => route.abort());
  await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_AA,
  )) as { violations: AxeViolation[] };
  await context.close();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

// One page per type, plus the pages that carry charts and budget tables, and a shared comparison URL.
const pages = [
  ...new Set([
    ...onePagePerType(),
    '/piloter/indre-namdal/',
    '/piloter/rindal-holtalen/',
    '/handlingsplaner/rindal-holtalen-2025/',
    '/sammenlign/?piloter=indre-namdal,rindal-holtalen',
    '/tiltak/',
    '/tiltak/?fra=500001&sort=alle&retning=desc',
    '/penger/',
  ]),
];

describe('accessibility (axe, WCAG 2.1 AA) in Chromium', () => {
  it('covers several page types', () => expect(pages.length).toBeGreaterThan(5));
  it.each(pages)('%s has no violations', async (path) => {
    expect(await violations(path, true)).toEqual([]);
  });
  it.each(pages)("%s has no violations without the site's JavaScript", async (path) => {
    expect(await violations(path, false)).toEqual([]);
  });
  it.each(pages)('%s has no violations on a 360 px phone screen', async (path) => {
    expect(await violations(path, true, PHONE)).toEqual([]);
  });
});
