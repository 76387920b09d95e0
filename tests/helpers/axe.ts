/**
 * axe (WCAG 2.1 AA) in a real Chromium on one page of every page type, met in three ways (desktop,
 * JavaScript off, a phone screen), all in one browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onePagePerType } from './builtSite.ts';
import { openSite, type Site } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

export interface Visit {
  javaScript: boolean;
  viewport: { width: number; height: number };
}

export const DESKTOP: Visit = { javaScript: true, viewport: { width: 1280, height: 900 } };
export const WITHOUT_JAVASCRIPT: Visit = { ...DESKTOP, javaScript: false };
export const PHONE: Visit = { javaScript: true, viewport: { width: 360, height: 740 } };

async function violations(site: Site, path: string, visit: Visit): Promise<string[]> {
  // axe is injected as an inline script, which the site's CSP rightly refuses; the policy itself is
  // tested in csp.test.ts, so this context lets the checker in.
  const context = await site.browser.newContext({
    javaScriptEnabled: true,
    viewport: visit.viewport,
    bypassCSP: true,
  });
  const page = await context.newPage();
  if (!visit.javaScript) await page.route('**/*.js', (route) => route.abort());
  await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  await page.addScriptTag({ content: axeSource });
  // Only violations are collected: listing every passing node is most of axe's time on a long page.
  const result = (await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
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

/** One page per type, plus the pages that carry charts and budget tables, and a shared comparison URL. */
export function a11yPages(): string[] {
  return [
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
}

/** The three ways a page is met, by the name a failure shows. */
export const VISITS: Record<string, Visit> = {
  desktop: DESKTOP,
  "without the site's JavaScript": WITHOUT_JAVASCRIPT,
  '360 px phone screen': PHONE,
};

export function describeAxe(): void {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  const pages = a11yPages();
  // Each visit of each page is its own test with its own timeout; a few run at once (the project's
  // maxConcurrency), since Chromium renders them in processes of their own while the test waits.
  const visits = pages.flatMap((path) =>
    Object.entries(VISITS).map(([name, visit]) => ({ path, name, visit })),
  );
  describe.concurrent('accessibility (axe, WCAG 2.1 AA) in Chromium', () => {
    it('covers several page types', () => expect(pages.length).toBeGreaterThan(5));
    it.each(visits)('$path has no violations: $name', async ({ path, visit }) => {
      expect(await violations(site, path, visit)).toEqual([]);
    });
  });
}
