/**
 * The pilot page's money (pure): by the site's one rule (src/lib/money/grunnlag.ts) the figures are
 * the newest plan's, never several plan years added. The charts and the delmål column use the
 * same plan, and say which year it is.
 */
import {
  planBudget,
  delmalChart,
  fundingSourceChart,
  themeChart,
  yearChart,
  grunnlagsplan,
  pilotPenger,
} from '../lib/money/index.ts';
import type { Collections } from '../lib/loading/index.ts';

export function pilotPengerView(c: Collections, pilotId: string) {
  const plan = grunnlagsplan(c, pilotId);
  const budsjett = plan ? planBudget(c, plan.id) : null;
  const hvor = plan ? `i handlingsplanen for ${plan.data.aar}` : '';
  return {
    penger: pilotPenger(c, pilotId),
    plan,
    budsjett,
    planAar: plan?.data.aar ?? null,
    diagrammer: budsjett
      ? [
          delmalChart(budsjett, {
            id: `${pilotId}-delmal`,
            tittel: `Beløp ved tiltakene per delmål ${hvor}`,
          }),
          fundingSourceChart(budsjett, {
            id: `${pilotId}-kilde`,
            tittel: `Beløp ved tiltakene per finansieringskilde ${hvor}`,
          }),
          themeChart(budsjett, { id: `${pilotId}-tema`, tittel: `Beløp ved tiltakene per tema ${hvor}` }),
          ...(budsjett.perAar.length > 1
            ? [yearChart(budsjett, { id: `${pilotId}-aar`, tittel: `Beløp ved tiltakene per år ${hvor}` })]
            : []),
        ]
      : [],
  };
}
