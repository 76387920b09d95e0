/**
 * The CMS end to end, as an editor adds next year's plan: Decap CMS at /admin/ (our page, our
 * generated configuration, under the /admin/ Content-Security-Policy) against the confined local backend (scripts/lib/cmsBackend.ts) on a
 * scratch copy of the content. The plan's source document, the plan and five tiltak are created
 * through the forms; what lands on disk must pass `npm run validate` and the build's own check.
 *
 * The pilot and year come from the content (a pilot with delmål and a year it has no plan for),
 * so the test keeps working when real plans are added.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cmsConfig, KRONER_PATTERN } from '../../src/lib/editing/cmsConfig.ts';
import { readEntry } from '../../src/lib/loading/contentFiles.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { RIMELIGE_AAR, TILTAK_STATUSER } from '../../src/schemas/vocabulary.ts';
import { CHROMIUM } from '../helpers/browser.ts';
import { startCms, type CmsWorld } from '../helpers/cms.ts';

let world: CmsWorld;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/**
 * The pilot (with delmål) and the year of its next plan, from today's content: the first year
 * after its latest plan that has none (or the first free year, if those are all taken).
 */
function freePlanSlot() {
  const { collections: c } = loadContent('content');
  const pilots = [...c.piloter].sort((a, b) => a.id.localeCompare(b.id));
  expect(pilots.length).toBeGreaterThan(0);
  for (const pilot of pilots) {
    const delmal = c.delmal.filter((d) => d.data.pilot === pilot.id).sort((a, b) => a.data.nr - b.data.nr);
    if (delmal.length === 0) continue;
    const taken = new Set(c.handlingsplaner.filter((p) => p.data.pilot === pilot.id).map((p) => p.data.aar));
    const first = Math.max(RIMELIGE_AAR.fra, Number(pilot.data.valgt.slice(0, 4)));
    const temaNavn = new Map(c.tema.map((t) => [t.id, t.data.navn]));
    const free: number[] = [];
    for (let aar = first; aar <= RIMELIGE_AAR.til; aar++) if (!taken.has(aar)) free.push(aar);
    const aar = free.find((y) => y > Math.max(0, ...taken)) ?? free[0];
    const foreignDelmal = c.delmal.find((d) => d.data.pilot !== pilot.id)!;
    if (aar !== undefined) return { pilot, delmal, aar, temaNavn, foreignDelmal };
  }
  throw new Error('fant ingen pilot med delmål og et år uten handlingsplan');
}

const slot = freePlanSlot();
const planId = `${slot.pilot.id}-${slot.aar}`;
const planTittel = `Handlingsplan ${slot.aar} for ${slot.pilot.data.navn}`;
const kildeTittel = `Handlingsplan ${slot.aar} for bygdevekstpiloten ${slot.pilot.data.navn}`;
/** Five tiltak spread over the pilot's delmål, numbered within each delmål as plans do. */
const TITLER = [
  'Felles kampanje for rekruttering',
  'Lærlingløft i helse og omsorg',
  'Kartlegging av ledige boliger',
  'Nettverk for unge gründere',
  'Kompetanseplan for kommunene',
];
const tiltak = TITLER.map((tittel, i) => {
  const delmal = slot.delmal[i % slot.delmal.length];
  const nr = `${delmal.data.nr}.${Math.floor(i / slot.delmal.length) + 1}`;
  return { tittel, delmal, nr, linje: 5 + i, tema: slot.temaNavn.get(delmal.data.tema[0])! };
});
const BELOP = 250000;
/** The kinds of lesson, with the names the form offers. */
const LESSONS = [
  ['erfaring', 'Erfaring'],
  ['overforingsverdi', 'Overføringsverdi'],
  ['anbefaling', 'Anbefaling'],
] as const;
/**
 * The new document's text, as an editor puts it in shared/seeds (here: the scratch copy). Line 1
 * is the title, line 3 the funding sentence, and tiltak i stands on line 5 + i.
 */
const SEED = '999_0000000000c0de.txt';
const seedText = [
  planTittel,
  '',
  `Bygdevekstmidler til tiltak 1: kr ${new Intl.NumberFormat('nb-NO').format(BELOP)} i ${slot.aar}.`,
  '',
  ...tiltak.map((t) => `Tiltak ${t.nr} ${t.tittel}`),
  '',
].join('\n');

