/**
 * The search on the built site, in Chromium: curated Norwegian queries with the hits the
 * content says they must give, filters, budget sort, shareable URLs, the CSV download,
 * axe with results shown, and a keyboard-only run. Expected hits are computed from content,
 * so the test follows the content as writers add to it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { searchRecords, tiltakBudsjett } from '../../src/lib/search/searchRecords.ts';
import { CSV_COLUMNS } from '../../src/lib/search/searchUi.ts';
import { openSite, Tabs, type Site } from '../helpers/browser.ts';
import { parseCsv } from '../helpers/csv.ts';

const { collections: c } = loadContent();
const records = searchRecords(c);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: Site;
let context: BrowserContext;
/**
 * Open tabs of `context`, lent one visit at a time: a new tab costs Chromium a renderer process,
 * while each visit still loads its URL as a new document.
 */
let tabs: Tabs;
/** Every request the pages made, to check that nothing goes to another host. */
const requested: string[] = [];

beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext({ acceptDownloads: true });
  context.on('request', (r) => requested.push(r.url()));
  tabs = new Tabs(context);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** `budsjett`: the raw whole-kroner figure (0 where no amount is stated, as the sort key). */
interface Hit {
  url: string;
  title: string;
  type: string;
  pilot: string[];
  budsjett: number;
}

/** Waits until the search for the state in the address bar has finished and been shown. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.getElementById('sok-app');
    return !!app && app.dataset.ferdig !== undefined && app.dataset.ferdig === location.search.slice(1);
  });
}

/** Loads `/sok/<search>` in an open tab and runs `visit` on it once the search is shown. */
function withSearch<R>(search: string, visit: (page: Page) => Promise<R>): Promise<R> {
  return tabs.use(async (page) => {
    await page.goto(new URL(`/sok/${search}`, site.url).href);
    await settled(page);
    return visit(page);
  });
}

async function count(page: Page): Promise<number> {
  return Number(await page.locator('#sok-status').getAttribute('data-treff'));
}

/** The hits on the page; with `all`, first presses «Vis flere treff» until every hit is shown. */
async function hits(page: Page, all = true): Promise<Hit[]> {
  if (all) {
    const total = await count(page);
    while (await page.locator('#vis-flere').isVisible()) {
      const before = await page.locator('#treffliste > li').count();
      await page.click('#vis-flere');
      await page.waitForFunction((n) => document.querySelectorAll('#treffliste > li').length > n, before);
    }
    expect(await page.locator('#treffliste > li').count()).toBe(total);
  }
  return page.$$eval('#treffliste > li', (lis) =>
    lis.map((li) => ({
      url: li.querySelector('a')!.getAttribute('href')!,
      title: li.querySelector('a')!.textContent!.trim(),
      type: (li as HTMLElement).dataset.type ?? '',
      pilot: ((li as HTMLElement).dataset.pilot ?? '').split(' ').filter(Boolean),
      budsjett: Number((li as HTMLElement).dataset.budsjett),
    })),
  );
}

/** The hits' addresses for a query; with `all` false, only the first screenful the page shows. */
function urlsFor(query: string, all = true): Promise<string[]> {
  return withSearch(`?q=${encodeURIComponent(query)}`, async (page) =>
    (await hits(page, all)).map((h) => h.url),
  );
}

const tiltakActors = (id: string) =>
  c.tiltak
    .filter((t) =>
      [
        ...t.data.hovedansvarlige,
        ...t.data.samarbeidsparter,
        ...t.data.finansiering.map((l) => l.giver),
      ].includes(id),
    )
    .map((t) => `/tiltak/${t.id}/`);

