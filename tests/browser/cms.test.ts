/**
 * The CMS end to end, as an editor adds next year's plan from the PDF they have (issue 21): Decap
 * CMS at /admin/ (our page, our generated configuration, under the /admin/ Content-Security-Policy)
 * against the confined local backend (scripts/lib/cmsBackend.ts) on a scratch copy of the content,
 * one Decap session for the whole file.
 * - The PDF (made here with pdf-lib) is uploaded on the «Kilder» form; the backend keeps its text
 *   beside it with the page of each line.
 * - The plan, five tiltak, a lesson of each kind, a theme, an actor, a text page, a delmål, an
 *   initiative and a capacity diamond are made through the forms, citing lines of it; and a new
 *   pilot, then a kommune of it (the kommune names its pilot, so each saves on its own).
 * - On the first tiltak's form the CMS refuses `350.000` and `250 000` at the field, and an amount
 *   not on its cited line and a delmål of another pilot with the validator's own words; nothing
 *   is written.
 * - One existing entry of every collection (its fullest) is opened, changed in one place and
 *   published; everything else in it must come back unchanged.
 * - What lands on disk passes `npm run validate`, and the build proves the amount on its line and
 *   shows the page on the source page.
 *
 * The pilot and year come from the content (a pilot with delmål and a year it has no plan for),
 * so the test keeps working when real plans are added.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig, KRONER_PATTERN } from '../../src/lib/editing/cmsConfig.ts';
import { formatKroner, formatTall } from '../../src/lib/format.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { startCms, type CmsWorld } from '../helpers/cms.ts';
import { decapForm, openDecap } from '../helpers/decapForm.ts';
import { freePlanSlot, unusedId } from '../helpers/freeSlots.ts';
import { makePdf } from '../helpers/pdf.ts';
import { tempDir } from '../helpers/tempDir.ts';

let world: CmsWorld;
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
let form: ReturnType<typeof decapForm>;
const scratch = tempDir('cms-pdf');

const existing = loadContent('content').collections;
const slot = freePlanSlot(existing);
const temaNavn = new Map(existing.tema.map((t) => [t.id, t.data.navn]));
const foreign = existing.delmal.find((d) => d.data.pilot !== slot.pilot.id)!;
const planId = `${slot.pilot.id}-${slot.aar}`;
const planTittel = `Handlingsplan ${slot.aar} for ${slot.pilot.data.navn}`;
const kildeTittel = `Handlingsplan ${slot.aar} som PDF for ${slot.pilot.data.navn}`;
const URL = 'https://example.org/handlingsplan.pdf';
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
  return { tittel, delmal, nr, linje: 4 + i, tema: temaNavn.get(delmal.data.tema[0])! };
});
const BELOP = 250000;
/** The kinds of lesson, with the names the form offers. */
const LESSONS = [
  ['erfaring', 'Erfaring'],
  ['overforingsverdi', 'Overføringsverdi'],
  ['anbefaling', 'Anbefaling'],
] as const;
/**
 * Made-up names for the new delmål, initiative and its kommune: no one could take them for real
 * ones, and every fact the forms give about them is planted in the PDF below.
 */
const delmalNr = Math.max(...slot.delmal.map((d) => d.data.nr)) + 1;
const satsingId = unusedId(existing.initiativer, 'provesatsing');
const pilotId = unusedId(existing.piloter, 'provepiloten');
const PROVE = {
  delmal: { id: `${slot.pilot.id}-d${delmalNr}`, tittel: 'Prøvedelmål om felles prøvetjenester' },
  satsing: {
    id: satsingId,
    // Decap makes the file name from the name: «Prøvesatsing 2» becomes provesatsing-2.
    navn: satsingId.replace('provesatsing', 'Prøvesatsing').replace('-', ' '),
    eier: 'Prøveforeningen for bygdeutvikling',
  },
  kommune: 'Prøvekommune',
  runde: 'våren 2026',
  skar: 30,
  pilot: { id: pilotId, navn: pilotId.replace('provepiloten', 'Prøvepiloten').replace('-', ' ') },
  /** A kommune of the new pilot; its number is one no kommune has. */
  pilotKommune: {
    id: unusedId(existing.kommuner, 'provebygd'),
    navn: 'Prøvebygd',
    kommunenummer: String(
      [...Array(9000).keys()]
        .map((n) => 9999 - n)
        .find((n) => !existing.kommuner.some((k) => k.data.kommunenummer === String(n)))!,
    ),
    folketall: 1234,
  },
};
/**
 * The PDF: page 1 holds lines 1–2 (the title on line 1), page 2 is blank, page 3 holds the
 * funding sentence on line 3 and tiltak i on line 4 + i; page 4 the made-up delmål, initiative
 * and capacity diamond.
 */
