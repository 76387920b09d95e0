/**
 * The one module that reads Astro's content collections. Pages and components import the
 * views they need from here; derivation functions get plain arrays.
 */
import { getCollection } from 'astro:content';
import type { CollectionName } from '../schemas/index.ts';
import type { Collections } from '../lib/loadContent.ts';
import { compareNb } from '../lib/format.ts';
import { FYLKER } from '../schemas/vocabulary.ts';
import { exportRows } from '../lib/exports.ts';
import type { ExportName } from '../schemas/exports.ts';
import * as pd from '../lib/pageData.ts';
import { BAKGRUNN, urlFor } from '../lib/urls.ts';
import { SEEDS_DIR, seedLines } from '../lib/seedText.ts';
import { isBygdevekstmidler, nationalBudget, pilotBudget, planBudget, sumFunding } from '../lib/budget.ts';
import {
  delmalChart,
  fundingSourceChart,
  perInhabitantChart,
  pilotComparisonChart,
  statedVsComputedChart,
  themeChart,
  themeComparisonChart,
  yearChart,
  type BudgetChartData,
} from '../lib/chartData.ts';
import { avvikFor, dokumentTitler, findAvvik, type Avvik } from '../lib/checks.ts';
import * as lv from '../views/laering.ts';

let cached: Promise<Collections> | undefined;

/** All collections as plain `{ id, file, data, body }` arrays, loaded once per build. */
export function getContent(): Promise<Collections> {
  cached ??= (async () => {
    const names: CollectionName[] = [
      'piloter',
      'delmal',
      'handlingsplaner',
      'tiltak',
      'kommuner',
      'aktorer',
      'tema',
      'kilder',
      'sider',
      'initiativer',
      'laering',
      'kapasitetsdiamant',
    ];
    const entries = await Promise.all(names.map((n) => getCollection(n)));
    return Object.fromEntries(
      names.map((n, i) => [
        n,
        entries[i].map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data, body: e.body ?? '' })),
      ]),
    ) as unknown as Collections;
  })();
  return cached;
}

/** The Astro entry itself, for rendering an MDX body with `render()`. */
export async function getRenderable(
  collection: 'piloter' | 'delmal' | 'handlingsplaner' | 'tiltak' | 'sider' | 'initiativer',
  id: string,
) {
  const all = await getCollection(collection);
  return all.find((e) => e.id === id);
}

/** Pilots grouped by fylke, fylker in the scheme's north-to-south order, pilots sorted by name. */
export async function getPiloterByFylke() {
  const { piloter } = await getContent();
  return FYLKER.map((fylke) => ({
    fylke,
    piloter: piloter
      .filter((p) => p.data.fylke === fylke)
      .sort((a, b) => compareNb(a.data.navn, b.data.navn)),
  })).filter((g) => g.piloter.length > 0);
}

/** Rows of one open-data file (see src/schemas/exports.ts). */
export async function getExportRows(name: ExportName): Promise<Record<string, unknown>[]> {
  return exportRows(name, await getContent());
}

// ---------------------------------------------------------------------------------------------
// Page views: everything one page shows, from the pure functions in src/lib/pageData.ts.

let grunnlag: Promise<{ c: Collections; ix: pd.Indeks; navn: pd.Navneliste }> | undefined;

/** The content with lookups by id and id → name records, built once per build. */
export function getGrunnlag() {
  grunnlag ??= getContent().then((c) => ({ c, ix: pd.indeks(c), navn: pd.navneliste(c) }));
  return grunnlag;
}

let alleAvvik: Promise<{ avvik: Avvik[]; titler: Record<string, string> }> | undefined;

/** Every finding of the consistency checks (src/lib/checks.ts), computed once per build. */
export function getAvvik() {
  alleAvvik ??= getContent().then((c) => ({ avvik: findAvvik(c), titler: dokumentTitler(c) }));
  return alleAvvik;
}

export async function getPilotSide(id: string) {
  const { c, ix, navn } = await getGrunnlag();
  const pilot = ix.piloter.get(id)!;
  return {
    pilot,
    navn,
    kommuner: pd.kommunerSortert(c, id),
    folketall: pd.pilotFolketall(c, id),
    delmal: pd.delmalForPilot(c, id),
    planer: pd
      .planerForPilot(c, id)
      .map((plan) => ({ plan, antallTiltak: c.tiltak.filter((t) => t.data.plan === plan.id).length })),
    budsjett: pilotBudget(c, id),
    diagrammer: pilotDiagrammer(c, id),
    avvik: avvikFor((await getAvvik()).avvik, { pilot: id }),
    avvikTitler: (await getAvvik()).titler,
  };
}

