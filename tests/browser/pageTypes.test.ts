/**
 * One page of every page type (and the pages with charts, budget tables and shared filter URLs),
 * met on a desktop; pageTypesNoJs.test.ts meets them with the site's JavaScript refused and
 * pageTypesPhone.test.ts on a 360 px phone. Each visit checks axe (WCAG 2.1 AA), the
 * Content-Security-Policy and requests to other hosts, layout shift (CLS ≤ 0.05, measured
 * with a PerformanceObserver from before the first paint until the page's scripts have settled)
 * and that the page is no wider than the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../helpers/browser.ts';
import { checkEveryPageOn, CLS_LIMIT, SCREENS, visitedPages, visitPage } from '../helpers/pageVisits.ts';

describe('the pages visited', () => {
  it('cover the page types, the search, lists and comparison among them', () => {
    const pages = visitedPages();
    expect(pages.length).toBeGreaterThan(15);
    for (const p of ['/', '/sok/', '/tiltak/', '/penger/', '/sammenlign/']) expect(pages).toContain(p);
  });
});

checkEveryPageOn('desktop');

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('the checks themselves', () => {
  it.each(['desktop', '360 px phone screen'] as const)(
    'see an axe violation, a policy violation, a layout shift and a too wide page planted in a page, %s',
    async (screenName) => {
      const screen = SCREENS[screenName];
      const seen = await visitPage(site, '/tema/', screen, async (page) => {
        // An image without a text alternative (axe) and an inline style attribute (the policy).
        await page.route('**/tema/', async (route) => {
          const res = await route.fetch();
          const html = (await res.text()).replace(
            '</main>',
            '<img src="/favicon.svg"><p style="color:red">x</p></main>',
          );
          await route.fulfill({ response: res, body: html });
        });
        // A block pushed in above everything once the page has painted (two frames after load), and
        // one wider than any screen at the end, where it moves nothing.
        await page.addInitScript(() =>
          window.addEventListener('load', () =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const block = document.createElement('div');
                block.style.height = '400px';
                document.body.prepend(block);
                const wide = document.createElement('div');
                wide.style.width = '3000px';
                wide.style.height = '1px';
                document.body.append(wide);
              }),
            ),
          ),
        );
      });
      expect(seen.axe.some((v) => v.startsWith('image-alt'))).toBe(true);
      expect(seen.csp.some((v) => v.startsWith('style-src'))).toBe(true);
      expect(seen.cls).toBeGreaterThan(CLS_LIMIT);
      expect(seen.width).toBeGreaterThan(screen.context.viewport.width);
    },
  );
});
