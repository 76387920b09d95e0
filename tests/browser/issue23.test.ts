/**
 * Issue 23 in Chromium, one browser for all: a finding's line opens its source at that line in one
 * click on a phone; the I LAG capacity diamond is a radar per kommune with its table beside it,
 * CSP-clean and fitting at 1280 px and 360 px; an actor's «see these in the table» link shows as
 * many tiltak as the actor's page lists; two or three pilots compared on /sammenlign/ show every
 * value without sideways scrolling at 1280 px and 360 px, and without script too.
 */
import { existsSync } from 'node:fs';
import type { BrowserContext, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, Tabs, type Site } from '../helpers/browser.ts';
import { fileForPath, readPage } from '../helpers/builtSite.ts';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** Runs in every page before its own code: records the policy violations it meets. */
function watchCsp() {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(e.violatedDirective));
}

let site: Site;
const contexts: BrowserContext[] = [];
/**
 * Open tabs per screen, lent one visit at a time: a new tab costs Chromium a renderer process,
 * while each visit still loads its URL as a new document.
 */
const tabs = new Map<typeof PHONE, Tabs<void>>();
beforeAll(async () => {
  site = await openSite();
  for (const viewport of [PHONE, DESKTOP]) {
    const context = await site.browser.newContext({ viewport });
    contexts.push(context);
    tabs.set(
      viewport,
      new Tabs(context, async (page) => {
        await page.addInitScript(watchCsp);
      }),
    );
  }
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await site?.close();
});
const on = (viewport: typeof PHONE) => tabs.get(viewport)!;