const PAGES = [
  [planTittel, 'Vedtatt av styringsgruppen.'],
  [],
  [
    `Bygdevekstmidler til tiltak ${tiltak[0].nr}: kr ${new Intl.NumberFormat('nb-NO').format(BELOP)} i ${slot.aar}.`,
    ...tiltak.map((t) => `Tiltak ${t.nr} ${t.tittel}`),
  ],
  [
    `Delmål ${delmalNr}: ${PROVE.delmal.tittel}`,
    `${PROVE.satsing.navn} eies av ${PROVE.satsing.eier} og varer 2026–2027.`,
    `Med i ${PROVE.satsing.navn} er ${PROVE.kommune}.`,
    `Kapasitetsdiamant for ${PROVE.kommune}, ${PROVE.runde}: samlet skår ${PROVE.skar}.`,
    `${PROVE.pilot.navn} ble valgt ut i januar 2026 med ${PROVE.pilotKommune.navn}, kommunenummer ${PROVE.pilotKommune.kommunenummer}, ${PROVE.pilotKommune.folketall} innbyggere.`,
  ],
];
/** The line number of a line of the PDF (a blank page has none). */
const linje = (startsWith: string) => PAGES.flat().findIndex((l) => l.startsWith(startsWith)) + 1;
const L = {
  delmal: linje('Delmål '),
  satsing: linje(`${PROVE.satsing.navn} eies`),
  kommuner: linje('Med i '),
  diamant: linje('Kapasitetsdiamant '),
  pilot: linje(`${PROVE.pilot.navn} ble valgt`),
};
const PDF_NAME = `handlingsplan-${slot.aar}.pdf`;
/** Names of the new theme, actor and text page (each collection gets one new entry). */
const NY = {
  tema: 'Samarbeid på tvers av kommunene',
  aktor: `Prosjektgruppen for ${planTittel}`,
  side: `Om planen for ${slot.aar}`,
};

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

const content = () => join(world.repo, 'content');

/** Every file under content/ with its size and time: what «nothing written» is checked against. */
function contentState(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? walk(join(dir, d.name))
        : [
            `${relative(content(), join(dir, d.name))} ${statSync(join(dir, d.name)).size} ${statSync(join(dir, d.name)).mtimeMs}`,
          ],
    );
  return walk(content()).sort();
}

/** A new tiltak form with the plan, delmål, number, title, status and theme of `t` filled in. */
async function startTiltak(t: (typeof tiltak)[number]): Promise<void> {
  await form.newEntry('tiltak', 'tittel');
  await form.choose('plan', planTittel);
  await form.choose('delmal', t.delmal.data.tittel, `${slot.pilot.id} ${t.delmal.data.tittel}`);
  await form.input('nr').fill(t.nr);
  await form.input('tittel').fill(t.tittel);
  await form.choose('status', 'Ikke oppgitt');
  await form.choose('tema', t.tema);
}

