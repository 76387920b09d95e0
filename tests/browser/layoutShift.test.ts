/**
 * Cumulative layout shift on one page of each type, desktop and phone, measured in Chromium with a
 * PerformanceObserver from before the first paint until the page's scripts have settled. We add
 * every shift not caused by input (no session windows), which can only overstate CLS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { onePagePerType } from '../helpers/builtSite.ts';
import { openSite, type Site } from '../helpers/browser.ts';

const GRENSE = 0.05;
const SKJERMER = {
  desktop: { viewport: { width: 1280, height: 800 } },
  telefon: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

declare global {
  interface Window {
    __cls: { sum: number; shifts: { value: number; sources: string[] }[] };
  }
}

/** Runs in the page before any of its own code. */
function observeShifts() {
  window.__cls = { sum: 0, shifts: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    })[]) {
      if (e.hadRecentInput) continue;
      window.__cls.sum += e.value;
      window.__cls.shifts.push({
        value: e.value,
        sources: (e.sources ?? []).map((s) => {
          const n = s.node as Element | null | undefined;
          return n && 'tagName' in n
            ? `${n.tagName.toLowerCase()}${n.id ? '#' + n.id : ''}.${n.className}`
            : '?';
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

let site: Site;
const contexts: Partial<Record<keyof typeof SKJERMER, BrowserContext>> = {};
beforeAll(async () => {
  site = await openSite();
  for (const [navn, opts] of Object.entries(SKJERMER)) {
    const ctx = await site.browser.newContext(opts);
    await ctx.addInitScript(observeShifts);
    contexts[navn as keyof typeof SKJERMER] = ctx;
  }
});
afterAll(async () => {
  for (const ctx of Object.values(contexts)) await ctx?.close();
  await site?.close();
});

async function measure(skjerm: keyof typeof SKJERMER, path: string) {
  const page = await contexts[skjerm]!.newPage();
  try {
    await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // Two frames after the scripts have run, so a late replacement of the no-JS content is counted.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(300);
    return await page.evaluate(() => window.__cls);
  } finally {
    await page.close();
  }
}

const pages = onePagePerType();

describe('layout shift', () => {
  it('measures a page of every type', () => {
    expect(pages.length).toBeGreaterThan(15);
    for (const p of ['/', '/sok/', '/tiltak/', '/penger/', '/sammenlign/']) expect(pages).toContain(p);
  });

  for (const skjerm of Object.keys(SKJERMER) as (keyof typeof SKJERMER)[]) {
    it(`CLS ≤ ${GRENSE} on every page type (${skjerm})`, async () => {
      const over: string[] = [];
      for (const path of pages) {
        const cls = await measure(skjerm, path);
        if (cls.sum > GRENSE)
          over.push(
            `${path}: ${cls.sum.toFixed(3)} (${cls.shifts.map((s) => `${s.value.toFixed(3)} ${s.sources.join(' ')}`).join('; ')})`,
          );
      }
      expect(over).toEqual([]);
    }, 300_000);
  }

  it('the observer does count a shift (a block inserted above the content)', async () => {
    const page = await contexts.desktop!.newPage();
    try {
      await page.goto(new URL('/', site.url).href, { waitUntil: 'load' });
      await page.evaluate(() => {
        const d = document.createElement('div');
        d.textContent = 'x';
        d.className = 'cls-selvtest';
        d.setAttribute('aria-hidden', 'true');
        d.style.height = '400px';
        document.body.prepend(d);
      });
      await page.waitForTimeout(300);
      expect((await page.evaluate(() => window.__cls)).sum).toBeGreaterThan(GRENSE);
    } finally {
      await page.close();
    }
  });
});
