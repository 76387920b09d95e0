/**
 * The CMS end to end, as an editor uses it: Decap CMS at /admin/ (our page, our generated
 * configuration, under the /admin/ Content-Security-Policy) against decap-server on a scratch
 * copy of the content. A tiltak created through the forms must land as a file that validates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validateContent.ts';
import { CHROMIUM } from '../helpers/browser.ts';
import { startCms, type CmsWorld } from '../helpers/cms.ts';

let world: CmsWorld;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  world = await startCms();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
});

/** Decap names each input «<field>-field-<n>»; the last one wins for fields that repeat (kilde.dokument). */
function input(name: string) {
  return page.locator(`input[id^="${name}-field-"]`).last();
}

/** A relation or select field: type to search, take the first match. */
async function choose(name: string, search: string) {
  const field = input(name);
  await field.click();
  await field.fill(search);
  await page
    .getByRole('option', { name: new RegExp(search, 'i') })
    .first()
    .waitFor();
  await field.press('Enter');
}

async function waitForFile(dir: string, before: Set<string>): Promise<string> {
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const added = existsSync(dir) ? readdirSync(dir).filter((f) => !before.has(f)) : [];
    if (added.length > 0) return join(dir, added[0]);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`ingen ny fil i ${dir}`);
}

describe('Decap CMS at /admin/ on a scratch copy of the content', () => {
  it('creates a tiltak through the forms, saved as a file that passes the validator', async () => {
    const dir = join(world.repo, 'content/tiltak/indre-namdal-2026');
    const before = new Set(readdirSync(dir));
    expect(before.size).toBeGreaterThan(0);

    await page.goto(world.adminUrl);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.goto(`${world.adminUrl}#/collections/tiltak/new`);

    await choose('plan', 'Handlingsplan 2026');
    await choose('delmal', 'Øke rekruttering av relevant arbeidskraft');
    await input('nr').fill('9');
    await input('tittel').fill('Omdømmebygging');
    await choose('status', 'Ikke oppgitt');
    await choose('tema', 'Bolig');
    await choose('dokument', 'Handlingsplan 2026');
    const addLine = page.getByRole('button', { name: /linjer i kildeteksten/i }).last();
    await addLine.click();
    await addLine.click();
    const lines = page.locator('input[id^="linje-field-"]');
    await lines.nth(0).fill('61');
    await lines.nth(1).fill('61');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Et sammendrag skrevet i redigeringsverktøyet.');

    await page.getByRole('button', { name: 'Publiser' }).click();
    await page.getByRole('menuitem', { name: /Publiser nå/ }).click();

    const file = await waitForFile(dir, before);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^plan: indre-namdal-2026$/m);
    expect(text).toMatch(/^delmal: indre-namdal-d1$/m);
    expect(text).toMatch(/^tittel: Omdømmebygging$/m);
    expect(text).toContain('Et sammendrag skrevet i redigeringsverktøyet.');

    const { problems, collections } = validateContent(join(world.repo, 'content'));
    expect(problems).toEqual([]);
    const id = file
      .split('/')
      .pop()!
      .replace(/\.mdx$/, '');
    const saved = collections.tiltak.find((t) => t.id === id);
    expect(saved?.data).toMatchObject({
      nr: '9',
      status: 'ikke-oppgitt',
      tema: ['bolig'],
      statusTekst: null,
    });
    expect(pageErrors).toEqual([]);
  });
});