beforeAll(async () => {
  world = await startCms();
  expect(existsSync(join(world.seeds, SEED))).toBe(false);
  writeFileSync(join(world.seeds, SEED), seedText);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Leaving a refused, unsaved form: Decap asks first.
  page.on('dialog', (d) => void d.accept());
  // Chromium parses Decap's 5 MB bundle before «load»: 30 s and more when the two cores are shared.
  await page.goto(world.adminUrl, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Logg inn' }).click();
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
});

/** Decap names each input «<field>-field-<n>»; for fields that repeat (dokument), pick which. */
function input(name: string, which: 'first' | 'last' = 'last') {
  return page.locator(`input[id^="${name}-field-"]`)[which]();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A relation or select field: type to search, take the first choice whose label has `label`. */
async function choose(name: string, search: string, label = search, which: 'first' | 'last' = 'last') {
  const field = input(name, which);
  await field.click();
  await field.fill(search);
  await page
    .getByRole('option', { name: new RegExp(escape(label), 'i') })
    .first()
    .click();
}

/**
 * Fills a «Linjer i kildeteksten» pair: by default the form's last one (the entry's own `kilde`);
 * `button` picks another list by its position, `first` its inputs when they come first in the form.
 */
async function lines(from: number, to: number, button = -1, first = false) {
  const add = page.getByRole('button', { name: /linjer i kildeteksten/i }).nth(button);
  await add.click();
  await add.click();
  const fields = page.locator('input[id^="linje-field-"]');
  await fields.nth(first ? 0 : -2).fill(String(from));
  await fields.nth(first ? 1 : -1).fill(String(to));
}

/** Opens an empty form; waits until the previous entry's form is gone (same fields, same ids). */
async function newEntry(collection: string, field: string) {
  // Through the collection's list, so a form left open at the same address is really left.
  await page.goto(`${world.adminUrl}#/collections/${collection}`);
  await page.waitForFunction((c) => location.hash.endsWith(`/collections/${c}`), collection);
  await page.goto(`${world.adminUrl}#/collections/${collection}/new`);
  await page.waitForFunction((f) => {
    const el = [...document.querySelectorAll<HTMLInputElement>(`input[id^="${f}-field-"]`)].pop();
    return location.hash.endsWith('/new') && el !== undefined && el.value === '';
  }, field);
}

async function body(text: string) {
  await page.locator('[data-slate-editor="true"]').click();
  // One input event, as a paste is: typing key by key costs seconds in Decap's editor.
  await page.keyboard.insertText(text);
}

const listing = (dir: string) => new Set(existsSync(dir) ? readdirSync(dir) : []);

/** Publishes the open form and returns the one file it added to `dir` (named from the title). */
async function publish(dir: string): Promise<string> {
  const before = listing(dir);
  await page.getByRole('button', { name: 'Publiser' }).click();
  await page.getByRole('menuitem', { name: /Publiser nå/ }).click();
  // Decap moves to the saved entry once the backend has written it.
  await page.waitForURL(/\/entries\//);
  const files = [...listing(dir)].filter((f) => !before.has(f));
  expect(files).toHaveLength(1);
  return join(dir, files[0]);
}

describe(`Decap CMS at /admin/: a whole plan (${planId}) on a scratch copy of the content`, () => {
  const content = () => join(world.repo, 'content');
  let kildeId = '';

  it('creates the source document for the new plan text', async () => {
    await newEntry('kilder', 'seed');
    await input('tittel').fill(kildeTittel);
    await input('utgiver').fill(slot.pilot.data.navn);
    await input('seed').fill(SEED);
    await input('beskrivelse').fill('Planteksten lagt inn som ren tekst.');
    await input('brukt').fill('Planen, tiltakene og beløpene.');
    const file = await publish(join(content(), 'kilder'));
    kildeId = file
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '');
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^seed: ${SEED}$`, 'm'));
  });

  it('creates the plan, linked to the pilot and the document', async () => {
    await newEntry('handlingsplaner', 'aar');
    await choose('pilot', slot.pilot.data.navn);
    await input('aar').fill(String(slot.aar));
    await input('tittel').fill(planTittel);
    await choose('dokument', kildeTittel, kildeTittel, 'first');
    await choose('dokument', kildeTittel, kildeTittel, 'last');
    await lines(1, 1);
    await body('En oversikt over planen, skrevet i redigeringsverktøyet.');
    const file = await publish(join(content(), 'handlingsplaner'));
    expect(file).toBe(join(content(), 'handlingsplaner', `${planId}.mdx`));
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(new RegExp(`^pilot: ${slot.pilot.id}$`, 'm'));
    expect(text).toMatch(new RegExp(`^aar: ${slot.aar}$`, 'm'));
    expect(text).toMatch(new RegExp(`^dokument: ${kildeId}$`, 'm'));
    expect(text).not.toContain('oppgitteTabeller');
  });

  it('refuses 350.000, 250 000, an amount not on its line and another pilot’s delmål, and writes nothing', async () => {
    const dir = join(content(), 'tiltak', planId);
    const files = () => (existsSync(dir) ? readdirSync(dir) : []);
    const t = tiltak[0];
    await newEntry('tiltak', 'tittel');
    await choose('plan', planTittel);
    await choose('delmal', t.delmal.data.tittel, `${slot.pilot.id} ${t.delmal.data.tittel}`);
    await input('nr').fill(t.nr);
    await input('tittel').fill(t.tittel);
    await choose('status', 'Ikke oppgitt');
    await choose('tema', t.tema);
    await page.getByRole('button', { name: /^add finansiering$/i }).click();
    await choose('kilde', 'Bygdevekstmidler');
    await input('aar').fill(String(slot.aar));
    await lines(3, 3, 1, true);
    await choose('dokument', kildeTittel);
    await lines(t.linje, t.linje);
    await body('Et tiltak som ikke skal bli lagret.');

    const toast = page.locator('.Toastify');
    const tryPublish = async () => {
      await page.getByRole('button', { name: 'Publiser' }).click();
      await page.getByRole('menuitem', { name: /Publiser nå/ }).click();
    };
    // At the field, before anything is sent: the amount's own pattern.
    for (const typed of ['350.000', '250 000']) {
      await input('belop').fill(typed);
      await tryPublish();
      // textContent: Decap shows field errors in capitals, which innerText would report.
      await expect.poll(() => page.locator('body').textContent()).toContain(KRONER_PATTERN[1]);
      expect(files(), typed).toEqual([]);
    }
    // By the validator, in its own words: the amount is not on line 3 …
    await input('belop').fill(String(BELOP + 1));
    await tryPublish();
    await expect
      .poll(() => toast.textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`Beløp i hele kroner.*beløpet ${BELOP + 1} kr står ikke på linje 3 i kilden`, 's'));
    expect(files()).toEqual([]);
    await page
      .locator('.Toastify__close-button')
      .first()
      .click({ timeout: 2_000 })
      .catch(() => {});
    await expect.poll(() => toast.textContent(), { timeout: 15_000 }).not.toContain('står ikke på linje');
    // … and a delmål of another pilot does not belong in this plan.
    await input('belop').fill(String(BELOP));
    const foreign = slot.foreignDelmal;
    await choose('delmal', foreign.data.tittel, `${foreign.data.pilot} ${foreign.data.tittel}`);
    await tryPublish();
    await expect
      .poll(() => toast.textContent(), { timeout: 30_000 })
      .toContain(`delmålet «${foreign.id}» hører til piloten «${foreign.data.pilot}»`);
    expect(files()).toEqual([]);
    expect(await toast.textContent()).not.toContain('står ikke på linje');
  }, 120_000);

  it('creates five tiltak in the plan, each under one of the pilot’s delmål', async () => {
    const dir = join(content(), 'tiltak', planId);
    for (const [i, t] of tiltak.entries()) {
      await newEntry('tiltak', 'tittel');
      await choose('plan', planTittel);
      await choose('delmal', t.delmal.data.tittel, `${slot.pilot.id} ${t.delmal.data.tittel}`);
      await input('nr').fill(t.nr);
      await input('tittel').fill(t.tittel);
      await choose('status', 'Ikke oppgitt');
      await choose('tema', t.tema);
      if (i === 0) {
        // Decap's Norwegian locale has no word for «add»: the button says «Add finansiering».
        await page.getByRole('button', { name: /^add finansiering$/i }).click();
        await choose('kilde', 'Bygdevekstmidler');
        await input('belop').fill(String(BELOP));
        await input('aar').fill(String(slot.aar));
        // In the form: tittelKilde, then this funding line, then kommunerKilde and kilde.
        await lines(3, 3, 1, true);
      }
      await choose('dokument', kildeTittel);
      await lines(t.linje, t.linje);
      await body(`Sammendrag av tiltak ${t.nr}, skrevet i redigeringsverktøyet.`);
      const text = readFileSync(await publish(dir), 'utf8');
      expect(text).toMatch(new RegExp(`^plan: ${planId}$`, 'm'));
      expect(text).toMatch(new RegExp(`^delmal: ${t.delmal.id}$`, 'm'));
    }
    expect(readdirSync(dir)).toHaveLength(tiltak.length);
    // About 8 s a tiltak alone; `npm test` runs another file beside this one on two cores.
  }, 180_000);

  it('creates a lesson of each kind, a recommendation with its addressee', async () => {
    const dir = join(content(), 'laering');
    for (const [slag, navn] of LESSONS) {
      await newEntry('laering', 'pastand');
      await choose('slag', navn);
      await input('pastand').fill(
        `${navn}: en lærdom lagt inn i redigeringsverktøyet for ${slot.pilot.data.navn}.`,
      );
      await choose('pilot', slot.pilot.data.navn);
      if (slag === 'anbefaling') await input('tekst').fill('Andre distriktssatsinger');
      await page.getByRole('button', { name: /^add belegg$/i }).click();
      await input('tekst', 'last').fill('Planen beskriver hvordan midlene skal brukes, her med egne ord.');
      await choose('dokument', kildeTittel, kildeTittel, 'first');
      await lines(3, 3, 0, true);
      await choose('tema', tiltak[0].tema);
      await choose('dokument', kildeTittel, kildeTittel, 'last');
      await lines(1, 3);
      const text = readFileSync(await publish(dir), 'utf8');
      expect(text).toMatch(new RegExp(`^slag: ${slag}$`, 'm'));
      expect(/^mottaker:/m.test(text), slag).toBe(slag === 'anbefaling');
    }
  }, 180_000);

  it('saved content that `npm run validate` and the build’s content check accept', async () => {
    const env = { ...process.env, BYGDEVEKST_CONTENT: content(), BYGDEVEKST_SEEDS: world.seeds };
    const run = spawnSync(process.execPath, ['scripts/validate.ts'], { env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('er gyldig');

    // The build reads content through the loader's check (src/data/contentLoader.ts); seeds are
    // located when the module loads, so it is loaded with the scratch copy's environment.
    process.env.BYGDEVEKST_CONTENT = env.BYGDEVEKST_CONTENT;
    process.env.BYGDEVEKST_SEEDS = env.BYGDEVEKST_SEEDS;
    try {
      vi.resetModules();
      const { checkedContent } = await import('../../src/data/contentLoader.ts');
      const { problems, collections } = checkedContent();
      expect(problems).toEqual([]);
      const plan = collections.handlingsplaner.find((p) => p.id === planId);
      expect(plan?.data).toMatchObject({ pilot: slot.pilot.id, aar: slot.aar, dokument: kildeId });
      const saved = collections.tiltak.filter((x) => x.data.plan === planId);
      expect(saved.map((x) => [x.data.nr, x.data.delmal, x.data.tittel]).sort()).toEqual(
        tiltak.map((t) => [t.nr, t.delmal.id, t.tittel]).sort(),
      );
      const lessons = collections.laering.filter((l) =>
        l.data.pastand.includes('lagt inn i redigeringsverktøyet'),
      );
      expect(lessons.map((l) => l.data.slag).sort()).toEqual(LESSONS.map(([slag]) => slag).sort());
      expect(lessons.find((l) => l.data.slag === 'anbefaling')?.data.mottaker).toEqual({
        initiativ: null,
        tekst: 'Andre distriktssatsinger',
      });
      const first = saved.find((x) => x.data.tittel === tiltak[0].tittel)!;
      expect(first.data).toMatchObject({
        status: 'ikke-oppgitt',
        statusTekst: null,
        finansiering: [{ kilde: 'bygdevekstmidler', belop: BELOP, aar: slot.aar, linjer: [3, 3] }],
      });
    } finally {
      delete process.env.BYGDEVEKST_CONTENT;
      delete process.env.BYGDEVEKST_SEEDS;
    }
    expect(pageErrors).toEqual([]);
  });
});

/**
 * Every collection's form round-trips (issue 21, item 2): an existing entry opened in the CMS and
 * published again keeps its data (MDX entries; see the test). Per collection the entry with the most data is taken (and a
 * lesson of each kind); opening and saving all 270 entries in the browser would take a quarter
 * of an hour, so every entry is saved back unchanged through the backend, in one validated
 * request, in tests/unit/cmsCheck.test.ts.
 */
describe('Decap CMS at /admin/: every collection opens and saves back unchanged', () => {
  const config = cmsConfig() as { collections: { name: CollectionName; identifier_field: string }[] };
  const { collections: all } = loadContent('content');
  const picks = config.collections.flatMap(({ name, identifier_field }) => {
    const entries = [...all[name]].sort(
      (a, b) => JSON.stringify(b.data).length - JSON.stringify(a.data).length || a.id.localeCompare(b.id),
    );
    expect(entries.length, name).toBeGreaterThan(0);
    const chosen =
      name === 'laering'
        ? LESSONS.map(([slag]) => entries.find((e) => (e.data as { slag: string }).slag === slag)!)
        : name === 'handlingsplaner'
          ? entries
          : [entries[0]];
    return chosen.map((e) => ({ name, identifier: identifier_field, entry: e }));
  });

  it('previews a tiltak with names, not ids, kroner formatted, and a link to its page', async () => {
    const t = all.tiltak.find((x) => (x.data.finansiering[0]?.belop ?? 0) >= 1000 && x.data.delmal !== null)!;
    expect(t).toBeDefined();
    const plan = all.handlingsplaner.find((p) => p.id === t.data.plan)!;
    const delmal = all.delmal.find((d) => d.id === t.data.delmal)!;
    const status = TILTAK_STATUSER.find((x) => x.id === t.data.status)!;
    const slug = t.file.replace(/^(\.\/)?content\/tiltak\//, '').replace(/\.mdx$/, '');
    await page.goto(`${world.adminUrl}#/collections/tiltak/entries/${slug}`);
    const preview = page.frameLocator('#preview-pane');
    const text = () => preview.locator('article').innerText();
    // Names arrive once the related collections are loaded.
    await expect.poll(text, { timeout: 60_000 }).toContain(plan.data.tittel);
    const shown = await text();
    expect(shown).toContain(delmal.data.tittel);
    expect(shown).toContain(status.navn);
    expect(shown).toContain(`${new Intl.NumberFormat('nb-NO').format(t.data.finansiering[0].belop!)} kr`);
    // The fields show names: the plan's id appears nowhere in them (the link below is the page's address).
    expect(await preview.locator('article > dl').innerText()).not.toContain(t.data.plan);
    expect(await preview.locator('article a').first().getAttribute('href')).toBe(`/tiltak/${t.id}/`);
  });

  it.each(picks.map((p) => [`${p.name}/${p.entry.id}`, p] as const))(
    '%s',
    async (_, { name, identifier, entry }) => {
      const rel = entry.file.replace(/^(\.\/)?content\//, '');
      const file = join(world.repo, 'content', rel);
      const format = COLLECTIONS[name].format;
      const before = readEntry(file, format);
      const slug = rel.slice(COLLECTIONS[name].folder.length + 1).replace(/\.(mdx|yaml)$/, '');
      const shown = String((entry.data as Record<string, unknown>)[identifier]);
      const started = Date.now();
      await page.goto(`${world.adminUrl}#/collections/${name}/entries/${slug}`);
      await page.waitForFunction(
        ([f, v]) => document.querySelector<HTMLInputElement>(`input[id^="${f}-field-"]`)?.value === v,
        [identifier, shown] as const,
        { timeout: 30_000 },
      );
      console.log(`CMS: ${name}/${entry.id} åpnet på ${Date.now() - started} ms`);
      // Decap offers to publish only when the data differs from the file's, so an untouched save
      // cannot be made in the form. An MDX entry gets one sentence more in its body, and every field
      // must come back as it was; a YAML entry has no free field to change, and is only opened here.
      if (format !== 'mdx') return;
      const sentence = 'En setning lagt til i redigeringsverktøyet.';
      await page.locator('[data-slate-editor="true"]').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(sentence);
      const mtime = statSync(file).mtimeMs;
      await page.getByRole('button', { name: 'Publiser', exact: true }).click();
      await page.getByRole('menuitem', { name: /Publiser nå/ }).click();
      await expect.poll(() => statSync(file).mtimeMs, { timeout: 30_000 }).toBeGreaterThan(mtime);
      const after = readEntry(file, format);
      expect(after.parseError).toBeUndefined();
      expect(after.data).toEqual(before.data);
      expect(after.body).toContain(sentence);
    },
    120_000,
  );
});
