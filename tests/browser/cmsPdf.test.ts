/**
 * A source document from the CMS as PDF, end to end: the editor uploads the PDF they have on the
 * «Kilder» form (Decap's file widget, into content/kilder-filer/), the local backend keeps its
 * text beside it with the page of each line, a tiltak made in the CMS cites a line of it, and
 * the build proves the tiltak's amount on that line and shows the page on the source page.
 *
 * The PDF is made by the test (pdf-lib): title on page 1, a blank page 2, the tiltak and its
 * amount on page 3. The pilot and year come from the content (a pilot with delmål and a year it
 * has no plan for), so the test keeps working when real plans are added.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { startCms, type CmsWorld } from '../helpers/cms.ts';
import { freePlanSlot } from '../helpers/freeSlots.ts';
import { decapForm, openDecap } from '../helpers/decapForm.ts';
import { makePdf } from '../helpers/pdf.ts';
import { tempDir } from '../helpers/tempDir.ts';

let world: CmsWorld;
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
let form: ReturnType<typeof decapForm>;
const scratch = tempDir('cmspdf');

/** The pilot's first delmål, and its first theme, for the one tiltak. */
const existing = loadContent('content').collections;
const free = freePlanSlot(existing);
const slot = {
  ...free,
  delmal: free.delmal[0],
  tema: existing.tema.find((t) => t.id === free.delmal[0].data.tema[0])!,
};
const planId = `${slot.pilot.id}-${slot.aar}`;
const planTittel = `Handlingsplan ${slot.aar} for ${slot.pilot.data.navn}`;
const kildeTittel = `Handlingsplan ${slot.aar} som PDF for ${slot.pilot.data.navn}`;
const TILTAK = 'Felles innsats for nye utleieboliger';
const NR = `${slot.delmal.data.nr}.1`;
const BELOP = 375000;
const URL = 'https://example.org/handlingsplan.pdf';
/** Page 1: lines 1–2; page 2 blank; page 3: lines 3–5, the tiltak on 3 and its amount on 4. */
const PAGES = [
  [planTittel, 'Vedtatt av styringsgruppen.'],
  [],
  [
    `Tiltak ${NR} ${TILTAK}`,
    `Bygdevekstmidler: kr ${new Intl.NumberFormat('nb-NO').format(BELOP)} i ${slot.aar}.`,
    'Ansvar: kommunene i piloten.',
  ],
];
const PDF_NAME = `handlingsplan-${slot.aar}.pdf`;

