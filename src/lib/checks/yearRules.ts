/**
 * (f) Years: a table column or a tiltak's funding year outside the agreement period, and a table
 * heading's year against the plan's year.
 */
import type { KildeRef } from '../../schemas/common.ts';
import type { OppgittTabell } from '../../schemas/handlingsplan.ts';
import type { Draft, PlanContext } from './finding.ts';

/** The period's nearest end to a year outside it, or null when the year is inside (or the period unknown). */
function nearestPeriodEnd(ctx: PlanContext, year: number): { grense: number; etikett: string } | null {
  const { fra, til } = ctx.periode;
  if (til !== null && year > til) return { grense: til, etikett: 'Avtaleperiodens siste år' };
  if (fra !== null && year < fra) return { grense: fra, etikett: 'Avtaleperiodens første år' };
  return null;
}

function periodText(ctx: PlanContext): string {
  const { fra, til } = ctx.periode;
  return `${fra ?? '?'}–${til ?? '?'}`;
}

/** Where a whole table stands (columns and headings have no lines of their own). */
function tableRef(ctx: PlanContext, tabell: OppgittTabell): KildeRef {
  return tabell.kilde.linjer ? ctx.ref(tabell, tabell.kilde.linjer) : { ...tabell.kilde };
}

export function periodRule(ctx: PlanContext): Draft[] {
  const columns = ctx.plan.data.oppgitteTabeller.flatMap((tabell) =>
    tabell.kolonner.flatMap((kolonne) => {
      const outside = kolonne.aar === undefined ? null : nearestPeriodEnd(ctx, kolonne.aar);
      if (!outside || kolonne.aar === undefined) return [];
      return [
        {
          regel: 'aar-utenfor-avtaleperioden' as const,
          idDeler: [tabell.id, kolonne.id],
          delmal: null,
          gjelder: `Kolonnen «${kolonne.etikett}» i tabellen «${tabell.tittel}» gjelder ${kolonne.aar}, utenfor avtaleperioden ${periodText(ctx)}`,
          oppgitt: kolonne.aar,
          beregnet: outside.grense,
          oppgittEtikett: 'Året i kolonnen',
          beregnetEtikett: outside.etikett,
          kildeOppgitt: tableRef(ctx, tabell),
          kildeBeregnet: ctx.periode.kilder,
        },
      ];
    }),
  );
  // One finding per tiltak and year, however many of its lines carry that year.
  const lines = ctx.tiltak.flatMap((t) => {
    const years = [
      ...new Set(t.data.finansiering.map((l) => l.aar).filter((y): y is number => y !== null)),
    ].sort((a, b) => a - b);
    return years.flatMap((aar) => {
      const outside = nearestPeriodEnd(ctx, aar);
      if (!outside) return [];
      const withYear = t.data.finansiering.filter((l) => l.aar === aar);
      const from = Math.min(...withYear.map((l) => l.linjer[0]));
      const to = Math.max(...withYear.map((l) => l.linjer[1]));
      return [
        {
          regel: 'aar-utenfor-avtaleperioden' as const,
          idDeler: [t.id, aar],
          delmal: t.data.delmal === null ? null : (ctx.delmalNr.get(t.data.delmal) ?? null),
          gjelder: `Beløp til tiltak ${t.data.nr} «${t.data.tittel}» er oppgitt for ${aar}, utenfor avtaleperioden ${periodText(ctx)}`,
          oppgitt: aar,
          beregnet: outside.grense,
          oppgittEtikett: 'Året ved beløpet',
          beregnetEtikett: outside.etikett,
          kildeOppgitt: ctx.ref(null, [from, to]),
          kildeBeregnet: ctx.periode.kilder,
        },
      ];
    });
  });
  return [...columns, ...lines];
}

export function tableYearRule(ctx: PlanContext): Draft[] {
  return ctx.plan.data.oppgitteTabeller.flatMap((tabell) => {
    if (tabell.aar === undefined || tabell.aar === ctx.plan.data.aar) return [];
    return [
      {
        regel: 'tabellaar-mot-planaar' as const,
        idDeler: [tabell.id],
        delmal: null,
        gjelder: `Overskriften «${tabell.tittel}» nevner ${tabell.aar}, men planen gjelder ${ctx.plan.data.aar}`,
        oppgitt: tabell.aar,
        beregnet: ctx.plan.data.aar,
        oppgittEtikett: 'Året i tabelloverskriften',
        beregnetEtikett: 'Året planen gjelder',
        kildeOppgitt: tableRef(ctx, tabell),
        kildeBeregnet: [ctx.plan.data.kilde],
      },
    ];
  });
}