function pilotDiagrammer(c: Collections, id: string): BudgetChartData[] {
  const b = pilotBudget(c, id);
  if (b.planer.length === 0) return [];
  const hvor = b.planer.length === 1 ? `i handlingsplanen for ${b.planer[0].aar}` : 'i handlingsplanene';
  return [
    delmalChart(b, { id: `${id}-delmal`, tittel: `Beløp ved tiltakene per delmål ${hvor}` }),
    fundingSourceChart(b, {
      id: `${id}-kilde`,
      tittel: `Beløp ved tiltakene per finansieringskilde ${hvor}`,
    }),
    themeChart(b, { id: `${id}-tema`, tittel: `Beløp ved tiltakene per tema ${hvor}` }),
    ...(b.perAar.length > 1
      ? [yearChart(b, { id: `${id}-aar`, tittel: `Beløp ved tiltakene per år ${hvor}` })]
      : []),
  ];
}

function planDiagrammer(c: Collections, id: string): BudgetChartData[] {
  const b = planBudget(c, id);
  const hvor = `i handlingsplanen for ${b.aar}`;
  const mot = statedVsComputedChart(b, {
    id: `${id}-oppgitt-mot-beregnet`,
    tittel: `Planens egen tabell mot beløpene ved tiltakene, per finansieringskilde`,
  });
  return [
    delmalChart(b, { id: `${id}-delmal`, tittel: `Beløp ved tiltakene per delmål ${hvor}` }),
    fundingSourceChart(b, {
      id: `${id}-kilde`,
      tittel: `Beløp ved tiltakene per finansieringskilde ${hvor}`,
    }),
    ...(b.perAar.length > 1
      ? [yearChart(b, { id: `${id}-aar`, tittel: `Beløp ved tiltakene per år ${hvor}` })]
      : []),
    ...(mot ? [mot] : []),
  ];
}

export async function getPlanSide(id: string) {
  const { c, ix, navn } = await getGrunnlag();
  const plan = ix.planer.get(id)!;
  const pilot = ix.piloter.get(plan.data.pilot)!;
  const delmal = pd.delmalForPilot(c, pilot.id);
  const tiltak = c.tiltak.filter((t) => t.data.plan === id);
  const { avvik, titler } = await getAvvik();
  return {
    plan,
    pilot,
    navn,
    grupper: pd.tiltakGruppert(c, id),
    antallTiltak: tiltak.length,
    endringer: pd.planEndringer(c, id),
    budsjett: planBudget(c, id),
    diagrammer: planDiagrammer(c, id),
    avvik: avvikFor(avvik, { plan: id }),
    avvikTitler: titler,
    belop: pd.belopPerTiltak(tiltak),
    neste: pd.nestePlan(c, plan),
    delmalHref: Object.fromEntries(delmal.map((d) => [d.data.nr, urlFor.delmal(d.id)])) as Record<
      number,
      string
    >,
    delmalId: Object.fromEntries(delmal.map((d) => [d.data.nr, d.id])) as Record<number, string>,
  };
}

export async function getDelmalSide(id: string) {
  const { c, ix, navn } = await getGrunnlag();
  const delmal = ix.delmal.get(id)!;
  const perPlan = pd.tiltakForDelmal(c, id).map((g) => ({
    ...g,
    sum: sumFunding(g.tiltak),
    bygdevekstmidler: sumFunding(g.tiltak, isBygdevekstmidler),
  }));
  const { avvik, titler } = await getAvvik();
  return {
    delmal,
    pilot: ix.piloter.get(delmal.data.pilot)!,
    navn,
    perPlan,
    belop: pd.belopPerTiltak(perPlan.flatMap((g) => g.tiltak)),
    tabeller: pd.tabellUtdragForDelmal(c, id),
    avvik: avvikFor(avvik, { pilot: delmal.data.pilot, delmal: delmal.data.nr }),
    avvikTitler: titler,
  };
}

export async function getTiltakSide(id: string) {
  const { c, ix, navn } = await getGrunnlag();
  const tiltak = ix.tiltak.get(id)!;
  const plan = ix.planer.get(tiltak.data.plan)!;
  return {
    tiltak,
    plan,
    pilot: ix.piloter.get(plan.data.pilot)!,
    delmal: tiltak.data.delmal ? (ix.delmal.get(tiltak.data.delmal) ?? null) : null,
    historikk: pd.tiltakHistorikk(c, id),
    navn,
    sum: sumFunding([tiltak]),
    bygdevekstmidler: sumFunding([tiltak], isBygdevekstmidler),
  };
}

