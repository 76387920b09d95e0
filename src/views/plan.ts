/** Everything the plan page and the plan list show. */
import {
  statedVsComputedChart,
  delmalChart,
  fundingSourceChart,
  yearChart,
  type BudgetChartData,
} from '../lib/money/index.ts';
import { compareNb } from '../lib/format.ts';
import { nestePlan, samleKilder, sicTittel, tiltakGruppert } from '../lib/model/index.ts';
import { planEndringer } from '../lib/plans/index.ts';
import { urlFor } from '../lib/urls.ts';
import { endringerLenke } from './endringer.ts';
import { avvikMed, belopKolonner, idPaths, planBudsjett, tiltakIPlan } from './shared.ts';
import type { Site } from './site.ts';
import { unntakNotater } from './unntak.ts';
import { statedTableRows } from './statedTable.ts';

export const planPaths = (site: Site) => idPaths(site.c.handlingsplaner);

function planDiagrammer(site: Site, id: string): BudgetChartData[] {
  const b = planBudsjett(site, id);
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

/** How the plan page names a delmål by number: «Delmål 2», or «Tverrgående» for none. */
const delmalTekst = (nr: number | null) => (nr === null ? 'Tverrgående' : `Delmål ${nr}`);

export function planView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const plan = ix.planer.get(id);
  if (!plan) throw new Error(`Ukjent handlingsplan «${id}»`);
  const pilot = ix.piloter.get(plan.data.pilot)!;
  const delmal = ix.delmalByPilot.get(pilot.id) ?? [];
  const tiltak = tiltakIPlan(site, id);
  const tittel = `Handlingsplan ${plan.data.aar} for ${pilot.data.navn}`;
  const delmalHref = Object.fromEntries(delmal.map((d) => [d.data.nr, urlFor.delmal(d.id)])) as Record<
    number,
    string
  >;
  const endringer = planEndringer(c, id);
  return {
    plan,
    pilot,
    navn,
    tittel,
    /** The title as the document prints it, a misprint marked [sic] with what was meant. */
    tittelITrykk: sicTittel(plan.data.tittel, plan.data.mentTittel),
    /** Figures and printed texts the content states are not found as written, with why. */
    unntak: unntakNotater('handlingsplaner', plan),
    grupper: tiltakGruppert(c, id),
    antallTiltak: tiltak.length,
    endringer: {
      ...endringer,
      grupper: endringer.grupper.map((g) => ({
        ...g,
        endringer: g.endringer.map((x) => ({ ...x, delmalTekst: delmalTekst(x.endring.delmal) })),
      })),
    },
    budsjett: planBudsjett(site, id),
    diagrammer: planDiagrammer(site, id),
    ...avvikMed(site, { plan: id }),
    belopKolonner: belopKolonner(tiltak),
    neste: nestePlan(c, plan),
    /** The change page ending in this plan (src/views/endringer.ts), or null. */
    endringSide: endringerLenke(c, id),
    /** The plan's printed tables, each as its rows and stated subtotals in print order. */
    tabeller: plan.data.oppgitteTabeller.map((tabell) => ({ tabell, linjer: statedTableRows(tabell) })),
    delmalHref,
    /** Amounts the plan states in its text, each with its delmål named and linked where it has a page. */
    oppgitteBelop: plan.data.oppgitteBelop.map((b) => ({
      ...b,
      delmalTekst: delmalTekst(b.delmal),
      delmalHref: (b.delmal !== null && delmalHref[b.delmal]) || null,
    })),
    /** What the plan says about the years after it, each with its delmål named. */
    kommendeAar: plan.data.kommendeAar.map((k) => ({ ...k, delmalTekst: delmalTekst(k.delmal) })),
    kilder: samleKilder([plan.data.kilde]),
  };
}
export type PlanView = ReturnType<typeof planView>;

/** Every plan, pilots by name and then by year, with how many tiltak each has. */
export function planListeView(site: Site) {
  const { c, ix } = site;
  return site.memo('planListe', () =>
    [...c.handlingsplaner]
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
        antallTiltak: tiltakIPlan(site, plan.id).length,
      })),
  );
}
