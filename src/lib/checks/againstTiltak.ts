/**
 * (e) Stated figures against the tiltak's own funding lines: a delmål's figure in a table against
 * the sum of its tiltak's lines, and a table row for one tiltak against that tiltak's lines.
 */
import type { OppgittTabell } from '../../schemas/handlingsplan.ts';
import type { Finansieringslinje } from '../../schemas/tiltak.ts';
import type { Finansieringskilde } from '../../schemas/vocabulary.ts';
import { formatLinjer } from '../format.ts';
import { kildeNavn, type Draft, type PlanContext, type TiltakEntry } from './finding.ts';
import { addedUpMismatch, cell, columnYear, wholeDelmalRows, type Kolonne } from './tableCells.ts';

/** The tiltak's lines of source `kilde` with an amount for `year` (a line without a year counts as the plan's year). */
function matchingLines(
  ctx: PlanContext,
  tiltak: readonly TiltakEntry[],
  kilde: Finansieringskilde,
  year: number,
) {
  return tiltak.flatMap((t) =>
    t.data.finansiering.filter(
      (l) => l.kilde === kilde && l.belop !== null && (l.aar ?? ctx.plan.data.aar) === year,
    ),
  );
}

const TALLORD = ['null', 'ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'];

/** «a, b og c» */
function oppramset(deler: readonly string[]): string {
  return deler.length < 2 ? (deler[0] ?? '') : `${deler.slice(0, -1).join(', ')} og ${deler.at(-1)}`;
}

/**
 * What a sum of the tiltak's lines takes for granted, said plainly: the amounts it counts under
 * `kilde` although the plan names no source for them (and which of them are ceilings, counted in
 * full). Undefined when every amount's source is the plan's own word.
 */
export function forutsetningFor(
  lines: readonly Pick<Finansieringslinje, 'kildeAntatt' | 'inntil' | 'linjer'>[],
  kilde: Finansieringskilde,
): string | undefined {
  const antatt = lines.filter((l) => l.kildeAntatt);
  if (antatt.length === 0) return undefined;
  const n = antatt.length;
  const inntil = antatt.filter((l) => l.inntil).length;
  const tall = (k: number) => TALLORD[k] ?? String(k);
  const hvilke =
    n === 1
      ? `beløpet på ${formatLinjer(antatt[0].linjer)}`
      : `de ${tall(n)} beløpene på linje ${oppramset(antatt.map((l) => formatLinjer(l.linjer).replace(/^linje /, '')))}`;
  const Tall = (k: number) => tall(k).replace(/^./, (c) => c.toUpperCase());
  const om =
    inntil === 0
      ? ''
      : inntil === n
        ? n === 1
          ? ' Det er et «inntil»-beløp, regnet med fullt.'
          : ` Alle ${tall(n)} er «inntil»-beløp, regnet med fullt.`
        : inntil === 1
          ? ' Ett av dem er et «inntil»-beløp, regnet med fullt.'
          : ` ${Tall(inntil)} av dem er «inntil»-beløp, regnet med fullt.`;
  return `Summen forutsetter at ${hvilke}, der planen ikke sier hvor pengene kommer fra, er ${kildeNavn(kilde).toLocaleLowerCase('nb')}.${om}`;
}

/** The finding's `forutsetning` field, or nothing. */
function forutsetning(lines: Parameters<typeof forutsetningFor>[0], kilde: Finansieringskilde) {
  const tekst = forutsetningFor(lines, kilde);
  return tekst ? { forutsetning: tekst } : {};
}

function tiltakInDelmal(ctx: PlanContext, nr: number): TiltakEntry[] {
  return ctx.tiltak.filter((t) => t.data.delmal !== null && ctx.delmalNr.get(t.data.delmal) === nr);
}

