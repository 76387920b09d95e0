/**
 * Layout a person notices: a slim header with the search and «Hvem kan jeg spørre?» on a phone's
 * first screen, and print fits the paper. No sideways scrolling of the whole page on a phone is
 * measured in Chromium on the largest page of each type, in the phone visits of
 * pageTypesPhone.test.ts; every page is held at the HTML level to the rule that keeps a wide table
 * from widening its page (tests/built/pages.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../helpers/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('layout', () => {
  it('on a 360×640 phone: a slim header, the home page’s search and the kommune page’s «Hvem kan jeg spørre?» link on the first screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 640 } });
    const measure = () => {
      const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.site-nav a')];
      return {
        header: box('.site-header')!.height,
        search: box('main form[role="search"] input[type="search"]')?.bottom ?? null,
        sporre: box('main a[href="#hvem-sporre"]')?.bottom ?? null,
        navTops: new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size,
        navLinks: links.length,
      };
    };
    await page.goto(new URL('/', site.url).href, { waitUntil: 'load' });
    const home = await page.evaluate(measure);
    // The menu's last link, reached by keyboard, is scrolled into sight.
    await page.focus('.site-nav li:last-child a');
    const last = await page.evaluate(() => {
      const r = document.querySelector('.site-nav li:last-child a')!.getBoundingClientRect();
      return r.left >= 0 && r.right <= window.innerWidth;
    });
    await page.goto(new URL('/kommuner/grong/', site.url).href, { waitUntil: 'load' });
    const kommune = await page.evaluate(measure);
    await page.close();
    expect(home.search).not.toBeNull();
    expect(home.search!).toBeLessThanOrEqual(640);
    expect(home.header / 640).toBeLessThanOrEqual(0.16);
    expect(home.navLinks).toBeGreaterThan(5);
    expect(home.navTops).toBe(1);
    expect(last).toBe(true);
    // Other pages carry the header's own search box as well.
    expect(kommune.header / 640).toBeLessThanOrEqual(0.24);
    expect(kommune.sporre).not.toBeNull();
    expect(kommune.sporre!).toBeLessThanOrEqual(640);
  });

  it('prints a plan on A4 paper with no table cut off at the right edge', async () => {
    const page = await site.browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    const cut: string[] = [];
    for (const path of [
      '/handlingsplaner/indre-namdal-2026/',
      '/handlingsplaner/rindal-holtalen-2025/',
      '/piloter/indre-namdal/',
    ]) {
      await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
      const widths = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].map((t) => Math.ceil(t.getBoundingClientRect().right)),
      );
      for (const right of widths) if (right > 794) cut.push(`${path}: a table ends at ${right} px`);
    }
    await page.close();
    expect(cut).toEqual([]);
  });
});
