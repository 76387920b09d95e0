/**
 * Decap CMS in Chromium as the CMS tests drive it: one browser on /admin/ of a CMS world
 * (tests/helpers/cms.ts), logged in to the local backend, and the few moves an editor makes on a
 * form. Decap names each input «<field>-field-<n>», which is how fields are found.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM } from './browser.ts';
import type { CmsWorld } from './cms.ts';

export interface DecapSession {
  browser: Browser;
  page: Page;
  /** Errors the page threw; a test asserts there were none. */
  pageErrors: string[];
}

/** Opens /admin/ of `world` in a new Chromium and logs in to the local backend. */
export async function openDecap(world: CmsWorld): Promise<DecapSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Decap asks in a browser dialog before it publishes a proposal or leaves an unsaved form.
  page.on('dialog', (d) => void d.accept());
  // Chromium parses Decap's 5 MB bundle before «load»: 30 s and more when the two cores are shared.
  await page.goto(world.adminUrl, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Logg inn' }).click();
  return { browser, page, pageErrors };
}

/** Which of a repeated field: the first, the last, or the n-th in the form (from 0; negative from the end). */
type Which = 'first' | 'last' | number;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const listing = (dir: string) => new Set(existsSync(dir) ? readdirSync(dir) : []);

/** The moves on a form, for the page of a DecapSession. */
export function decapForm(page: Page, adminUrl: string) {
  /** A field's input; for fields that repeat (dokument), pick which: first, last or by position. */
  const input = (name: string, which: Which = 'last') => {
    const all = page.locator(`input[id^="${name}-field-"]`);
    return typeof which === 'number' ? all.nth(which) : all[which]();
  };

  return {
    input,

    /** A relation or select field: type to search, take the first choice whose label has `label`. */
    async choose(name: string, search: string, label = search, which: Which = 'last') {
      const field = input(name, which);
      await field.click();
      await field.fill(search);
      await page
        .getByRole('option', { name: new RegExp(escape(label), 'i') })
        .first()
        .click();
    },

    /**
     * Fills a «Linjer i kildeteksten» pair: by default the form's last one (the entry's own `kilde`);
     * `button` picks another list by its position, `first` its inputs when they come first in the form.
     */
    async lines(from: number, to: number, button = -1, first = false) {
      const add = page.getByRole('button', { name: /linjer i kildeteksten/i }).nth(button);
      await add.click();
      await add.click();
      const fields = page.locator('input[id^="linje-field-"]');
      await fields.nth(first ? 0 : -2).fill(String(from));
      await fields.nth(first ? 1 : -1).fill(String(to));
    },

    /** Opens an empty form; waits until the previous entry's form is gone (same fields, same ids). */
    async newEntry(collection: string, field: string) {
      // Through the collection's list, so a form left open at the same address is really left.
      await page.goto(`${adminUrl}#/collections/${collection}`);
      await page.waitForFunction((c) => location.hash.endsWith(`/collections/${c}`), collection);
      await page.goto(`${adminUrl}#/collections/${collection}/new`);
      await page.waitForFunction((f) => {
        const el = [...document.querySelectorAll<HTMLInputElement>(`input[id^="${f}-field-"]`)].pop();
        return location.hash.endsWith('/new') && el !== undefined && el.value === '';
      }, field);
    },

    /** Writes the Markdown body in one input event, as a paste does (key by key costs seconds). */
    async body(text: string) {
      await page.locator('[data-slate-editor="true"]').click();
      await page.keyboard.insertText(text);
    },

    /** Publishes the open form and returns the one file it added to `dir` (named from the title). */
    async publish(dir: string): Promise<string> {
      const before = listing(dir);
      await page.getByRole('button', { name: 'Publiser' }).click();
      await page.getByRole('menuitem', { name: /Publiser nå/ }).click();
      // Decap moves to the saved entry once the backend has written it.
      await page.waitForURL(/\/entries\//);
      const files = [...listing(dir)].filter((f) => !before.has(f));
      expect(files).toHaveLength(1);
      return join(dir, files[0]);
    },
  };
}