/** Columns about exactly one source and one known year: the only ones a tiltak's lines can be set against. */
function sourceYearColumns(
  tabell: OppgittTabell,
): { kolonne: Kolonne; kilde: Finansieringskilde; aar: number }[] {
  return tabell.kolonner.flatMap((kolonne) => {
    const aar = columnYear(tabell, kolonne);
    return kolonne.finansieringskilde !== undefined && aar !== null
      ? [{ kolonne, kilde: kolonne.finansieringskilde, aar }]
      : [];
  });
}

export function delmalAgainstTiltakRule(ctx: PlanContext): Draft[] {
  return ctx.plan.data.oppgitteTabeller.flatMap((tabell) => {
    const figures = [
      ...wholeDelmalRows(tabell)
        .filter((r) => r.delmal !== null)
        .map((r) => ({
          delmal: r.delmal!,
          sted: `raden «${r.etikett}»`,
          key: `d${r.delmal}`,
          verdier: r.verdier,
          linjer: r.linjer,
        })),
      ...tabell.delsummer.map((d) => ({
        delmal: d.delmal,
        sted: `delsummen «${d.etikett}»`,
        key: `delsum-d${d.delmal}`,
        verdier: d.verdier,
        linjer: d.linjer,
      })),
    ];
    return sourceYearColumns(tabell).flatMap(({ kolonne, kilde, aar }) =>
      figures.flatMap((fig) => {
        const oppgitt = cell(fig.verdier, kolonne);
        const lines = matchingLines(ctx, tiltakInDelmal(ctx, fig.delmal), kilde, aar);
        const beregnet = addedUpMismatch(
          oppgitt,
          lines.map((l) => l.belop!),
        );
        if (oppgitt === null || beregnet === null) return [];
        return [
          {
            regel: 'delmal-mot-tiltak' as const,
            idDeler: [tabell.id, fig.key, kolonne.id],
            delmal: fig.delmal,
            gjelder: `${kildeNavn(kilde)} til delmål ${fig.delmal} i ${aar}: ${fig.sted}, kolonnen «${kolonne.etikett}», i tabellen «${tabell.tittel}»`,
            oppgitt,
            beregnet,
            oppgittEtikett: 'Oppgitt i tabellen',
            beregnetEtikett: 'Summen av tiltakenes egne beløp',
            kildeOppgitt: ctx.ref(tabell, fig.linjer),
            kildeBeregnet: lines.map((l) => ctx.ref(null, l.linjer)),
            ...forutsetning(lines, kilde),
          },
        ];
      }),
    );
  });
}

export function tiltakRowRule(ctx: PlanContext): Draft[] {
  const byId = new Map(ctx.tiltak.map((t) => [t.id, t]));
  return ctx.plan.data.oppgitteTabeller.flatMap((tabell) =>
    tabell.rader.flatMap((row) => {
      const tiltak = row.tiltak ? byId.get(row.tiltak) : undefined;
      if (!tiltak) return [];
      return sourceYearColumns(tabell).flatMap(({ kolonne, kilde, aar }) => {
        const oppgitt = cell(row.verdier, kolonne);
        const lines = matchingLines(ctx, [tiltak], kilde, aar);
        const beregnet = addedUpMismatch(
          oppgitt,
          lines.map((l) => l.belop!),
        );
        if (oppgitt === null || beregnet === null) return [];
        const nr = row.nr ?? tiltak.data.nrOversikt ?? tiltak.data.nr;
        return [
          {
            regel: 'tiltaksrad-mot-tiltak' as const,
            idDeler: [tabell.id, tiltak.id, kolonne.id],
            delmal: row.delmal,
            gjelder: `${kildeNavn(kilde)} til tiltak ${nr} «${row.etikett}» i ${aar}, kolonnen «${kolonne.etikett}» i tabellen «${tabell.tittel}»`,
            oppgitt,
            beregnet,
            oppgittEtikett: 'Oppgitt i tabellen',
            beregnetEtikett: 'Tiltakets egne beløp',
            kildeOppgitt: ctx.ref(tabell, row.linjer),
            kildeBeregnet: lines.map((l) => ctx.ref(null, l.linjer)),
            ...forutsetning(lines, kilde),
          },
        ];
      });
    }),
  );
}