describe(`Decap CMS at /admin/: a whole plan (${planId}) from an uploaded PDF, on a scratch copy of the content`, () => {
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
    await form.input('brukt').fill('Planen, tiltakene og beløpet.');
    const file = await form.publish(join(content(), 'kilder'));
    kildeId = file
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '');
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(new RegExp(`^pdf: kilder-filer/${PDF_NAME.replace(/\./g, '\\.')}$`, 'm'));
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
    // pdfjs gives the amount's no-break space back as a plain one.
    expect(text[2]).toBe(`\f\f${PAGES[2][0].replace(/[\u00a0\u202f]/g, ' ')}`);
    expect(text[3 + 4]).toBe(`Tiltak ${tiltak[4].nr} ${tiltak[4].tittel}`);
  }, 120_000);

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

  it('refuses 350.000 and 250 000 at the field, an amount not on its line and another pilot’s delmål with the validator’s words; nothing is written', async () => {
    const t = tiltak[0];
    await startTiltak(t);
    // Decap's Norwegian locale has no word for «add»: the button says «Add finansiering».
    await page.getByRole('button', { name: /^add finansiering$/i }).click();
    await form.choose('kilde', 'Bygdevekstmidler');
    await form.input('aar').fill(String(slot.aar));
    // In the form: tittelKilde, then this funding line, then kommunerKilde and kilde.
    await form.lines(3, 3, 1, true);
    await form.choose('dokument', kildeTittel);
    await form.lines(t.linje, t.linje);
    await form.body(`Sammendrag av tiltak ${t.nr}, skrevet i redigeringsverktøyet.`);

    const before = contentState();
    const notice = page.locator('#lagring-avvist[role="alert"]');
    const tryPublish = async () => {
      await page.getByRole('button', { name: 'Publiser', exact: true }).click();
      await page.getByRole('menuitem', { name: /Publiser nå/ }).click();
    };
    // At the field, before anything is sent: the amount's own pattern, in Decap's field message.
    for (const typed of ['350.000', '250 000']) {
      await form.input('belop').fill(typed);
      await tryPublish();
      // textContent: Decap shows field errors in capitals, which innerText would report.
      await expect.poll(() => page.locator('body').textContent()).toContain(KRONER_PATTERN[1]);
      expect(contentState(), typed).toEqual(before);
    }
    // By the validator in the backend, in its own words, at the field as the form labels it: …
    await form.input('belop').fill(String(BELOP + 1));
    await tryPublish();
    await expect
      .poll(() => notice.textContent(), { timeout: 60_000 })
      .toContain(
        `«Finansiering 1 › Beløp i hele kroner» (felt finansiering[0].belop): beløpet ${formatKroner(BELOP + 1)} står ikke på linje 3 i kilden «${kildeId}»`,
      );
    expect(await notice.textContent()).toMatch(/^Ikke lagret\. Byggingen ville stoppet på dette:/);
    expect(contentState()).toEqual(before);
    // … and a delmål of another pilot does not belong in this plan (the choice shows whose it is).
    await form.input('belop').fill(String(BELOP));
    await form.choose('delmal', foreign.data.tittel, `${foreign.data.pilot} ${foreign.data.tittel}`);
    await tryPublish();
    await expect
      .poll(() => notice.textContent(), { timeout: 60_000 })
      .toContain(
        `delmålet «${foreign.id}» hører til piloten «${foreign.data.pilot}», men planen «${planId}» hører til «${slot.pilot.id}»`,
      );
    expect(await notice.textContent()).not.toContain('står ikke på linje');
    expect(contentState()).toEqual(before);

    // Put right, the same form is saved.
    await form.choose('delmal', t.delmal.data.tittel, `${slot.pilot.id} ${t.delmal.data.tittel}`);
    const text = readFileSync(await form.publish(join(content(), 'tiltak', planId)), 'utf8');
    expect(await notice.count()).toBe(0);
    expect(text).toMatch(new RegExp(`^delmal: ${t.delmal.id}$`, 'm'));
    expect(text).toMatch(new RegExp(`^\\s+belop: ${BELOP}$`, 'm'));
  }, 180_000);

  it('creates the other four tiltak in the plan, each under one of the pilot’s delmål, citing the PDF', async () => {
    const dir = join(content(), 'tiltak', planId);
    for (const t of tiltak.slice(1)) {
      await startTiltak(t);
      await form.choose('dokument', kildeTittel);
      await form.lines(t.linje, t.linje);
      await form.body(`Sammendrag av tiltak ${t.nr}, skrevet i redigeringsverktøyet.`);
      const text = readFileSync(await form.publish(dir), 'utf8');
      expect(text).toMatch(new RegExp(`^plan: ${planId}$`, 'm'));
      expect(text).toMatch(new RegExp(`^delmal: ${t.delmal.id}$`, 'm'));
    }
    expect(readdirSync(dir)).toHaveLength(tiltak.length);
  }, 240_000);

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

  it('creates a theme, an actor and a text page citing the PDF', async () => {
    const rekkefolge = Math.max(...existing.tema.map((t) => t.data.rekkefolge)) + 1;
    await form.newEntry('tema', 'navn');
    await form.input('navn').fill(NY.tema);
    await form.input('beskrivelse').fill('Tiltak der kommunene i en pilot gjør noe sammen.');
    await form.input('rekkefolge').fill(String(rekkefolge));
    expect(readFileSync(await form.publish(join(content(), 'tema')), 'utf8')).toMatch(
      new RegExp(`^rekkefolge: ${rekkefolge}$`, 'm'),
    );

    await form.newEntry('aktorer', 'navn');
    await form.input('navn').fill(NY.aktor);
    await form.choose('type', 'Interkommunalt samarbeid eller pilot');
    await form.input('beskrivelse').fill('Et samarbeid lagt inn i redigeringsverktøyet.');
    expect(readFileSync(await form.publish(join(content(), 'aktorer')), 'utf8')).toMatch(
      /^type: samarbeid$/m,
    );

    await form.newEntry('sider', 'tittel');
    await form.input('tittel').fill(NY.side);
    await form.input('beskrivelse').fill('En side om planen, lagt inn i redigeringsverktøyet.');
    await page.getByRole('button', { name: /^add kilder$/i }).click();
    await form.choose('dokument', kildeTittel);
    await form.lines(1, 2);
    await form.body('Planen for neste år, fortalt med egne ord.');
    expect(readFileSync(await form.publish(join(content(), 'sider')), 'utf8')).toContain(`dokument: `);
  }, 180_000);

  it('creates a delmål of the pilot, its title on its cited line', async () => {
    await form.newEntry('delmal', 'tittel');
    await form.choose('pilot', slot.pilot.data.navn);
    await form.input('nr').fill(String(delmalNr));
    await form.input('tittel').fill(PROVE.delmal.tittel);
    await form.choose('tema', tiltak[0].tema);
    // The entry's own kilde; «Hvor tittelen står» above it stays empty.
    await form.choose('dokument', kildeTittel);
    await form.lines(L.delmal, L.delmal);
    await form.body('Et delmål lagt inn i redigeringsverktøyet, med egne ord.');
    const file = await form.publish(join(content(), 'delmal', slot.pilot.id));
    expect(file).toBe(join(content(), 'delmal', slot.pilot.id, `${PROVE.delmal.id}.mdx`));
    expect(frontmatter(file)).toMatchObject({
      pilot: slot.pilot.id,
      nr: delmalNr,
      tittel: PROVE.delmal.tittel,
      tema: [tiltak[0].delmal.data.tema[0]],
      kilde: { dokument: kildeId, linjer: [L.delmal, L.delmal] },
    });
  }, 120_000);

  it('creates a new pilot, and then a kommune of it: the pilot is saved before it has any kommune', async () => {
    const fylke = slot.pilot.data.fylke;
    await form.newEntry('piloter', 'navn');
    await form.input('navn').fill(PROVE.pilot.navn);
    await form.choose('fylke', fylke);
    await form.input('pulje').fill('2');
    await form.input('valgt').fill('2026-01');
    await form.choose('status', 'Avtaleteksten finnes ikke i kildene våre');
    await page
      .getByRole('button', { name: /^add kilder$/i })
      .last()
      .click();
    await form.choose('dokument', kildeTittel);
    await form.lines(L.pilot, L.pilot);
    await form.body('En oppdiktet pilot, lagt inn i redigeringsverktøyet og beskrevet med egne ord.');
    const pilotFile = await form.publish(join(content(), 'piloter'));
    expect(pilotFile).toBe(join(content(), 'piloter', `${PROVE.pilot.id}.mdx`));
    expect(frontmatter(pilotFile)).toMatchObject({
      navn: PROVE.pilot.navn,
      fylke,
      pulje: 2,
      valgt: '2026-01',
      avtale: { status: 'ikke-registrert' },
      kilder: [{ dokument: kildeId, linjer: [L.pilot, L.pilot] }],
    });
    expect(frontmatter(pilotFile)).not.toHaveProperty('kommuner');

    // Top to bottom: folketall's source is the form's first «Dokument», the number's the fourth
    // (the optional areal and sentralitet come between), and each one's lines are the last filled.
    const k = PROVE.pilotKommune;
    await form.newEntry('kommuner', 'navn');
    await form.input('navn', 'first').fill(k.navn);
    await form.choose('fylke', fylke);
    await form.input('kommunenummer').fill(k.kommunenummer);
    await form.choose('pilot', PROVE.pilot.navn);
    await form.input('antall').fill(String(k.folketall));
    await form.input('aar').fill('2026');
    await form.choose('dokument', kildeTittel, kildeTittel, 0);
    await form.lines(L.pilot, L.pilot, 0);
    await form.choose('dokument', kildeTittel, kildeTittel, 3);
    await form.lines(L.pilot, L.pilot, 3);
    const kommuneFile = await form.publish(join(content(), 'kommuner'));
    expect(kommuneFile).toBe(join(content(), 'kommuner', `${k.id}.yaml`));
    const ref = { dokument: kildeId, linjer: [L.pilot, L.pilot] };
    expect(parse(readFileSync(kommuneFile, 'utf8'))).toMatchObject({
      navn: k.navn,
      fylke,
      kommunenummer: k.kommunenummer,
      pilot: PROVE.pilot.id,
      folketall: { antall: k.folketall, aar: 2026, kilde: ref },
      kommunenummerKilde: ref,
    });
  }, 180_000);

  it('creates an initiative with a kommune by name, and that kommune’s capacity diamond', async () => {
    // Filled top to bottom: the lines filled are then always the form's last «Linjer» inputs, and
    // the n-th «Dokument» and «Linjer» belong to the n-th source field of the form.
    const tekst = (n: number) => page.locator('input[id^="tekst-field-"]').nth(n);
    const cite = async (n: number, line: number) => {
      await form.choose('dokument', kildeTittel, kildeTittel, n);
      await form.lines(line, line, n);
    };
    const rekkefolge = Math.max(...existing.initiativer.map((i) => i.data.rekkefolge)) + 1;
    await form.newEntry('initiativer', 'navn');
    await form.input('navn', 'first').fill(PROVE.satsing.navn);
    await form.input('beskrivelse').fill('En oppdiktet satsing, lagt inn i redigeringsverktøyet.');
    await form.choose('slag', 'Pilotprosjekt');
    await tekst(0).fill(PROVE.satsing.eier);
    await cite(0, L.satsing);
    await tekst(1).fill('2026–2027');
    await form.input('fra').fill('2026');
    await form.input('til').fill('2027');
    await page.getByRole('button', { name: /^add kilder$/i }).click();
    await cite(1, L.satsing);
    await page.getByRole('button', { name: /^add kommuner$/i }).click();
    await form.input('navn', 'last').fill(PROVE.kommune);
    // The kommune's own «Kilde» (source 2) stays empty: «Hvor kommunene står» (source 3) says it.
    await cite(3, L.kommuner);
    await form.choose('tema', tiltak[0].tema);
    await tekst(2).fill('Satsingen skal prøve ut felles tjenester, her med egne ord.');
    await cite(4, L.satsing);
    await tekst(3).fill('Kommunen og foreningen arbeider sammen, her med egne ord.');
    await cite(5, L.satsing);
    await form.input('rekkefolge').fill(String(rekkefolge));
    await cite(6, L.satsing);
    await form.body('En oppdiktet satsing, beskrevet med egne ord.');
    const file = await form.publish(join(content(), 'initiativer'));
    expect(file).toBe(join(content(), 'initiativer', `${PROVE.satsing.id}.mdx`));
    const ref = (line: number) => ({ dokument: kildeId, linjer: [line, line] });
    expect(frontmatter(file)).toMatchObject({
      navn: PROVE.satsing.navn,
      slag: 'pilotprosjekt',
      eier: { tekst: PROVE.satsing.eier, kilde: ref(L.satsing) },
      periode: { tekst: '2026–2027', fra: 2026, til: 2027, kilder: [ref(L.satsing)] },
      kommuner: [{ navn: PROVE.kommune }],
      kommunerKilde: ref(L.kommuner),
      tema: [tiltak[0].delmal.data.tema[0]],
      premiss: { kilde: ref(L.satsing) },
      metode: { kilde: ref(L.satsing) },
      rekkefolge,
      kilde: ref(L.satsing),
    });

    await form.newEntry('kapasitetsdiamant', 'kommune');
    await form.choose('initiativ', PROVE.satsing.navn);
    await form.input('kommune').fill(PROVE.kommune);
    await page.getByRole('button', { name: /^add runder$/i }).click();
    await form.input('runde').fill(PROVE.runde);
    await form.input('verdi').fill(String(PROVE.skar));
    await cite(0, L.diamant);
    await cite(1, L.diamant);
    const diamant = await form.publish(join(content(), 'kapasitetsdiamant'));
    expect(diamant).toBe(join(content(), 'kapasitetsdiamant', `${PROVE.satsing.id}-provekommune.yaml`));
    expect(parse(readFileSync(diamant, 'utf8'))).toEqual({
      initiativ: PROVE.satsing.id,
      kommune: PROVE.kommune,
      runder: [{ runde: PROVE.runde, sum: { verdi: PROVE.skar, kilde: ref(L.diamant) } }],
      kilde: ref(L.diamant),
    });
  }, 240_000);
});

