/** The home page: counts, national money figures and the pilots by fylke. */
import { pilotComparisonChart } from '../lib/money/index.ts';
import { folketall, kommunerSortert, sistePlan } from '../lib/model/index.ts';
import { kartView } from './kart.ts';
import { piloterOversiktView } from './pilot.ts';
import { nasjonaltBudsjett } from './shared.ts';
import type { Site } from './site.ts';

export function forsideView(site: Site) {
  const { c, ix } = site;
  const budsjett = nasjonaltBudsjett(site);
  return {
    grupper: piloterOversiktView(site),
    kart: kartView(site),
    kommuner: kommunerSortert(c).map((kommune) => ({ kommune, pilot: ix.piloter.get(kommune.data.pilot)! })),
    antall: {
      piloter: c.piloter.length,
      kommuner: c.kommuner.length,
      planer: c.handlingsplaner.length,
      tiltak: c.tiltak.length,
      delmal: c.delmal.length,
      piloterUtenPlan: c.piloter.filter((p) => sistePlan(c, p.id) === null).length,
    },
    folketall: folketall(c.kommuner),
    budsjett,
    /** The pilots with a plan and the year of the newest (the basis of the totals), as a phrase. */
    piloterMedPlan: budsjett.piloter
      .filter((p) => p.plan !== null)
      .map((p) => `${p.navn} ${p.plan!.aar}`)
      .join(' og '),
    diagram: pilotComparisonChart(budsjett, {
      id: 'piloter-penger',
      tittel: 'Beløp ved tiltakene per pilot: bygdevekstmidler og andre kilder',
    }),
  };
}
