/**
 * The rules that add up a table against itself: (a) the sum row against the rows, (b) a delsum
 * against the rows of its delmål, (c) a total column against the columns it covers.
 */
import type { OppgittTabell } from '../../schemas/handlingsplan.ts';
import type { Draft, PlanContext } from './finding.ts';
import { addedUpMismatch, cell, componentsOf, rowKey, type Kolonne } from './tableCells.ts';

type Rad = OppgittTabell['rader'][number];

/**
 * A stated line (the sum row, a delsum) against the rows it adds up, column by column: one draft
 * per column where they differ, made by `draft` from the figures and the rows that were added.
 */
function linjeMotRader(
  tabell: OppgittTabell,
  linje: { verdier: Rad['verdier'] },
  rader: readonly Rad[],
  draft: (kolonne: Kolonne, oppgitt: number, beregnet: number, filled: Rad[]) => Draft,
): Draft[] {
  return tabell.kolonner.flatMap((kolonne) => {
    const oppgitt = cell(linje.verdier, kolonne);
    const filled = rader.filter((r) => cell(r.verdier, kolonne) !== null);
    const beregnet = addedUpMismatch(
      oppgitt,
      filled.map((r) => cell(r.verdier, kolonne)!),
    );
    if (oppgitt === null || beregnet === null) return [];
    return [draft(kolonne, oppgitt, beregnet, filled)];
  });
}

export function sumRowRule(ctx: PlanContext): Draft[] {
  return ctx.plan.data.oppgitteTabeller.flatMap((tabell) => {
    if (!tabell.sum) return [];
    const sumRow = tabell.sum;
    return linjeMotRader(tabell, sumRow, tabell.rader, (kolonne, oppgitt, beregnet, filled) => ({
      regel: 'sumrad' as const,
      idDeler: [tabell.id, kolonne.id],
      delmal: null,
      gjelder: `Sumraden «${sumRow.etikett}», kolonnen «${kolonne.etikett}», i tabellen «${tabell.tittel}»`,
      oppgitt,
      beregnet,
      oppgittEtikett: 'Oppgitt sum',
      beregnetEtikett: 'Summen av radene',
      kildeOppgitt: ctx.ref(tabell, sumRow.linjer),
      kildeBeregnet: filled.map((r) => ctx.ref(tabell, r.linjer)),
    }));
  });
}

export function delsumRule(ctx: PlanContext): Draft[] {
  return ctx.plan.data.oppgitteTabeller.flatMap((tabell) =>
    tabell.delsummer.flatMap((delsum) =>
      linjeMotRader(
        tabell,
        delsum,
        tabell.rader.filter((r) => r.delmal === delsum.delmal),
        (kolonne, oppgitt, beregnet, filled) => ({
          regel: 'delsum' as const,
          idDeler: [tabell.id, `d${delsum.delmal}`, kolonne.id],
          delmal: delsum.delmal,
          gjelder: `Delsummen «${delsum.etikett}» for delmål ${delsum.delmal}, kolonnen «${kolonne.etikett}», i tabellen «${tabell.tittel}»`,
          oppgitt,
          beregnet,
          oppgittEtikett: 'Oppgitt delsum',
          beregnetEtikett: `Summen av radene under delmål ${delsum.delmal}`,
          kildeOppgitt: ctx.ref(tabell, delsum.linjer),
          kildeBeregnet: filled.map((r) => ctx.ref(tabell, r.linjer)),
        }),
      ),
    ),
  );
}

function componentsLabel(components: readonly Kolonne[]): string {
  const years = new Set(components.map((k) => k.aar));
  const sources = new Set(components.map((k) => k.finansieringskilde));
  if (years.size === components.length && !years.has(undefined)) return 'Summen av årskolonnene';
  if (sources.size === components.length && !sources.has(undefined))
    return 'Summen av kolonnene for hver finansieringskilde';
  return 'Summen av de andre kolonnene';
}

export function totalColumnRule(ctx: PlanContext): Draft[] {
  return ctx.plan.data.oppgitteTabeller.flatMap((tabell) => {
    const lines = [
      ...tabell.rader.map((r, i) => ({
        etikett: r.etikett,
        delmal: r.delmal,
        verdier: r.verdier,
        linjer: r.linjer,
        key: rowKey(r, i),
      })),
      ...tabell.delsummer.map((d) => ({
        etikett: d.etikett,
        delmal: d.delmal as number | null,
        verdier: d.verdier,
        linjer: d.linjer,
        key: `delsum-d${d.delmal}`,
      })),
      ...(tabell.sum
        ? [
            {
              etikett: tabell.sum.etikett,
              delmal: null,
              verdier: tabell.sum.verdier,
              linjer: tabell.sum.linjer,
              key: 'sum',
            },
          ]
        : []),
    ];
    return tabell.kolonner
      .filter((k) => k.total)
      .flatMap((total) => {
        const components = componentsOf(tabell, total);
        if (components.length === 0) return [];
        return lines.flatMap((line) => {
          const oppgitt = cell(line.verdier, total);
          const parts = components.map((k) => cell(line.verdier, k)).filter((v): v is number => v !== null);
          const beregnet = addedUpMismatch(oppgitt, parts);
          if (oppgitt === null || beregnet === null) return [];
          return [
            {
              regel: 'totalkolonne' as const,
              idDeler: [tabell.id, line.key, total.id],
              delmal: line.delmal,
              gjelder: `Kolonnen «${total.etikett}» i raden «${line.etikett}» i tabellen «${tabell.tittel}»`,
              oppgitt,
              beregnet,
              oppgittEtikett: 'Oppgitt total',
              beregnetEtikett: componentsLabel(components),
              kildeOppgitt: ctx.ref(tabell, line.linjer),
              kildeBeregnet: [ctx.ref(tabell, line.linjer)],
            },
          ];
        });
      });
  });
}