export async function getKommuneSide(id: string) {
  const { c, ix, navn } = await getGrunnlag();
  const kommune = ix.kommuner.get(id)!;
  const pilot = ix.piloter.get(kommune.data.pilot)!;
  const siste = pd.sistePlan(c, pilot.id);
  return {
    kommune,
    pilot,
    navn,
    naboer: pd.kommunerSortert(c, pilot.id).filter((k) => k.id !== id),
    folketall: pd.pilotFolketall(c, pilot.id),
    delmal: pd.delmalForPilot(c, pilot.id),
    planer: pd.planerForPilot(c, pilot.id),
    sistePlan: siste,
    grupper: siste ? pd.tiltakGruppert(c, siste.id) : [],
    belop: pd.belopPerTiltak(siste ? c.tiltak.filter((t) => t.data.plan === siste.id) : []),
    budsjett: pilotBudget(c, pilot.id),
    somAktor: (() => {
      const aktor = pd.aktorForKommune(c, id);
      return aktor
        ? { aktor, antallRoller: pd.aktorRoller(c, aktor.id).reduce((n, g) => n + g.roller.length, 0) }
        : null;
    })(),
  };
}

export async function getKommuneListe() {
  const { c, ix } = await getGrunnlag();
  return pd.kommunerSortert(c).map((kommune) => ({ kommune, pilot: ix.piloter.get(kommune.data.pilot)! }));
}

export async function getTemaListe() {
  const { c } = await getGrunnlag();
  return pd.temaSortert(c).map((tema) => {
    const innhold = pd.temaInnhold(c, tema.id);
    return {
      tema,
      antallPiloter: innhold.length,
      antallDelmal: innhold.reduce((n, g) => n + g.delmal.length, 0),
      antallTiltak: innhold.reduce((n, g) => n + g.tiltak.length, 0),
    };
  });
}

export async function getTemaSide(id: string) {
  const { c, ix, navn } = await getGrunnlag();
  const perPilot = pd.temaInnhold(c, id).map((g) => ({
    ...g,
    sum: sumFunding(g.tiltak),
    bygdevekstmidler: sumFunding(g.tiltak, isBygdevekstmidler),
  }));
  const planAar = Object.fromEntries(c.handlingsplaner.map((h) => [h.id, `Handlingsplan ${h.data.aar}`]));
  const antallTiltak = perPilot.reduce((n, g) => n + g.tiltak.length, 0);
  const antallDelmal = perPilot.reduce((n, g) => n + g.delmal.length, 0);
  return {
    tema: ix.tema.get(id)!,
    navn,
    perPilot,
    antallTiltak,
    antallDelmal,
    planNavn: planAar,
    belop: pd.belopPerTiltak(perPilot.flatMap((g) => g.tiltak)),
  };
}

export async function getAktorListe() {
  const { c } = await getGrunnlag();
  return pd.aktorOversikt(c);
}

export async function getAktorSide(id: string) {
  const { c, ix, navn } = await getGrunnlag();
  const perPilot = pd.aktorRoller(c, id);
  return {
    aktor: ix.aktorer.get(id)!,
    navn,
    perPilot,
    antallRoller: perPilot.reduce((n, g) => n + g.roller.length, 0),
    kommune: pd.kommuneForAktor(c, id),
  };
}

export async function getKildeSide() {
  const { c, navn } = await getGrunnlag();
  const bruk = pd.kildeBruk(c);
  const kilder = [...c.kilder].sort((a, b) => compareNb(a.data.tittel, b.data.tittel));
  return { kilder, navn, bruk };
}

export async function getPlanListe() {
  const { c, ix } = await getGrunnlag();
  return [...c.handlingsplaner]
    .sort(
      (a, b) =>
        compareNb(
          ix.piloter.get(a.data.pilot)?.data.navn ?? '',
          ix.piloter.get(b.data.pilot)?.data.navn ?? '',
        ) || a.data.aar - b.data.aar,
    )
    .map((plan) => ({
      plan,
      pilot: ix.piloter.get(plan.data.pilot)!,
      antallTiltak: c.tiltak.filter((t) => t.data.plan === plan.id).length,
    }));
}

export async function getTiltakListe() {
  const { c, navn } = await getGrunnlag();
  return {
    navn,
    antall: c.tiltak.length,
    planer: (await getPlanListe()).map((p) => ({ ...p, grupper: pd.tiltakGruppert(c, p.plan.id) })),
  };
}

