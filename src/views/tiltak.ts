/** Everything the tiltak page and the list of all tiltak show. */
import { isBygdevekstmidler, sumFunding } from '../lib/budget.ts';
import { samleKilder } from '../lib/sources.ts';
import { tiltakGruppert } from '../lib/tiltakGroups.ts';
import { tiltakHistorikk } from '../lib/tiltakHistory.ts';
import { tiltakTabell } from '../lib/tiltakTabell.ts';
import { aktorListe } from './delmal.ts';
import { planListeView } from './plan.ts';
import { endringerForTiltak } from './endringer.ts';
import { idPaths } from './shared.ts';
import { tiltakKommunerView } from './tiltakKommuner.ts';
import type { Site } from './site.ts';
import { tiltakLaering } from './laering.ts';

export const tiltakPaths = (site: Site) => idPaths(site.c.tiltak);

export function tiltakView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const tiltak = ix.tiltak.get(id);
  if (!tiltak) throw new Error(`Ukjent tiltak «${id}»`);
  const t = tiltak.data;
  const plan = ix.planer.get(t.plan)!;
  const delmal = t.delmal ? (ix.delmal.get(t.delmal) ?? null) : null;
  const historikk = tiltakHistorikk(c, id);
  return {
    tiltak,
    plan,
    pilot: ix.piloter.get(plan.data.pilot)!,
    delmal,
    historikk,
    navn,
    /** Where the tiltak sits in its plan, as a phrase («delmål 2», «de tverrgående tiltakene»). */
    hvor: delmal ? `delmål ${delmal.data.nr}` : 'de tverrgående tiltakene',
    planTittel: `Handlingsplan ${plan.data.aar}`,
    hovedansvarlige: aktorListe(site, t.hovedansvarlige),
    samarbeidsparter: aktorListe(site, t.samarbeidsparter),
    /** The change pages this tiltak is part of. */
    endringSider: endringerForTiltak(c, id),
    /** Which kommuner the tiltak is for. */
    gjelder: tiltakKommunerView(c, id),
    sum: sumFunding([tiltak]),
    bygdevekstmidler: sumFunding([tiltak], isBygdevekstmidler),
    /** Lessons that name this tiltak (src/views/laering.ts). */
    laerdommer: tiltakLaering(c, id),
    kilder: samleKilder([
      t.kilde,
      ...t.andreTitler.map((a) => a.kilde),
      ...t.finansiering.map((f) => ({ dokument: plan.data.dokument, linjer: f.linjer })),
      ...historikk.forgjengere.map((f) => f.endring.kilde),
      ...historikk.etterfolgere.map((f) => f.endring.kilde),
    ]),
  };
}
export type TiltakView = ReturnType<typeof tiltakView>;

/** Every tiltak, plan by plan (pilots by name, then year), grouped by delmål; empty groups left out. */
export function tiltakListeView(site: Site) {
  const { c, navn } = site;
  return {
    navn,
    antall: c.tiltak.length,
    planer: planListeView(site).map((p) => ({
      ...p,
      grupper: tiltakGruppert(c, p.plan.id).filter((g) => g.tiltak.length > 0),
    })),
  };
}

/** The table of every tiltak at /tiltak/ (rows and filter choices from src/lib/tiltakTabell.ts). */
export const tiltakTabellView = (site: Site) => site.memo('tiltakTabell', () => tiltakTabell(site.c));
