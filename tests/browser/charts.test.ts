/** Charts are progressive: the table carries the numbers without JavaScript; Chart.js loads only where a chart is seen. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../helpers/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const CHART_PAGE = '/piloter/indre-namdal/';

describe('budget charts', () => {
  it('show their numbers in a table, and no empty chart frame, with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(CHART_PAGE, site.url).href);
    const figures = page.locator('figure.budget-chart');
    expect(await figures.count()).toBeGreaterThan(0);
    const firstTable = figures.first().locator('table');
    expect(await firstTable.isVisible()).toBe(true);
    expect(await firstTable.locator('td').first().innerText()).toMatch(/\d[\d\u00a0 ]* kr|ikke oppgitt/);
    expect(await figures.first().locator('[data-chart-frame]').isVisible()).toBe(false);
    await context.close();
  });

  it('load Chart.js only on a page with a chart, and draw it once it is scrolled into view', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const chartRequests: string[] = [];
    page.on('request', (r) => {
      if (/barChart.*\.js$/.test(r.url())) chartRequests.push(r.url());
    });
    await page.goto(new URL('/kilder/', site.url).href, { waitUntil: 'networkidle' });
    expect(chartRequests).toEqual([]);

    await page.goto(new URL(CHART_PAGE, site.url).href, { waitUntil: 'networkidle' });
    const figure = page.locator('figure.budget-chart').first();
    await figure.scrollIntoViewIfNeeded();
    // The frame holds its place from the first paint (no layout shift), so wait for the chart
    // code itself to be fetched, then for the frame.
    await expect.poll(() => chartRequests.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await figure.locator('[data-chart-frame]').isVisible()).toBe(true);
    await context.close();
  });
});