beforeAll(async () => {
  world = await startCms();
  writeFileSync(join(scratch, PDF_NAME), await makePdf(PAGES));
  ({ browser, page, pageErrors } = await openDecap(world));
  form = decapForm(page, world.adminUrl);
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe(`a kilde uploaded as PDF in the CMS, cited by a tiltak in ${planId}`, () => {
  const content = () => join(world.repo, 'content');
  let kildeId = '';

  it('uploads the PDF on the kilde form; the text is kept beside it with its pages', async () => {
    await form.newEntry('kilder', 'tittel');
    await form.input('tittel').fill(kildeTittel);
    await form.input('utgiver').fill(slot.pilot.data.navn);
    await form.input('url').fill(URL);
    await page.getByRole('button', { name: 'Velg en fil' }).click();
    await page.locator('input[type="file"]').setInputFiles(join(scratch, PDF_NAME));
    await page.getByRole('button', { name: 'Velg markert' }).click();
    await expect.poll(() => page.getByText(`kilder-filer/${PDF_NAME}`).count()).toBeGreaterThan(0);
    await form.input('beskrivelse').fill('Planen lastet opp som PDF i redigeringsverktøyet.');
    await form.input('brukt').fill('Tiltaket og beløpet.');
    const file = await form.publish(join(content(), 'kilder'));
    kildeId = file
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '');
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(new RegExp(`^pdf: kilder-filer/${escape(PDF_NAME)}$`, 'm'));
    expect(yaml).not.toMatch(/^seed:/m);

    const dir = join(content(), 'kilder-filer');
    expect(readFileSync(join(dir, PDF_NAME))).toEqual(readFileSync(join(scratch, PDF_NAME)));
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(texts).toEqual([
      expect.stringMatching(new RegExp(`^handlingsplan-${slot.aar}\\.[0-9a-f]{16}\\.txt$`)),
    ]);
    const text = readFileSync(join(dir, texts[0]), 'utf8').split('\n');
    expect(text[0]).toBe(planTittel);
    // Page 2 is blank: two page breaks before line 3, the first line of page 3.
    expect(text[2]).toBe(`\f\fTiltak ${NR} ${TILTAK}`);
  }, 120_000);

  it('makes a tiltak in the CMS citing the amount on line 4 of the PDF', async () => {
    // The plan is not what this test is about: it is written as a file, citing the PDF's title line.
    writeFileSync(
      join(content(), 'handlingsplaner', `${planId}.mdx`),
      [
        '---',
        `pilot: ${slot.pilot.id}`,
        `aar: ${slot.aar}`,
        `tittel: ${planTittel}`,
        `dokument: ${kildeId}`,
        `kilde: { dokument: ${kildeId}, linjer: [1, 1] }`,
        '---',
        'En plan lagt inn av testen.',
        '',
      ].join('\n'),
    );
    await form.newEntry('tiltak', 'tittel');
    await form.choose('plan', planTittel);
    await form.choose('delmal', slot.delmal.data.tittel, `${slot.pilot.id} ${slot.delmal.data.tittel}`);
    await form.input('nr').fill(NR);
    await form.input('tittel').fill(TILTAK);
    await form.choose('status', 'Ikke oppgitt');
    await form.choose('tema', slot.tema.data.navn);
    await page.getByRole('button', { name: /^add finansiering$/i }).click();
    await form.choose('kilde', 'Bygdevekstmidler');
    await form.input('belop').fill(String(BELOP));
    await form.input('aar').fill(String(slot.aar));
    await form.lines(4, 4, 1, true);
    await form.choose('dokument', kildeTittel);
    await form.lines(3, 5);
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.insertText('Et tiltak for utleieboliger, skrevet i redigeringsverktøyet.');
    const text = readFileSync(await form.publish(join(content(), 'tiltak', planId)), 'utf8');
    expect(text).toMatch(new RegExp(`^plan: ${planId}$`, 'm'));
    expect(text).toContain(`dokument: ${kildeId}`);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('builds with the amount proven on its line, and the source page shows the page and links the original', () => {
    const out = join(scratch, 'dist');
    const env = {
      ...process.env,
      BYGDEVEKST_CONTENT: content(),
      BYGDEVEKST_SEEDS: world.seeds,
      BYGDEVEKST_OUT: out,
      BYGDEVEKST_SKIP_SEARCH: '1',
    };
    const bevis = spawnSync(process.execPath, ['scripts/bevis.ts'], { env, encoding: 'utf8' });
    expect(bevis.status).toBe(0);
    const proven = (s: string) => Number(/Beløp funnet på linjene de viser til: (\d+)/.exec(s)?.[1]);
    const before = spawnSync(process.execPath, ['scripts/bevis.ts'], { encoding: 'utf8' });
    // The one amount the new tiltak cites is proven, on the PDF's line 4.
    expect(proven(bevis.stdout)).toBe(proven(before.stdout) + 1);

    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { env, encoding: 'utf8' });
    expect(build.stderr + build.stdout).not.toMatch(/Innholdet har \d+ feil/);
    expect(build.status).toBe(0);
    const html = readFileSync(join(out, 'kilder', kildeId, '1', 'index.html'), 'utf8');
    // Line 1 opens page 1; line 3 opens page 3 (page 2 is blank); line 4 carries the amount.
    expect(html).toMatch(/<li id="L1"[^>]*>\s*<span class="kilde-side">side 1<\/span>/);
    expect(html).toMatch(/<li id="L3"[^>]*>\s*<span class="kilde-side">side 3<\/span>/);
    expect(html).toMatch(/<li id="L4"[^>]*>(?:(?!<\/li>).)*kr 375[\s\u00a0\u202f]000/s);
    expect(html).not.toMatch(/<li id="L4"[^>]*>\s*<span class="kilde-side">/);
    expect(html).toContain(`href="${URL}"`);
    const overview = readFileSync(join(out, 'kilder', kildeId, 'index.html'), 'utf8');
    expect(overview).toContain('Linje 1–5 (side 1–3)');
  }, 240_000);
});
