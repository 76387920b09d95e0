/**
 * (d) The same figure stated in two places of one plan: the same delmål (or kind of row), source
 * and year, in two tables or in a table and the text. The figure first in the document is the stated one.
 */
import type { KildeRef } from '../../schemas/common.ts';
import { RAD_KATEGORIER, type OppgittTabell } from '../../schemas/handlingsplan.ts';
import type { Finansieringskilde } from '../../schemas/vocabulary.ts';
import { byLines, kildeNavn, type Draft, type PlanContext } from './finding.ts';
import { cell, columnYear, componentsOf, wholeDelmalRows, type Kolonne } from './tableCells.ts';

const KATEGORI_NAVN: Record<(typeof RAD_KATEGORIER)[number], string> = {
  prosjektledelse: 'prosjektledelse',
  tverrgaende: 'tverrgående tiltak',
  frikjop: 'frikjøp av intern kompetanse',
  annet: 'annet',
};

interface StatedFigure {
  /** Delmål number or category: what the figure is for. */
  scope: { delmal: number } | { kategori: (typeof RAD_KATEGORIER)[number] };
  finansieringskilde: Finansieringskilde | undefined;
  /** A year, or a table's whole span («2026–2028») for a total column without a year. */
  periode: number | { fra: number; til: number };
  belop: number;
  /** Where it stands, in words: «tabellen «…» (raden «…», kolonnen «…»)» or «teksten («…»)». */
  sted: string;
  idDel: string;
  ref: KildeRef;
}

function periodeKey(p: StatedFigure['periode']): string {
  return typeof p === 'number' ? String(p) : `${p.fra}-${p.til}`;
}

function periodeText(p: StatedFigure['periode']): string {
  return typeof p === 'number' ? `i ${p}` : `for ${p.fra}–${p.til} samlet`;
}

function scopeText(s: StatedFigure['scope']): string {
  return 'delmal' in s ? `delmål ${s.delmal}` : KATEGORI_NAVN[s.kategori];
}

/** The period a column covers; for a total column without a year, the span of the years it adds up. */
function columnPeriode(tabell: OppgittTabell, kolonne: Kolonne): StatedFigure['periode'] | null {
  const year = columnYear(tabell, kolonne);
  if (year !== null) return year;
  if (!kolonne.total) return null;
  const years = componentsOf(tabell, kolonne).map((k) => columnYear(tabell, k));
  if (years.length === 0 || years.some((y) => y === null)) return null;
  const known = years as number[];
  return { fra: Math.min(...known), til: Math.max(...known) };
}

function statedFigures(ctx: PlanContext): StatedFigure[] {
  const fromTables = ctx.plan.data.oppgitteTabeller.flatMap((tabell) => {
    // Rows for one tiltak are not delmål figures; the delmål figure of such a table is its delsum.
    const rows = [
      ...wholeDelmalRows(tabell).map((r) => ({
        scope: r.delmal !== null ? { delmal: r.delmal } : { kategori: r.kategori! },
        etikett: `raden «${r.etikett}»`,
        verdier: r.verdier,
        linjer: r.linjer,
      })),
      ...tabell.delsummer.map((d) => ({
        scope: { delmal: d.delmal },
        etikett: `delsummen «${d.etikett}» for delmål ${d.delmal}`,
        verdier: d.verdier,
        linjer: d.linjer,
      })),
    ];
    return tabell.kolonner.flatMap((kolonne) => {
      const periode = columnPeriode(tabell, kolonne);
      if (periode === null) return [];
      return rows.flatMap((row) => {
        const belop = cell(row.verdier, kolonne);
        if (belop === null) return [];
        return [
          {
            scope: row.scope,
            finansieringskilde: kolonne.finansieringskilde,
            periode,
            belop,
            sted: `tabellen «${tabell.tittel}» (${row.etikett}, kolonnen «${kolonne.etikett}»)`,
            idDel: `${tabell.id}-${kolonne.id}`,
            ref: ctx.ref(tabell, row.linjer),
          } satisfies StatedFigure,
        ];
      });
    });
  });
  const fromText = ctx.plan.data.oppgitteBelop.flatMap((b, i) => {
    if (b.aar === undefined || (b.delmal === null && !b.kategori)) return [];
    return [
      {
        scope: b.delmal !== null ? { delmal: b.delmal } : { kategori: b.kategori! },
        finansieringskilde: b.finansieringskilde,
        periode: b.aar,
        belop: b.belop,
        sted: `teksten («${b.gjelder}»)`,
        // Lines, not the list position, so the id survives amounts being added above it.
        idDel: `tekst-${b.kilde.linjer?.[0] ?? i + 1}`,
        ref: { dokument: b.kilde.dokument ?? ctx.plan.data.dokument, linjer: b.kilde.linjer },
      } satisfies StatedFigure,
    ];
  });
  return [...fromTables, ...fromText];
}

export function sameFigureRule(ctx: PlanContext): Draft[] {
  const groups = new Map<string, StatedFigure[]>();
  for (const f of statedFigures(ctx)) {
    const scopeKey = 'delmal' in f.scope ? `d${f.scope.delmal}` : f.scope.kategori;
    const key = `${scopeKey}|${f.finansieringskilde ?? 'alle'}|${periodeKey(f.periode)}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].flatMap((figures) => {
    // Stable: document order, ties in the order the figures were collected (tables, then text).
    const ordered = figures
      .map((f, i) => ({ f, i }))
      .sort((a, b) => byLines(a.f.ref, b.f.ref) || a.i - b.i)
      .map((x) => x.f);
    const [first, ...rest] = ordered;
    return rest
      .filter((other) => other.belop !== first.belop)
      .map((other) => ({
        regel: 'samme-tall-ulike-steder' as const,
        idDeler: [
          'delmal' in first.scope ? `d${first.scope.delmal}` : first.scope.kategori,
          first.finansieringskilde ?? 'alle',
          periodeKey(first.periode),
          first.idDel,
          other.idDel,
        ],
        delmal: 'delmal' in first.scope ? first.scope.delmal : null,
        gjelder: `${kildeNavn(first.finansieringskilde)} til ${scopeText(first.scope)} ${periodeText(first.periode)}`,
        oppgitt: first.belop,
        beregnet: other.belop,
        oppgittEtikett: `Oppgitt i ${first.sted}`,
        beregnetEtikett: `Oppgitt i ${other.sted}`,
        kildeOppgitt: first.ref,
        kildeBeregnet: [other.ref],
      }));
  });
}
