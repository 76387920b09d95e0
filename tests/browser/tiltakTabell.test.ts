/**
 * The /tiltak/ table in Chromium: the journalist's two questions as URLs, sorting by a column,
 * filters written to the URL, and the CSV download holding exactly the rows shown. Expected
 * rows are computed from the content's funding lines, not from the table's own code.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { openSite, Tabs, type Site } from '../helpers/browser.ts';
import { parseCsv } from '../helpers/csv.ts';

const { collections: c } = loadContent();
const totalt = (t: (typeof c.tiltak)[number]) =>
  t.data.finansiering.some((l) => l.belop !== null)
    ? t.data.finansiering.reduce((s, l) => s + (l.belop ?? 0), 0)
    : null;

let site: Site;
let context: BrowserContext;
/**
 * Open tabs of `context`, lent one visit at a time: a new tab costs Chromium a renderer process,
 * while each visit still loads its URL as a new document.
 */
let tabs: Tabs;
beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext({ acceptDownloads: true });
  tabs = new Tabs(context);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

/**
 * Loads `/tiltak/<query>` as a new document in an open tab and runs `visit` once the table is
 * ready. Even to the address the tab already shows, page.goto starts a new document, not a reload
 * (checked: navigation type «navigate», form values and scroll position not restored).
 */
function withTable<R>(query: string, visit: (page: Page) => Promise<R>): Promise<R> {
  return tabs.use(async (page) => {
    await page.goto(new URL(`/tiltak/${query}`, site.url).href);
    await page.waitForSelector('#tiltak-filter:not([hidden])');
    // The rows come from the data chunks; the table is marked ready once they are shown.
    await page.waitForSelector('#tiltak-tabell[data-klar]');
    return visit(page);
  });
}
const visibleIds = (page: Page) =>
  page.$$eval('#tiltak-tabell tbody tr:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-id')));

async function downloadCsv(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#tf-csv')]);
  return { name: download.suggestedFilename(), ...parseCsv(readFileSync((await download.path())!, 'utf8')) };
}

describe('/tiltak/ in Chromium', () => {
  it('«every tiltak over 500 000 kr» is one URL, and its CSV holds exactly those rows', async () => {
    const expected = c.tiltak.filter((t) => (totalt(t) ?? 0) > 500000).map((t) => t.id);
    expect(expected.length).toBeGreaterThan(0);
    await withTable('?fra=500001', async (page) => {
      expect((await visibleIds(page)).sort()).toEqual([...expected].sort());
      await expect.poll(() => page.locator('#tf-melding').textContent()).toContain(`${expected.length} av`);
      const csv = await downloadCsv(page);
      expect(csv.bom).toBe(true);
      expect(csv.name).toBe('tiltak-fra-500001.csv');
      expect(csv.rows).toHaveLength(expected.length);
      const col = csv.header.indexOf('belopAlleKilder');
      for (const r of csv.rows) expect(Number(r[col])).toBeGreaterThan(500000);
    });
  });

  it('«everything Trøndelag fylkeskommune funds» is one URL with its amounts in the CSV', async () => {
    const expected = c.tiltak.filter((t) =>
      t.data.finansiering.some((l) => l.giver === 'trondelag-fylkeskommune'),
    );
    expect(expected.length).toBeGreaterThan(0);
    await withTable('?giver=trondelag-fylkeskommune', async (page) => {
      expect((await visibleIds(page)).sort()).toEqual(expected.map((t) => t.id).sort());
      const csv = await downloadCsv(page);
      expect(csv.header.at(-1)).toBe('belopFraGiver');
      const fra = csv.rows.map((r) => Number(r.at(-1))).reduce((s, x) => s + x, 0);
      const stated = expected
        .flatMap((t) => t.data.finansiering)
        .filter((l) => l.giver === 'trondelag-fylkeskommune')
        .reduce((s, l) => s + (l.belop ?? 0), 0);
      expect(fra).toBe(stated);
    });
  });

  it('sorts by a column header, largest first on the second click, and keeps it in the URL', async () => {
    await withTable('', async (page) => {
      const header = page.locator('#tiltak-tabell th[data-sort="alle"] button');
      await header.click();
      await header.click();
      expect(new URL(page.url()).search).toBe('?sort=alle&retning=desc');
      expect(await page.locator('#tiltak-tabell th[data-sort="alle"]').getAttribute('aria-sort')).toBe(
        'descending',
      );
      const ids = await visibleIds(page);
      expect(ids).toHaveLength(c.tiltak.length);
      const amounts = ids.map((id) => totalt(c.tiltak.find((t) => t.id === id)!));
      const stated = amounts.filter((a): a is number => a !== null);
      expect(stated).toEqual([...stated].sort((a, b) => b - a));
      // Not stated is not zero: such rows come after every stated amount.
      expect(amounts.slice(0, stated.length).every((a) => a !== null)).toBe(true);
    });
  });

  it('writes filter choices to the URL and restores them on reload', async () => {
    const pilot = c.handlingsplaner[0].data.pilot;
    const { url, shown } = await withTable('', async (page) => {
      await page.selectOption('#tf-pilot', pilot);
      await page.fill('#tf-fra', '100000');
      await page.locator('#tf-fra').dispatchEvent('change');
      return { url: page.url(), shown: await visibleIds(page) };
    });
    expect(new URL(url).searchParams.get('pilot')).toBe(pilot);
    expect(new URL(url).searchParams.get('fra')).toBe('100000');
    await withTable(new URL(url).search, async (again) => {
      expect(await again.inputValue('#tf-fra')).toBe('100000');
      expect(await visibleIds(again)).toEqual(shown);
      await again.click('#tf-nullstill');
      expect(new URL(again.url()).search).toBe('');
      expect(await visibleIds(again)).toHaveLength(c.tiltak.length);
    });
  });

  it('without JavaScript shows the whole table and no dead filter form', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(new URL('/tiltak/?fra=500001', site.url).href);
    expect(await page.locator('#tiltak-tabell tbody tr').count()).toBe(c.tiltak.length);
    expect(await page.locator('#tiltak-filter').isVisible()).toBe(false);
    await noJs.close();
  });
});
