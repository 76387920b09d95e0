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
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { startCms, type CmsWorld } from '../helpers/cms.ts';
import { freePlanSlot } from '../helpers/freeSlots.ts';
import { decapForm, openDecap } from '../helpers/decapForm.ts';

let world: CmsWorld;
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
let form: ReturnType<typeof decapForm>;

const existing = loadContent('content').collections;
const slot = freePlanSlot(existing);
const temaNavn = new Map(existing.tema.map((t) => [t.id, t.data.navn]));
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
  return { tittel, delmal, nr, linje: 5 + i, tema: temaNavn.get(delmal.data.tema[0])! };
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
  ({ browser, page, pageErrors } = await openDecap(world));
  form = decapForm(page, world.adminUrl);
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
});

describe(`Decap CMS at /admin/: a whole plan (${planId}) on a scratch copy of the content`, () => {
  const content = () => join(world.repo, 'content');
  let kildeId = '';

  it('creates the source document for the new plan text', async () => {
    await form.newEntry('kilder', 'seed');
    await form.input('tittel').fill(kildeTittel);
    await form.input('utgiver').fill(slot.pilot.data.navn);
    await form.input('seed').fill(SEED);
    await form.input('beskrivelse').fill('Planteksten lagt inn som ren tekst.');
    await form.input('brukt').fill('Planen, tiltakene og beløpene.');
    const file = await form.publish(join(content(), 'kilder'));
    kildeId = file
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '');
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^seed: ${SEED}$`, 'm'));
  });

  it('creates the plan, linked to the pilot and the document', async () => {
    await form.newEntry('handlingsplaner', 'aar');
    await form.choose('pilot', slot.pilot.data.navn);
    await form.input('aar').fill(String(slot.aar));
    await form.input('tittel').fill(planTittel);
    await form.choose('dokument', kildeTittel, kildeTittel, 'first');
    await form.choose('dokument', kildeTittel, kildeTittel, 'last');
    await form.lines(1, 1);
    await form.body('En oversikt over planen, skrevet i redigeringsverktøyet.');
    const file = await form.publish(join(content(), 'handlingsplaner'));
    expect(file).toBe(join(content(), 'handlingsplaner', `${planId}.mdx`));
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(new RegExp(`^pilot: ${slot.pilot.id}$`, 'm'));
    expect(text).toMatch(new RegExp(`^aar: ${slot.aar}$`, 'm'));
    expect(text).toMatch(new RegExp(`^dokument: ${kildeId}$`, 'm'));
    expect(text).not.toContain('oppgitteTabeller');
  });

  it('creates five tiltak in the plan, each under one of the pilot’s delmål', async () => {
    const dir = join(content(), 'tiltak', planId);
    for (const [i, t] of tiltak.entries()) {
      await form.newEntry('tiltak', 'tittel');
      await form.choose('plan', planTittel);
      await form.choose('delmal', t.delmal.data.tittel, `${slot.pilot.id} ${t.delmal.data.tittel}`);
      await form.input('nr').fill(t.nr);
      await form.input('tittel').fill(t.tittel);
      await form.choose('status', 'Ikke oppgitt');
      await form.choose('tema', t.tema);
      if (i === 0) {
        // Decap's Norwegian locale has no word for «add»: the button says «Add finansiering».
        await page.getByRole('button', { name: /^add finansiering$/i }).click();
        await form.choose('kilde', 'Bygdevekstmidler');
        await form.input('belop').fill(String(BELOP));
        await form.input('aar').fill(String(slot.aar));
        // In the form: tittelKilde, then this funding line, then kommunerKilde and kilde.
        await form.lines(3, 3, 1, true);
      }
      await form.choose('dokument', kildeTittel);
      await form.lines(t.linje, t.linje);
      await form.body(`Sammendrag av tiltak ${t.nr}, skrevet i redigeringsverktøyet.`);
      const text = readFileSync(await form.publish(dir), 'utf8');
      expect(text).toMatch(new RegExp(`^plan: ${planId}$`, 'm'));
      expect(text).toMatch(new RegExp(`^delmal: ${t.delmal.id}$`, 'm'));
    }
    expect(readdirSync(dir)).toHaveLength(tiltak.length);
    // About 8 s a tiltak alone; `npm test` runs another file beside this one on two cores.
  }, 180_000);

  it('creates a lesson of each kind, a recommendation with its addressee', async () => {
    const dir = join(content(), 'laering');
    for (const [slag, navn] of LESSONS) {
      await form.newEntry('laering', 'pastand');
      await form.choose('slag', navn);
      await form
        .input('pastand')
        .fill(`${navn}: en lærdom lagt inn i redigeringsverktøyet for ${slot.pilot.data.navn}.`);
      await form.choose('pilot', slot.pilot.data.navn);
      if (slag === 'anbefaling') await form.input('tekst').fill('Andre distriktssatsinger');
      await page.getByRole('button', { name: /^add belegg$/i }).click();
      await form
        .input('tekst', 'last')
        .fill('Planen beskriver hvordan midlene skal brukes, her med egne ord.');
      await form.choose('dokument', kildeTittel, kildeTittel, 'first');
      await form.lines(3, 3, 0, true);
      await form.choose('tema', tiltak[0].tema);
      await form.choose('dokument', kildeTittel, kildeTittel, 'last');
      await form.lines(1, 3);
      const text = readFileSync(await form.publish(dir), 'utf8');
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
