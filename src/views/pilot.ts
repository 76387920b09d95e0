/** Everything the pilot page and the pilot overviews show. */
import { compareNb } from '../lib/format.ts';
import { pilotFolketall, samleKilder, hvemSporre, type KommuneEntry } from '../lib/model/index.ts';
import { FYLKER } from '../schemas/vocabulary.ts';
import { endringerLenke } from './endringer.ts';
import { pilotPengerView } from './pilotPenger.ts';
import { avvikMed, idPaths, tiltakIPlan } from './shared.ts';
import type { Site } from './site.ts';
import { pengerForst } from '../lib/money/index.ts';
import { kartView } from './kart.ts';

export const pilotPaths = (site: Site) => idPaths(site.c.piloter);

/**
 * A pilot's kommuner by name, as a list in running text. A new pilot is saved before its kommuner
 * (each kommune names its pilot), so the page says plainly when none are registered yet.
 */
const kommuneListe = (kommuner: readonly KommuneEntry[]) =>
  kommuner.length === 0 ? 'ingen kommuner registrert ennå' : kommuner.map((k) => k.data.navn).join(', ');

const medKommuner = (antall: number) =>
  antall === 0
    ? 'uten registrerte kommuner ennå'
    : antall === 1
      ? 'med én kommune'
      : `med ${antall} kommuner`;

export function pilotView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const pilot = ix.piloter.get(id);
  if (!pilot) throw new Error(`Ukjent pilot «${id}»`);
  const kommuner = ix.kommunerByPilot.get(id) ?? [];
  const planer = (ix.planerByPilot.get(id) ?? []).map((plan) => ({
    plan,
    antallTiltak: tiltakIPlan(site, plan.id).length,
  }));
  // Money by the site's one rule: the newest plan only, never plan years added (src/lib/money/grunnlag.ts).
  const penger = pilotPengerView(c, id);
  const budsjett = penger.budsjett;
  const p = pilot.data;
  return {
    pilot,
    navn,
    kommuner,
    kommuneNavn: kommuneListe(kommuner),
    /** «med 3 kommuner», for the page's lead. */
    medKommuner: medKommuner(kommuner.length),
    kart: kartView(site, { pilot: id }),
    folketall: pilotFolketall(c, id),
    delmal: ix.delmalByPilot.get(id) ?? [],
    planer,
    harPlan: planer.length > 0,
    /** Plan id → the change page ending in it, if any. */
    endringLenker: Object.fromEntries(planer.map(({ plan }) => [plan.id, endringerLenke(c, plan.id)])),
    /** The newest plan's budget; null without a plan. */
    budsjett,
    penger: penger.penger,
    /** Delmål id → the amount at its tiltak in the newest plan. */
    delmalSum: Object.fromEntries((budsjett?.perDelmal ?? []).map((d) => [d.delmal ?? '', d.sum])),
    /** The year of the plan the money figures are from. */
    planAar: penger.planAar,
    diagrammer: penger.diagrammer,
    /** What the pilot does in its newest plan and what it costs, shown first (src/lib/money/pengerForst.ts). */
    pengerForst: site.memo(`pengerForst:${id}`, () => pengerForst(c, id)),
    /** The bodies a citizen can ask (src/lib/model/hvemSporre.ts). */
    hvemSporre: hvemSporre(c, id),
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
            kommuneNavn: kommuneListe(kommuner),
            planAar: planer.map((h) => h.data.aar).join(', '),
          };
        }),
    })).filter((g) => g.piloter.length > 0),
  );
}