describe.concurrent('curated queries find what they should', () => {
  it("an actor's name («Husbanken») finds the actor and every tiltak it takes part in", async () => {
    const expected = tiltakActors('husbanken');
    expect(expected.length).toBeGreaterThan(0);
    const urls = await urlsFor('Husbanken');
    expect(urls).toContain('/aktorer/husbanken/');
    expect(urls).toEqual(expect.arrayContaining(expected));
  });

  it('an inflected form finds the base form («tiltakene» → tiltak, «boligene» → Bolig, «rekrutteringen» → Rekruttering)', async () => {
    // The first screenful is enough where only the top of the list is asserted: the hits that
    // match the base form in their title rank first, and a year's new content only adds to them.
    const titles = await withSearch(`?q=${encodeURIComponent('tiltakene')}`, async (page) =>
      (await hits(page, false)).map((h) => h.title),
    );
    expect(titles.some((t) => /(?<![\p{L}])tiltak(?![\p{L}])/iu.test(t) && !/tiltakene/i.test(t))).toBe(true);
    expect(await urlsFor('boligene')).toContain('/tema/bolig/');
    expect((await urlsFor('rekrutteringen', false)).slice(0, 3)).toContain('/tema/rekruttering/');
  });

  it('a kommune name («Grong») finds its kommune page and its pilot', async () => {
    const grong = c.kommuner.find((k) => k.id === 'grong')!;
    const urls = await urlsFor('Grong');
    expect(urls).toContain('/kommuner/grong/');
    expect(urls).toContain(`/piloter/${grong.data.pilot}/`);
  });

  it('«TRFK» finds Trøndelag fylkeskommune and every tiltak it takes part in', async () => {
    const expected = tiltakActors('trondelag-fylkeskommune');
    expect(expected.length).toBeGreaterThan(0);
    const urls = await urlsFor('TRFK');
    expect(urls).toContain('/aktorer/trondelag-fylkeskommune/');
    expect(urls).toEqual(expect.arrayContaining(expected));
  });

  it('«KDD» finds Kommunal- og distriktsdepartementet and its tiltak', async () => {
    const urls = await urlsFor('KDD');
    expect(urls[0]).toBe('/aktorer/kdd/');
    expect(urls).toEqual(expect.arrayContaining(tiltakActors('kdd')));
  });

  it('«BV-midler» finds every tiltak funded with bygdevekstmidler', async () => {
    const expected = c.tiltak
      .filter((t) => t.data.finansiering.some((l) => l.kilde === 'bygdevekstmidler'))
      .map((t) => `/tiltak/${t.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(await urlsFor('BV-midler')).toEqual(expect.arrayContaining(expected));
  });

  it('«IN» finds Bygdevekst Indre Namdal', async () => {
    const urls = await urlsFor('IN');
    expect(urls.slice(0, 5)).toContain('/aktorer/bygdevekst-indre-namdal/');
    expect(urls).toContain('/piloter/indre-namdal/');
  });

  it('ASCII spellings work: «okt» finds all that «økt» finds, «royrvik» finds Røyrvik', async () => {
    // One after another, so the test needs one tab rather than four.
    const [okt, oktAscii, royrvik, trondelag] = [
      await urlsFor('økt'),
      await urlsFor('okt'),
      await urlsFor('royrvik'),
      // The actor named «Trøndelag …» ranks first: the first screenful holds it.
      await urlsFor('trondelag', false),
    ];
    expect(okt.length).toBeGreaterThan(0);
    expect(oktAscii).toEqual(expect.arrayContaining(okt));
    expect(royrvik).toContain('/kommuner/royrvik/');
    expect(trondelag).toContain('/aktorer/trondelag-fylkeskommune/');
  });

  it('«boligbygging» finds the housing delmål', async () => {
    const expected = c.delmal
      .filter((d) => /boligbygging/i.test(d.data.tittel))
      .map((d) => `/delmal/${d.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(await urlsFor('boligbygging')).toEqual(expect.arrayContaining(expected));
  });
});

describe.concurrent('«mente du …?»', () => {
  it('«boligbyging» finds hits on «boligbygging» and says so, with a link that searches the word it found', async () => {
    const { n, notice, link, corrected, noticeAfter } = await withSearch('?q=boligbyging', async (page) => {
      const n = await count(page);
      const notice = (await page.textContent('#sok-mente'))?.trim() ?? '';
      const link = await page.getAttribute('#sok-mente a', 'href');
      await page.click('#sok-mente a');
      await settled(page);
      const corrected = await page.inputValue('#q');
      const noticeAfter = (await page.textContent('#sok-mente'))?.trim();
      return { n, notice, link, corrected, noticeAfter };
    });
    expect(n).toBeGreaterThan(0);
    expect(notice).toBe(
      'Mente du «boligbygging»? Ingen av treffene har «boligbyging»; de er funnet på ord som ligner.',
    );
    expect(link).toBe('/sok/?q=boligbygging');
    expect(corrected).toBe('boligbygging');
    expect(noticeAfter).toBe('');
  });

  it('says nothing for a word spelt right, an ASCII spelling or a word that starts a compound', async () => {
    const seen = [];
    for (const q of ['boligbygging', 'royrvik', 'bolig'])
      seen.push(
        await withSearch(`?q=${q}`, async (page) => ({
          q,
          n: await count(page),
          notice: (await page.textContent('#sok-mente'))?.trim(),
        })),
      );
    for (const { q, n, notice } of seen) {
      expect(n, q).toBeGreaterThan(0);
      expect(notice, q).toBe('');
    }
  });
});

describe.concurrent('filters, sort and the URL', () => {
  it('a filter narrows the results, and the URL keeps it', async () => {
    await withSearch('?q=Husbanken', async (page) => {
      const before = await count(page);
      await page
        .getByRole('group', { name: 'Pilot' })
        .getByLabel(/Rindal og Holtålen/)
        .check();
      await page.waitForURL(/pilot=rindal-holtalen/);
      await settled(page);
      const after = await hits(page);
      expect(after.length).toBeGreaterThan(0);
      expect(after.length).toBeLessThan(before);
      for (const h of after) expect(h.pilot, h.url).toContain('rindal-holtalen');
    });
  });

  it('values within one filter are alternatives; filters across groups narrow', async () => {
    const one = await withSearch('?type=tiltak', count);
    const two = await withSearch('?type=tiltak&type=delmal', count);
    const n = await withSearch('?type=tiltak&type=delmal&pilot=rindal-holtalen', count);
    expect(one).toBe(c.tiltak.length);
    expect(two).toBe(c.tiltak.length + c.delmal.length);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(two);
  });

  it('sorts by budget with the raw integer key, highest first and lowest first', async () => {
    const budgets = (page: Page) => hits(page).then((found) => found.map((h) => h.budsjett));
    const d = await withSearch('?type=tiltak&sort=budsjett-desc', budgets);
    expect(d.length).toBe(c.tiltak.length);
    for (let i = 1; i < d.length; i++) expect(d[i - 1]).toBeGreaterThanOrEqual(d[i]);
    expect(d[0]).toBe(Math.max(...c.tiltak.map(tiltakBudsjett)));
    const a = await withSearch('?type=tiltak&sort=budsjett-asc', budgets);
    for (let i = 1; i < a.length; i++) expect(a[i - 1]).toBeLessThanOrEqual(a[i]);
    expect([...a].sort((x, y) => x - y)).toEqual([...d].sort((x, y) => x - y));
  });

  it('a shared URL restores the same search: query, filters, sort and results', async () => {
    const { url, original } = await withSearch('', async (page) => {
      await page.fill('#q', 'bolig');
      await page.waitForURL(/q=bolig/);
      await page
        .getByRole('group', { name: 'Type treff' })
        .getByLabel(/^\s*Tiltak\b/)
        .check();
      await page.waitForURL(/type=tiltak/);
      await page.selectOption('#sort', 'budsjett-desc');
      await page.waitForURL(/sort=budsjett-desc/);
      await settled(page);
      return { url: page.url(), original: await hits(page) };
    });
    expect(new URL(url).search).toBe('?q=bolig&type=tiltak&sort=budsjett-desc');

    // Opened anew, as by someone the address was sent to. The tab may be the one that still shows
    // this address: page.goto starts a new document there too, not a reload (navigation type
    // «navigate», no form values or scroll position restored).
    await tabs.use(async (shared) => {
      await shared.goto(url);
      await settled(shared);
      expect(await shared.inputValue('#q')).toBe('bolig');
      expect(await shared.inputValue('#sort')).toBe('budsjett-desc');
      expect(
        await shared
          .getByRole('group', { name: 'Type treff' })
          .getByLabel(/^\s*Tiltak\b/)
          .isChecked(),
      ).toBe(true);
      expect(await hits(shared)).toEqual(original);
      expect(shared.url()).toBe(url);
    });
  });

  it('downloads the filtered results as CSV: BOM, semicolons, one row per result (not only the shown ones)', async () => {
    const trondelag = new Set(c.piloter.filter((p) => p.data.fylke === 'Trøndelag').map((p) => p.id));
    const plans = new Set(c.handlingsplaner.filter((h) => trondelag.has(h.data.pilot)).map((h) => h.id));
    const expected =
      c.tiltak.filter((t) => plans.has(t.data.plan)).length +
      c.delmal.filter((d) => trondelag.has(d.data.pilot)).length;
    await withSearch('?type=tiltak&type=delmal&fylke=trondelag&sort=budsjett-desc', async (page) => {
      const shown = await count(page);
      expect(shown).toBe(expected);
      expect(shown).toBeGreaterThan(await page.locator('#treffliste > li').count());
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#last-ned')]);
      expect(download.suggestedFilename()).toMatch(/^bygdevekstatlas-sok-.*fylke-trondelag.*\.csv$/);
      const text = readFileSync((await download.path())!, 'utf8');
      const csv = parseCsv(text);
      expect(csv.bom).toBe(true);
      expect(csv.header).toEqual([...CSV_COLUMNS]);
      const col = (name: string) => csv.header.indexOf(name);
      for (const name of [
        'planaar',
        'delmal',
        'ansvarlig',
        'belopAlleKilder',
        'belopBygdevekstmidler',
        'kilde',
      ])
        expect(col(name), name).toBeGreaterThanOrEqual(0);
      expect(csv.rows.length).toBe(shown);
      for (const row of csv.rows) {
        // Whole kroner, or empty where the plans state no amount.
        expect(row[col('belopAlleKilder')], row[0]).toMatch(/^(\d+)?$/);
        expect(row[col('belopBygdevekstmidler')], row[0]).toMatch(/^(\d+)?$/);
        expect(['Tiltak', 'Delmål']).toContain(row[col('type')]);
        expect(row[col('planaar')], row[0]).toMatch(/^\d{4}(, \d{4})*$|^$/);
        expect(row[col('kilde')], row[0]).toMatch(/linje \d+/);
      }
      const all = await hits(page);
      expect(csv.rows.map((r) => new URL(r[col('url')]).pathname)).toEqual(all.map((h) => h.url));
      expect(csv.rows.map((r) => Number(r[col('belopAlleKilder')]))).toEqual(all.map((h) => h.budsjett));
      // Each tiltak row carries its plan year, its bygdevekstmidler and who is responsible, as the content says.
      const byPath = new Map(csv.rows.map((r) => [new URL(r[col('url')]).pathname, r]));
      const planYear = new Map(c.handlingsplaner.map((h) => [h.id, h.data.aar]));
      let checked = 0;
      for (const t of c.tiltak) {
        const row = byPath.get(`/tiltak/${t.id}/`);
        if (!row) continue;
        checked++;
        expect(row[col('planaar')], t.id).toBe(String(planYear.get(t.data.plan)));
        const bvm = t.data.finansiering.filter((l) => l.kilde === 'bygdevekstmidler' && l.belop !== null);
        expect(row[col('belopBygdevekstmidler')], t.id).toBe(
          bvm.length ? String(bvm.reduce((x, l) => x + l.belop!, 0)) : '',
        );
        if (t.data.hovedansvarligTekst) expect(row[col('ansvarlig')], t.id).toBe(t.data.hovedansvarligTekst);
      }
      expect(checked).toBeGreaterThan(0);
    });
  });
});

describe.concurrent('hits that read well', () => {
  it('«Grong» puts the kommune first, before the actor «Grong kommune»', async () => {
    const urls = await urlsFor('Grong');
    expect(urls[0]).toBe('/kommuner/grong/');
    expect(urls).toContain('/aktorer/grong-kommune/');
  });

  it('«Tana» gives the kommune first and nothing that only shares the first letters («tanken»)', async () => {
    const found = await withSearch('?q=Tana', hits);
    expect(found[0].url).toBe('/kommuner/tana/');
    const byUrl = new Map(records.map((r) => [r.url, r]));
    for (const h of found) {
      const r = byUrl.get(h.url)!;
      expect(`${r.title} ${r.text} ${r.terms.join(' ')}`, h.url).toMatch(/(?<![\p{L}])tana/iu);
    }
  });

  it("shows the record's own summary as the snippet, never the index's extra terms", async () => {
    // «TRFK» is an alias: it finds the county's hits through the extra terms, which must not show.
    const snippets = await withSearch('?q=TRFK', (page) =>
      page.$$eval('#treffliste .treff-utdrag', (ps) => ps.map((p) => p.textContent ?? '')),
    );
    expect(snippets.length).toBeGreaterThan(0);
    for (const text of snippets) expect(text).not.toMatch(/Også:|ogsaa|\boekt\b/);
    const utdrag = new Set(records.map((r) => r.meta.utdrag));
    for (const text of snippets) expect(utdrag.has(text), text).toBe(true);
  });

  it('filters by amount: «fra=500001» gives exactly the tiltak over 500 000 kr, and the URL keeps it', async () => {
    const expected = c.tiltak.filter((t) => tiltakBudsjett(t) > 500000).map((t) => `/tiltak/${t.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    await withSearch('?type=tiltak&fra=500001', async (page) => {
      expect(await page.inputValue('#fra')).toBe('500001');
      const found = await hits(page);
      expect(found.map((h) => h.url).sort()).toEqual([...expected].sort());
      for (const h of found) expect(h.budsjett).toBeGreaterThan(500000);
      await page.fill('#til', '1000000');
      await page.waitForURL(/til=1000000/);
      await settled(page);
      for (const h of await hits(page)) expect(h.budsjett).toBeLessThanOrEqual(1000000);
    });
  });

  it('counts per filter value respect the amount range, and a chosen group counts without itself', async () => {
    const inRange = (r: (typeof records)[number]) =>
      r.meta.budsjett !== '' && Number(r.meta.budsjett) > 500000;
    await withSearch('?type=tiltak&fra=500001', async (page) => {
      const shownCounts = async (key: string) =>
        page.$$eval(`fieldset[data-filter="${key}"] .filter-alternativ`, (rows) =>
          rows.map((row) => [
            row.querySelector('input')!.value,
            Number(/\((\d+)\)/.exec(row.querySelector('[data-antall]')!.textContent!)![1]),
          ]),
        );
      // Pilot (not chosen): tiltak over 500 000 kr in each pilot.
      const pilots = await shownCounts('pilot');
      expect(pilots.length).toBeGreaterThan(0);
      for (const [pilot, n] of pilots)
        expect(n, String(pilot)).toBe(
          records.filter((r) => r.type === 'tiltak' && inRange(r) && r.filters.pilot?.includes(String(pilot)))
            .length,
        );
      expect(pilots.some(([, n]) => Number(n) > 0)).toBe(true);
      // Type (chosen): what choosing another type would give, still over 500 000 kr.
      for (const [type, n] of await shownCounts('type'))
        expect(n, String(type)).toBe(records.filter((r) => r.type === type && inRange(r)).length);
    });
  });

  it('filters and counts by amount without fetching the data of hits that are not shown', async () => {
    const { fragments, total, shown } = await tabs.use(async (page) => {
      const fragments: string[] = [];
      // Counted from the moment this visit's document commits: the tab's last page made the
      // requests before it.
      let loaded = false;
      const onCommit = (frame: Frame) => {
        if (frame === page.mainFrame()) loaded = true;
      };
      const onRequest = (r: Request) => {
        if (loaded && r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
      };
      page.on('framenavigated', onCommit);
      page.on('request', onRequest);
      await page.goto(new URL('/sok/?fra=0&sort=budsjett-desc', site.url).href);
      await settled(page);
      return {
        fragments,
        total: await count(page),
        shown: await page.locator('#treffliste > li').count(),
      };
    });
    expect(total).toBe(records.filter((r) => r.meta.budsjett !== '').length);
    expect(total).toBeGreaterThan(shown);
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(shown);
  });

  it('on a 360 px phone, folds the filters behind «Filtrer (n)» and shows the first hit on the first screen', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await phone.newPage();
    await page.goto(new URL('/sok/?q=bolig&type=tiltak', site.url).href);
    await settled(page);
    const toggle = page.locator('#vis-filtre');
    expect(await toggle.isVisible()).toBe(true);
    expect((await toggle.textContent())!.replace(/\s+/g, ' ').trim()).toBe('Filtrer (1)');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#sok-filtre').isVisible()).toBe(false);
    const first = await page.locator('#treffliste > li h3 a').first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + first!.height).toBeLessThanOrEqual(740);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#sok-filtre').isVisible()).toBe(true);
    await phone.close();
    // On a wide screen the filters are always there and the button is not.
    await withSearch('?q=bolig', async (wide) => {
      expect(await wide.locator('#vis-filtre').isVisible()).toBe(false);
      expect(await wide.locator('#sok-filtre').isVisible()).toBe(true);
    });
  });

  it('names the CSV after the query', async () => {
    await withSearch('?q=Grong', async (page) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#last-ned')]);
      expect(download.suggestedFilename()).toBe('bygdevekstatlas-sok-grong.csv');
    });
  });
});

describe('accessibility and keyboard', () => {
  it('has no axe violations (WCAG 2.1 AA) with results and a filter shown', async () => {
    // axe is injected inline, which the CSP refuses (csp.test.ts tests the policy), so it gets its own context.
    const axeContext = await site.browser.newContext({ bypassCSP: true });
    const page = await axeContext.newPage();
    await page.goto(new URL('/sok/?q=Husbanken&type=tiltak&sort=budsjett-desc', site.url).href);
    await settled(page);
    expect(await count(page)).toBeGreaterThan(0);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      (
        window as unknown as {
          axe: {
            run: (
              c: unknown,
              o: unknown,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    );
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await axeContext.close();
  });

  it('works by keyboard alone: Tab to the box, type, Tab to a filter, Space, Enter on a result', async () => {
    await withSearch('', async (page) => {
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return {
            id: el?.id ?? '',
            tag: el?.tagName ?? '',
            type: (el as HTMLInputElement | null)?.type ?? '',
            inList: !!el?.closest('#treffliste'),
            href: el?.getAttribute('href') ?? '',
          };
        });
      async function tabUntil(pred: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 400) {
        for (let i = 0; i < max; i++) {
          await page.keyboard.press('Tab');
          const f = await focused();
          if (pred(f)) return f;
        }
        throw new Error('fant ikke elementet med Tab');
      }
      await tabUntil((f) => f.id === 'q');
      await page.keyboard.type('husbanken');
      await page.waitForURL(/q=husbanken/);
      await settled(page);
      const before = await count(page);
      expect(before).toBeGreaterThan(0);

      const box = await tabUntil((f) => f.type === 'checkbox');
      expect(await page.isChecked(`#${box.id}`)).toBe(false);
      await page.keyboard.press('Space');
      expect(await page.isChecked(`#${box.id}`)).toBe(true);
      await page.waitForFunction(() =>
        /[?&](type|pilot|fylke|kommune|tema|status|planaar|aktor|finansieringskilde)=/.test(location.search),
      );
      await settled(page);

      const link = await tabUntil((f) => f.inList && f.tag === 'A');
      await Promise.all([page.waitForURL((u) => u.pathname === link.href), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(link.href);
    });
  });

  it('without JavaScript explains itself and links to the index pages', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(new URL('/sok/?q=bolig', site.url).href);
    expect(await page.locator('#sok-uten-js').isVisible()).toBe(true);
    expect(await page.locator('#sok-app').isVisible()).toBe(false);
    const links = await page
      .locator('#sok-uten-js a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/piloter/', '/kommuner/', '/tema/']));
    await ctx.close();
  });

  it('makes no requests to other hosts', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(
      requested.filter((u) => !u.startsWith(site.url) && !u.startsWith('blob:') && !u.startsWith('data:')),
    ).toEqual([]);
  });
});