export async function getDelmalListe() {
  const { c, navn } = await getGrunnlag();
  const piloter = [...c.piloter].sort((a, b) => compareNb(a.data.navn, b.data.navn));
  return {
    navn,
    antall: c.delmal.length,
    piloter: piloter.map((pilot) => ({ pilot, delmal: pd.delmalForPilot(c, pilot.id) })),
  };
}

export async function getSammenlign() {
  const { c, navn } = await getGrunnlag();
  const sammenligning = pd.sammenligning(c);
  const medPlan = sammenligning.piloter
    .filter((p) => p.plan !== null)
    .map((p) => ({ ...p, navn: p.pilot.data.navn }));
  const diagrammer = [
    themeComparisonChart(
      medPlan,
      sammenligning.tema.map((t) => ({ id: t.id, navn: t.data.navn })),
      { id: 'piloter-tema', tittel: 'Beløp ved tiltakene per tema og pilot (nyeste handlingsplan)' },
    ),
    perInhabitantChart(medPlan, {
      id: 'piloter-per-innbygger',
      tittel: 'Kroner per innbygger (nyeste handlingsplan)',
    }),
  ];
  return { navn, diagrammer, ...sammenligning };
}

export async function getForside() {
  const { c, ix } = await getGrunnlag();
  return {
    grupper: await getPiloterByFylke(),
    kommuner: pd
      .kommunerSortert(c)
      .map((kommune) => ({ kommune, pilot: ix.piloter.get(kommune.data.pilot)! })),
    antall: {
      piloter: c.piloter.length,
      kommuner: c.kommuner.length,
      planer: c.handlingsplaner.length,
      tiltak: c.tiltak.length,
      delmal: c.delmal.length,
      piloterUtenPlan: c.piloter.filter((p) => pd.sistePlan(c, p.id) === null).length,
    },
    folketall: pd.folketall(c.kommuner),
    budsjett: nationalBudget(c),
    diagram: pilotComparisonChart(nationalBudget(c), {
      id: 'piloter-penger',
      tittel: 'Beløp ved tiltakene per pilot: bygdevekstmidler og andre kilder',
    }),
  };
}

/** The pilots by fylke, each with its kommuner and plans (home page and /piloter/). */
export async function getPiloterOversikt() {
  const { c } = await getGrunnlag();
  return (await getPiloterByFylke()).map((g) => ({
    fylke: g.fylke,
    piloter: g.piloter.map((pilot) => ({
      pilot,
      kommuner: pd.kommunerSortert(c, pilot.id),
      planer: pd.planerForPilot(c, pilot.id),
    })),
  }));
}

/** The background page and its facts, and the other text pages (each at /om/<id>/). */
export async function getOmSide() {
  const { c, navn } = await getGrunnlag();
  return {
    side: c.sider.find((x) => x.id === BAKGRUNN) ?? null,
    andreSider: c.sider
      .filter((x) => x.id !== BAKGRUNN)
      .sort((a, b) => compareNb(a.data.tittel, b.data.tittel)),
    navn,
  };
}

/** One text page other than the background page. */
export async function getSide(id: string) {
  const { c, navn } = await getGrunnlag();
  return { side: c.sider.find((x) => x.id === id)!, navn };
}

/** A source document with its text, line by line, for /kilder/<id>/. */
export async function getKildeTekst(id: string) {
  const { kilder } = await getContent();
  const kilde = kilder.find((k) => k.id === id)!;
  const linjer = seedLines(kilde.data.seed);
  if (!linjer) throw new Error(`Fant ikke teksten til kilden «${id}» (${kilde.data.seed}) i ${SEEDS_DIR}`);
  return { kilde, linjer };
}

// ---------------------------------------------------------------------------------------------
// Learning across pilots and initiatives: the views in src/views/laering.ts.

export async function getLaeringHub() {
  const { c } = await getGrunnlag();
  return { ...lv.laeringHub(c), titler: dokumentTitler(c) };
}

export async function getLaeringSide(id: string) {
  const { c } = await getGrunnlag();
  return { ...lv.laeringSide(c, id), titler: dokumentTitler(c) };
}

export async function getInitiativOversikt() {
  const { c } = await getGrunnlag();
  return lv.initiativOversikt(c);
}

export async function getInitiativSide(id: string) {
  const { c } = await getGrunnlag();
  return { ...lv.initiativSide(c, id), titler: dokumentTitler(c) };
}

export async function getTemaLaering(id: string) {
  const { c } = await getGrunnlag();
  return lv.temaLaering(c, id);
}

export async function getTiltakLaering(id: string) {
  const { c } = await getGrunnlag();
  return lv.tiltakLaering(c, id);
}