/** The YAML front matter of an MDX file as data. */
function frontmatter(file: string): unknown {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  expect(m, file).not.toBeNull();
  return parse(m![1]);
}

/**
 * Every collection's form round-trips (issue 21, item 2). Decap offers to publish only an entry
 * whose data differs from the file's (it compares the two), so an untouched entry cannot be saved
 * from the form: each is changed in one place, in a field of our own words (an MDX entry's body
 * gets one sentence more; a YAML entry's free text one sentence more), and published. Everything
 * else must come back unchanged, as data: Decap writes YAML in its own style (flow maps become
 * blocks, quotes change), so the bytes differ while the content is the same. One entry per
 * collection, its fullest; every entry is saved back through the backend in
 * tests/unit/cmsCheck.test.ts.
 */
describe('Decap CMS at /admin/: every collection’s fullest entry opens and saves back unchanged', () => {
  const SENTENCE = 'En setning lagt til i redigeringsverktøyet.';
  /** Where a YAML collection has a text of our own words to add the sentence to. */
  const FREE_TEXT: Partial<Record<CollectionName, (d: Record<string, unknown>) => string[] | undefined>> = {
    kilder: () => ['beskrivelse'],
    aktorer: (d) => (typeof d.beskrivelse === 'string' ? ['beskrivelse'] : undefined),
    tema: () => ['beskrivelse'],
    laering: () => ['pastand'],
    kommuner: (d) => ((d.merknader as string[]).length > 0 ? ['merknader', '0'] : undefined),
    kapasitetsdiamant: (d) => {
      const i = (d.runder as { merknader: string[] }[]).findIndex((r) => r.merknader.length > 0);
      return i < 0 ? undefined : ['runder', String(i), 'merknader', '0'];
    },
  };
  const get = (data: unknown, path: readonly string[]) =>
    path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], data);
  const config = cmsConfig() as { collections: { name: CollectionName; identifier_field: string }[] };
  const picks = config.collections.map(({ name, identifier_field: identifier }) => {
    const format = COLLECTIONS[name].format;
    const candidates = existing[name]
      .map((e) => ({
        e,
        path: format === 'yaml' ? FREE_TEXT[name]?.(e.data as Record<string, unknown>) : [],
      }))
      .filter((c) => c.path !== undefined)
      .sort(
        (a, b) =>
          JSON.stringify(b.e.data).length - JSON.stringify(a.e.data).length || a.e.id.localeCompare(b.e.id),
      );
    expect(candidates.length, name).toBeGreaterThan(0);
    // The largest plan's form (700 fields) takes a minute to open and save on a busy machine;
    // the next largest has the same kinds of fields. `npm run bench:cms` times the largest.
    const pick = candidates[name === 'handlingsplaner' && candidates.length > 1 ? 1 : 0];
    return { name, format, identifier, entry: pick.e, path: pick.path! };
  });

  it.each(picks.map((p) => [`${p.name}/${p.entry.id}`, p] as const))(
    '%s',
    async (_, { name, format, identifier, entry, path }) => {
      const rel = entry.file.replace(/^(\.\/)?content\//, '');
      const file = join(content(), rel);
      const slug = rel.slice(COLLECTIONS[name].folder.length + 1).replace(/\.(mdx|yaml)$/, '');
      const started = Date.now();
      await page.goto(`${world.adminUrl}#/collections/${name}`);
      await page.waitForFunction((c) => location.hash.endsWith(`/collections/${c}`), name);
      await page.goto(`${world.adminUrl}#/collections/${name}/entries/${slug}`);
      // The form shows the entry once its title field has the entry's title.
      await page.waitForFunction(
        ([f, v]) => document.querySelector<HTMLInputElement>(`input[id^="${f}-field-"]`)?.value === v,
        [identifier, String((entry.data as Record<string, unknown>)[identifier])] as const,
        { timeout: 90_000 },
      );
      const original = format === 'mdx' ? undefined : String(get(entry.data, path));
      if (format === 'mdx') {
        // In the last block, so a caret the end key misses never splits a heading in two.
        await page.locator('[data-slate-editor="true"] > *').last().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.insertText(SENTENCE);
      } else {
        // The input showing that text, found by its value once the form has it. It may sit in a
        // folded list item, so it is typed into as React sees typing (the value, then an input event).
        await page.waitForFunction(
          ([text, added]) => {
            const field = [...document.querySelectorAll<HTMLInputElement>('input')].find(
              (i) => i.value === text,
            );
            if (!field) return false;
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
              field,
              `${text} ${added}`,
            );
            field.dispatchEvent(new Event('input', { bubbles: true }));
            return true;
          },
          [original!, SENTENCE] as const,
          { timeout: 60_000 },
        );
      }
      const bytes = readFileSync(file);
      const mtime = statSync(file).mtimeMs;
      await page.getByRole('button', { name: 'Publiser', exact: true }).click();
      await page.getByRole('menuitem', { name: /Publiser nå/ }).click();
      // Saved, or refused with the validator's words (which the failure then shows).
      const notice = page.locator('#lagring-avvist');
      await expect
        .poll(
          async () =>
            (await notice.count()) > 0 ? await notice.textContent() : statSync(file).mtimeMs > mtime,
          {
            timeout: 90_000,
          },
        )
        .toBe(true);
      console.log(
        `CMS: ${name}/${entry.id} åpnet og lagret på ${Date.now() - started} ms; ` +
          `${Buffer.compare(bytes, readFileSync(file)) === 0 ? 'samme bytes' : 'skrevet om av Decap'}`,
      );
    },
    180_000,
  );

  it('kept every other field of those entries, as the loader reads them', () => {
    const after = loadContent(content()).collections;
    for (const { name, entry, path } of picks) {
      const saved = after[name].find((e) => e.id === entry.id);
      expect(saved, `${name}/${entry.id}`).toBeDefined();
      const expected = structuredClone(entry.data) as Record<string, unknown>;
      if (path.length > 0) {
        const parent = get(expected, path.slice(0, -1)) as Record<string, unknown>;
        parent[path.at(-1)!] = `${String(parent[path.at(-1)!])} ${SENTENCE}`;
        expect(saved!.data, `${name}/${entry.id}`).toEqual(expected);
      } else {
        expect(saved!.data, `${name}/${entry.id}`).toEqual(expected);
        // Where the sentence lands depends on the caret, and Decap writes Markdown its own way: it
        // breaks lines anew and escapes brackets («[XX]» becomes «\[XX]», which the page shows as
        // «[XX]»). Without the sentence, the body reads the same, character for character.
        const letters = (body: string) =>
          body
            .replace(SENTENCE, '')
            .replace(/\\([[\]*_#])/g, '$1')
            .replace(/\s+/g, '');
        expect(saved!.body, `${name}/${entry.id}`).toContain(SENTENCE);
        expect(letters(saved!.body), `${name}/${entry.id}`).toBe(letters(entry.body));
      }
    }
  });
});

describe('what the CMS saved passes `npm run validate`, and the build proves the PDF’s amount on its line and page', () => {
  it('validates, and the build’s content check reads back what the forms said', async () => {
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
      const kilde = collections.kilder.find((k) => k.data.tittel === kildeTittel);
      expect(kilde?.data).toMatchObject({ pdf: `kilder-filer/${PDF_NAME}`, url: URL });
      const plan = collections.handlingsplaner.find((p) => p.id === planId);
      expect(plan?.data).toMatchObject({ pilot: slot.pilot.id, aar: slot.aar, dokument: kilde!.id });
      const saved = collections.tiltak.filter((x) => x.data.plan === planId);
      expect(saved.map((x) => [x.data.nr, x.data.delmal, x.data.tittel]).sort()).toEqual(
        tiltak.map((t) => [t.nr, t.delmal.id, t.tittel]).sort(),
      );
      for (const x of saved) expect(x.data.kilde.dokument).toBe(kilde!.id);
      const lessons = collections.laering.filter((l) =>
        l.data.pastand.includes('lagt inn i redigeringsverktøyet'),
      );
      expect(lessons.map((l) => l.data.slag).sort()).toEqual(LESSONS.map(([slag]) => slag).sort());
      expect(lessons.find((l) => l.data.slag === 'anbefaling')?.data.mottaker).toEqual({
        initiativ: null,
        tekst: 'Andre distriktssatsinger',
      });
      expect(collections.tema.find((t) => t.data.navn === NY.tema)?.data.beskrivelse).toBe(
        'Tiltak der kommunene i en pilot gjør noe sammen.',
      );
      expect(collections.aktorer.find((a) => a.data.navn === NY.aktor)?.data.type).toBe('samarbeid');
      expect(collections.sider.find((x) => x.data.tittel === NY.side)?.data.kilder).toEqual([
        { dokument: kilde!.id, linjer: [1, 2] },
      ]);
      expect(collections.delmal.find((d) => d.id === PROVE.delmal.id)?.data).toMatchObject({
        pilot: slot.pilot.id,
        nr: delmalNr,
        tittel: PROVE.delmal.tittel,
      });
      expect(collections.initiativer.find((i) => i.id === PROVE.satsing.id)?.data).toMatchObject({
        navn: PROVE.satsing.navn,
        kommuner: [{ navn: PROVE.kommune }],
        periode: { fra: 2026, til: 2027 },
      });
      expect(collections.kapasitetsdiamant.filter((d) => d.data.initiativ === PROVE.satsing.id)).toEqual([
        expect.objectContaining({
          data: expect.objectContaining({
            kommune: PROVE.kommune,
            runder: [expect.objectContaining({ runde: PROVE.runde, dimensjoner: [] })],
          }),
        }),
      ]);
      expect(collections.piloter.find((x) => x.id === PROVE.pilot.id)?.data.navn).toBe(PROVE.pilot.navn);
      expect(collections.kommuner.find((x) => x.id === PROVE.pilotKommune.id)?.data.pilot).toBe(
        PROVE.pilot.id,
      );
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
  }, 60_000);

  it('builds with the amount proven on line 3, and the source page shows the pages and links the original', () => {
    const kildeId = readdirSync(join(content(), 'kilder'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .find((id) => readFileSync(join(content(), 'kilder', `${id}.yaml`), 'utf8').includes(kildeTittel))!;
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
    // The one amount the new tiltak cite is proven, on the PDF's line 3.
    expect(proven(bevis.stdout)).toBe(proven(before.stdout) + 1);

    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { env, encoding: 'utf8' });
    expect(build.stderr + build.stdout).not.toMatch(/Innholdet har \d+ feil/);
    expect(build.status).toBe(0);
    const html = readFileSync(join(out, 'kilder', kildeId, '1', 'index.html'), 'utf8');
    // Line 1 opens page 1; line 3 opens page 3 (page 2 is blank) and carries the amount.
    expect(html).toMatch(/<li id="L1"[^>]*>\s*<span class="kilde-side">side 1<\/span>/);
    expect(html).toMatch(
      /<li id="L3"[^>]*>\s*<span class="kilde-side">side 3<\/span>(?:(?!<\/li>).)*kr 250[\s\u00a0\u202f]000/s,
    );
    expect(html).not.toMatch(/<li id="L4"[^>]*>\s*<span class="kilde-side">/);
    expect(html).toContain(`href="${URL}"`);
    const overview = readFileSync(join(out, 'kilder', kildeId, 'index.html'), 'utf8');
    expect(overview).toContain(`Linje 1–${PAGES.flat().length} (side 1–${PAGES.length})`);

    // The new pilot's page has the kommune that names it, and its population.
    const pilotPage = readFileSync(join(out, 'piloter', PROVE.pilot.id, 'index.html'), 'utf8');
    expect(pilotPage).toContain(`href="/kommuner/${PROVE.pilotKommune.id}/"`);
    expect(pilotPage).toContain('med én kommune');
    expect(pilotPage).toMatch(
      new RegExp(`${formatTall(PROVE.pilotKommune.folketall).replace(/\s/g, '\\s')} per 1\\. januar 2026`),
    );
  }, 300_000);
});