describe('verify in one click', () => {
  it('from /avvik/ on a phone, each finding’s first line link opens the source with that line on screen', async () => {
    const { findings, clicked, offScreen } = await on(PHONE).use(async (page) => {
      await page.goto(new URL('/avvik/', site.url).href, { waitUntil: 'load' });
      // Each finding's check (the rule it names) and its first line link.
      const findings = await page.$$eval('.avvik-note li', (lis) =>
        lis.map((li) => ({
          id: li.id,
          regel: li.querySelector('.avvik-regel')?.textContent?.trim() ?? '',
          href: li.querySelector('.avvik-kilder a[href*="#L"]')?.getAttribute('href') ?? '',
        })),
      );
      // The browser follows one finding per check: its links lead to the same kind of source
      // page, so the others are checked in the built HTML below, and the visits no longer grow
      // with the number of findings.
      const perCheck = new Map<string, string>();
      for (const f of findings) if (f.href && !perCheck.has(f.regel)) perCheck.set(f.regel, f.href);
      const offScreen: string[] = [];
      let clicked = 0;
      for (const href of perCheck.values()) {
        if (clicked > 0) await page.goto(new URL('/avvik/', site.url).href, { waitUntil: 'load' });
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
      return { findings, clicked, offScreen };
    });
    expect(findings.length).toBeGreaterThan(5);
    // Every finding names its check and links at least one line.
    expect(findings.filter((f) => !f.regel).map((f) => f.id)).toEqual([]);
    expect(findings.filter((f) => !f.href).map((f) => f.id)).toEqual([]);
    const checks = new Set(findings.map((f) => f.regel));
    expect(checks.size).toBeGreaterThan(1);
    expect(clicked).toBe(checks.size);
    expect(offScreen).toEqual([]);
    // Every finding's link, in the built site: a page of the site that has that line.
    const lineIds = new Map<string, Set<string>>();
    const broken = findings.filter(({ href }) => {
      const [path, line] = href.split('#');
      if (!path.startsWith('/') || !existsSync(fileForPath(path))) return true;
      if (!lineIds.has(path))
        lineIds.set(
          path,
          new Set(
            readPage(path)
              .querySelectorAll('[id]')
              .map((el) => el.id),
          ),
        );
      return !lineIds.get(path)!.has(line);
    });
    expect(lineIds.size).toBeGreaterThan(0);
    expect(broken.map((f) => `${f.id}: ${f.href}`)).toEqual([]);
  });
});

/** What a reader sees of the I LAG capacity diamond: radars, their tables, and the policy. */
const measureDiamond = () => ({
  csp: (window as unknown as { __csp: string[] }).__csp,
  radars: [...document.querySelectorAll('.diamant-kommune svg[role="img"]')].map((s) => ({
    label: s.getAttribute('aria-label') ?? '',
    outlines: s.querySelectorAll('polygon.radar-flate').length,
    width: s.getBoundingClientRect().width,
  })),
  tables: [...document.querySelectorAll('.diamant-kommune')].map((k) => {
    const t = k.querySelector('table')!;
    const svg = k.querySelector('svg[role="img"]')!.getBoundingClientRect();
    const box = t.getBoundingClientRect();
    return {
      fits: t.scrollWidth <= t.clientWidth + 1 && box.right <= document.documentElement.clientWidth,
      beside: box.top < svg.bottom && box.left >= svg.right,
    };
  }),
  swatches: [...document.querySelectorAll('.diamant-legend svg')].length,
  pageFits: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
});

describe('the I LAG capacity diamond', () => {
  for (const [name, viewport] of [
    ['1280 px', DESKTOP],
    ['360 px', PHONE],
  ] as const) {
    it(`draws a radar per kommune with its table fitting, and no CSP violation, at ${name}`, async () => {
      const errors: string[] = [];
      const r = await on(viewport).use(async (page) => {
        const onConsole = (m: ConsoleMessage) => {
          if (m.type() === 'error') errors.push(m.text());
        };
        page.on('console', onConsole);
        await page.goto(new URL('/initiativer/i-lag/', site.url).href, { waitUntil: 'load' });
        return page.evaluate(measureDiamond);
      });
      expect(r.csp).toEqual([]);
      expect(errors).toEqual([]);
      expect(r.radars).toHaveLength(6);
      expect(r.radars.map((x) => x.label.split(',')[0])).toContain('Kapasitetsdiamanten for Leka');
      // Leka's autumn 2025 round has all five scores stated: one outline for it.
      expect(r.radars.find((x) => x.label.includes('for Leka'))?.outlines).toBe(1);
      expect(r.radars.every((x) => x.width > 200)).toBe(true);
      expect(r.swatches).toBe(2);
      expect(r.tables.every((t) => t.fits)).toBe(true);
      expect(r.pageFits).toBe(true);
      if (viewport === DESKTOP) expect(r.tables.every((t) => t.beside)).toBe(true);
    });
  }
});

describe('tables filter by role', () => {
  it('Husbanken’s link to the tiltak table shows exactly the tiltak its page counts', async () => {
    await on(DESKTOP).use(async (page) => {
      await page.goto(new URL('/aktorer/husbanken/', site.url).href, { waitUntil: 'load' });
      const antall = Number(await page.getAttribute('a.aktor-tabell-lenke', 'data-antall'));
      // The distinct tiltak pages the roles list links to.
      const listed = await page.$$eval('main a[href^="/tiltak/"]', (as) => [
        ...new Set(as.map((a) => a.getAttribute('href')!).filter((h) => /^\/tiltak\/[^?]+\/$/.test(h))),
      ]);
      expect(antall).toBe(7);
      expect(listed).toHaveLength(antall);
      await Promise.all([
        page.waitForURL(/\/tiltak\/\?aktor=husbanken$/),
        page.click('a.aktor-tabell-lenke'),
      ]);
      await page.waitForFunction(() =>
        /Viser \d+ av/.test(document.getElementById('tf-melding')?.textContent ?? ''),
      );
      const melding = await page.textContent('#tf-melding');
      const shown = await page.$$eval<string[], HTMLTableRowElement>('#tiltak-tabell tbody tr', (trs) =>
        trs
          .filter((tr) => !tr.hidden && getComputedStyle(tr).display !== 'none')
          .map((tr) => tr.dataset.id ?? ''),
      );
      expect(melding).toMatch(new RegExp(`^Viser ${antall} av \\d+ tiltak`));
      expect(shown).toHaveLength(antall);
      expect(shown.map((id) => `/tiltak/${id}/`).sort()).toEqual([...listed].sort());
    });
  });
});

describe('a comparison that fits', () => {
  const TRE = ['indre-namdal', 'rindal-holtalen', 'trysil-valer-amot-engerdal'];
  /** What a reader sees of the comparison: per visible box, whether it fits and each pilot's values. */
  const measure = () =>
    [...document.querySelectorAll<HTMLElement>('.sammenlign-bred .table-scroll, .sammenlign-kort')]
      .filter((box) => box.getClientRects().length > 0)
      .map((box) => {
        const b = box.getBoundingClientRect();
        const inside = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.left >= b.left - 1 && r.right <= b.right + 1;
        };
        const cards = box.matches('.sammenlign-kort');
        // Values: a table's cells, or the values of a card's list; each under its pilot.
        const values = [...box.querySelectorAll<HTMLElement>('td[data-pilot], li[data-pilot] dd')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({
            pilot: (el.closest('[data-pilot]') as HTMLElement).dataset.pilot!,
            text: el.textContent!.trim(),
            visible: inside(el),
          }));
        return {
          kind: cards ? 'kort' : 'tabell',
          fits: box.scrollWidth <= box.clientWidth && b.right <= document.documentElement.clientWidth,
          rows: cards ? 0 : box.querySelectorAll('tbody tr').length,
          values,
        };
      });
  type Box = ReturnType<typeof measure>[number];

  function expectAllVisible(boxes: Box[], pilots: string[]) {
    // Three comparisons on the page: the overview, tiltak per theme and money per theme.
    expect(boxes).toHaveLength(3);
    for (const box of boxes) {
      expect(box.fits).toBe(true);
      expect(new Set(box.values.map((v) => v.pilot))).toEqual(new Set(pilots));
      expect(box.values.filter((v) => !v.visible || v.text === '')).toEqual([]);
      const per = pilots.map((p) => box.values.filter((v) => v.pilot === p).length);
      // Every pilot has a value in every row, and there are rows.
      expect(per[0]).toBeGreaterThan(3);
      expect(new Set(per).size).toBe(1);
      if (box.kind === 'tabell') expect(per[0]).toBe(box.rows);
    }
  }

  for (const [name, viewport, kind] of [
    ['1280 px', DESKTOP, 'tabell'],
    ['360 px', PHONE, 'kort'],
  ] as const) {
    for (const pilots of [TRE.slice(0, 2), TRE]) {
      it(`${pilots.length} pilots at ${name}: every value visible, nothing scrolls sideways`, async () => {
        await on(viewport).use(async (page) => {
          await page.goto(new URL(`/sammenlign/?piloter=${pilots.join(',')}`, site.url).href, {
            waitUntil: 'load',
          });
          await page.waitForFunction(() =>
            /^Viser /.test(document.getElementById('valg-status')?.textContent ?? ''),
          );
          const boxes = await page.evaluate(measure);
          const pageFits = await page.evaluate(
            () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
          );
          // The share address is kept as it was given.
          const url = new URL(page.url());
          expect(url.searchParams.get('piloter')).toBe(pilots.join(','));
          expect(boxes.map((b) => b.kind)).toEqual([kind, kind, kind]);
          expectAllVisible(boxes, pilots);
          expect(pageFits).toBe(true);
        });
      });
    }
  }

  it('without script, a phone shows every pilot as a card with every value', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/sammenlign/', site.url).href, { waitUntil: 'load' });
    const boxes = await page.evaluate(measure);
    const pilots = await page.$$eval('#velg-piloter input[type=checkbox]', (bs) =>
      bs.map((b) => (b as HTMLInputElement).value),
    );
    await context.close();
    expect(pilots).toContain('vest-telemark');
    expect(boxes.map((b) => b.kind)).toEqual(['kort', 'kort', 'kort']);
    expectAllVisible(boxes, pilots);
  });
});
