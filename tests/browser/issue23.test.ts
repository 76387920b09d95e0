/**
 * Issue 23 in Chromium, one browser for all: a finding's line opens its source at that line in one
 * click on a phone.
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

const PHONE = { width: 360, height: 740 };

describe('verify in one click', () => {
  it('from /avvik/ on a phone, each finding’s first line link opens the source with that line on screen', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(new URL('/avvik/', site.url).href, { waitUntil: 'load' });
    // The first line link of each finding.
    const links = await page.$$eval('.avvik-note li', (lis) =>
      lis.map((li) => li.querySelector('.avvik-kilder a[href*="#L"]')?.getAttribute('href') ?? ''),
    );
    const findings = await page.$$eval('.avvik-note li', (lis) => lis.length);
    expect(findings).toBeGreaterThan(5);
    // Every finding links at least one line.
    const unlinked = await page.$$eval('.avvik-note li', (lis) =>
      lis.filter((li) => !li.querySelector('.avvik-kilder a[href*="#L"]')).map((li) => li.id),
    );
    expect(unlinked).toEqual([]);

    const offScreen: string[] = [];
    let clicked = 0;
    for (const href of [...new Set(links.filter(Boolean))]) {
      await page.goto(new URL('/avvik/', site.url).href, { waitUntil: 'load' });
      await Promise.all([
        page.waitForURL((u) => u.hash !== ''),
        page.click(`.avvik-kilder a[href="${href}"] >> nth=0`),
      ]);
      clicked++;
      const id = href.split('#')[1];
      const box = await page.evaluate((lineId) => {
        const r = document.getElementById(lineId)?.getBoundingClientRect();
        return r ? { top: r.top, bottom: r.bottom, h: window.innerHeight } : null;
      }, id);
      if (!box || box.top < -1 || box.bottom > box.h) offScreen.push(`${href}: ${JSON.stringify(box)}`);
    }
    await page.close();
    expect(clicked).toBeGreaterThan(5);
    expect(offScreen).toEqual([]);
  });
});
