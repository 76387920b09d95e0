/** Everything the pilot page and the pilot overviews show. */
import {
  delmalChart,
  fundingSourceChart,
  themeChart,
  yearChart,
  type BudgetChartData,
} from '../lib/chartData.ts';
import { compareNb } from '../lib/format.ts';
import { pilotFolketall, samleKilder } from '../lib/pageData.ts';
import { FYLKER } from '../schemas/vocabulary.ts';
import { endringerLenke } from './endringer.ts';
import { avvikMed, idPaths, pilotBudsjett, tiltakIPlan } from './shared.ts';
import type { Site } from './site.ts';

export const pilotPaths = (site: Site) => idPaths(site.c.piloter);

function pilotDiagrammer(site: Site, id: string): BudgetChartData[] {
  const b = pilotBudsjett(site, id);
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

export function pilotView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const pilot = ix.piloter.get(id);
  if (!pilot) throw new Error(`Ukjent pilot «${id}»`);
  const kommuner = ix.kommunerByPilot.get(id) ?? [];
  const planer = (ix.planerByPilot.get(id) ?? []).map((plan) => ({
    plan,
    antallTiltak: tiltakIPlan(site, plan.id).length,
  }));
  const budsjett = pilotBudsjett(site, id);
  const p = pilot.data;
  return {
    pilot,
    navn,
    kommuner,
    kommuneNavn: kommuner.map((k) => k.data.navn).join(', '),
    folketall: pilotFolketall(c, id),
    delmal: ix.delmalByPilot.get(id) ?? [],
    planer,
    harPlan: planer.length > 0,
    /** Plan id → the change page ending in it, if any. */
    endringLenker: Object.fromEntries(planer.map(({ plan }) => [plan.id, endringerLenke(c, plan.id)])),
    budsjett,
    /** Delmål id → the amount at its tiltak. */
    delmalSum: Object.fromEntries(budsjett.perDelmal.map((d) => [d.delmal ?? '', d.sum])),
    planAar: budsjett.planer.map((x) => x.aar).join(' og '),
    diagrammer: pilotDiagrammer(site, id),
    ...avvikMed(site, { pilot: id }),
    kilder: samleKilder([...p.kilder, ...p.avtale.kilder, ...p.budsjettfakta.map((b) => b.kilde)]),
  };
}
export type PilotView = ReturnType<typeof pilotView>;

/** Pilots grouped by fylke (fylker north to south, pilots by name), each with its kommuner and plans. */
export function piloterOversiktView(site: Site) {
  const { c, ix } = site;
  return site.memo('piloterOversikt', () =>
    FYLKER.map((fylke) => ({
      fylke,
      piloter: c.piloter
        .filter((p) => p.data.fylke === fylke)
        .sort((a, b) => compareNb(a.data.navn, b.data.navn))
        .map((pilot) => {
          const kommuner = ix.kommunerByPilot.get(pilot.id) ?? [];
          const planer = ix.planerByPilot.get(pilot.id) ?? [];
          return {
            pilot,
            kommuner,
            planer,
            kommuneNavn: kommuner.map((k) => k.data.navn).join(', '),
            planAar: planer.map((h) => h.data.aar).join(', '),
          };
        }),
    })).filter((g) => g.piloter.length > 0),
  );
}
