/**
 * Consistency checks over the plans' stated figures («avvik»), as general rules (pure, no Astro).
 *
 * Every finding is computed from content: a stated figure (a table cell, a sum row, an amount in
 * the text) against what the same document's own lines give. Nothing is corrected and nothing is
 * listed by hand; a new plan is checked by the same rules the day it is added.
 *
 * Conventions every rule shares:
 * - An empty cell (null) is «ikke oppgitt»: it adds nothing, and a stated figure is only compared
 *   when at least one of the cells it should be the sum of is filled. So an empty column whose
 *   sum row says 0 or «–» is not a finding, and neither is a total whose parts are all empty.
 * - A column's year is its own `aar`, else the table's heading year. A tiltak's funding line
 *   without a year counts as the plan's year (a yearly plan's amounts are for that year).
 * - `differanse` is always `beregnet − oppgitt`.
 *
 * Findings are sorted by pilot, plan year, rule (in the order of AVVIK_REGLER), delmål (none
 * last) and id, so pages and exports list them the same way on every build.
 */
import type { KildeRef } from '../../schemas/common.ts';
import { RAD_KATEGORIER, type OppgittTabell } from '../../schemas/handlingsplan.ts';
import {
  FINANSIERINGSKILDER,
  KAPASITET_DIMENSJONER,
  type Finansieringskilde,
} from '../../schemas/vocabulary.ts';
import { DIAMANT_MAKS } from '../../schemas/kapasitetsdiamant.ts';
import type { Collections } from '../loading/index.ts';
import {
  compareNb,
  formatKroner,
  formatKronerMedFortegn,
  formatTall,
  formatTallMedFortegn,
} from '../format.ts';
import { slug } from '../slug.ts';

/** The rules, with the plain-Norwegian title and explanation shown on «Når tallene ikke stemmer». */
export const AVVIK_REGLER = [
  {
    id: 'sumrad',
    tittel: 'Summen i tabellen stemmer ikke med radene',
    forklaring:
      'Vi legger sammen radene i hver kolonne i en budsjettabell og sammenligner med summen tabellen selv oppgir nederst. Tomme celler teller ikke med.',
    enhet: 'kr',
  },
  {
    id: 'delsum',
    tittel: 'En delsum stemmer ikke med radene over',
    forklaring:
      'Noen tabeller har en delsum («Til sammen») for hvert delmål. Vi legger sammen radene som hører til delmålet og sammenligner med delsummen.',
    enhet: 'kr',
  },
  {
    id: 'totalkolonne',
    tittel: 'Totalen i en rad stemmer ikke med kolonnene',
    forklaring:
      'Når en tabell har en kolonne for totalbudsjettet, skal den være summen av årene eller finansieringskildene i samme rad. Vi legger sammen kolonnene og sammenligner med totalen.',
    enhet: 'kr',
  },
  {
    id: 'samme-tall-ulike-steder',
    tittel: 'Det samme tallet er oppgitt forskjellig to steder',
    forklaring:
      'Vi sammenligner tall i samme plan som gjelder det samme: samme delmål (eller samme type rad, som prosjektledelse), samme finansieringskilde og samme år. Det gjelder både tabellene og beløp som står i teksten. Beløp i teksten uten årstall tar vi ikke med, fordi vi ikke vet hvilket år de gjelder. Tallet som står først i dokumentet, regnes som det oppgitte.',
    enhet: 'kr',
  },
  {
    id: 'delmal-mot-tiltak',
    tittel: 'Tabellens beløp for et delmål stemmer ikke med tiltakene',
    forklaring:
      'Hvert tiltak oppgir selv hvor mye penger det skal ha, og fra hvilken kilde. Vi legger sammen tiltakenes egne beløp under et delmål, for én finansieringskilde og ett år, og sammenligner med beløpet tabellen oppgir for delmålet. Vi sammenligner bare når minst ett av tiltakene oppgir et beløp fra den kilden, og bare kolonner som gjelder én kilde og ett bestemt år. Et beløp uten årstall ved tiltaket regnes til planens år.',
    enhet: 'kr',
  },
  {
    id: 'tiltaksrad-mot-tiltak',
    tittel: 'Beløpet for et tiltak i oversikten stemmer ikke med tiltaket selv',
    forklaring:
      'Noen planer har en oversiktstabell med én rad per tiltak. Vi sammenligner beløpet i raden med det tiltaket selv oppgir for samme kilde og år, når tiltaket oppgir et slikt beløp.',
    enhet: 'kr',
  },
  {
    id: 'aar-utenfor-avtaleperioden',
    tittel: 'Et år ligger utenfor avtaleperioden',
    forklaring:
      'Vi sjekker at årskolonnene i tabellene og årene ved tiltakenes beløp ligger innenfor perioden bygdevekstavtalen gjelder for. Differansen er antall år utenfor.',
    enhet: 'aar',
  },
  {
    id: 'tabellaar-mot-planaar',
    tittel: 'Tabellen er merket med et annet år enn planen',
    forklaring:
      'Når overskriften til en budsjettabell nevner et år, sammenligner vi det med året handlingsplanen gjelder for.',
    enhet: 'aar',
  },
  {
    id: 'diamant-sum',
    tittel: 'Summen i kapasitetsdiamanten stemmer ikke med skårene',
    forklaring:
      'Distriktssenterets kapasitetsdiamant har fem dimensjoner med skår fra 0 til 10. Når en rapport oppgir alle fem skårene og en samlet skår for samme kommune og runde, legger vi sammen de fem og sammenligner med den samlede skåren.',
    enhet: 'poeng',
  },
  {
    id: 'diamant-umulig-sum',
    tittel: 'Den samlede skåren i kapasitetsdiamanten kan ikke stemme med skårene som er oppgitt',
    forklaring:
      'Når en rapport bare oppgir noen av de fem skårene, kan vi likevel se om den samlede skåren er mulig: de oppgitte skårene kan ikke til sammen være større enn den, og de manglende dimensjonene kan ikke gi mer enn 10 hver.',
    enhet: 'poeng',
  },
] as const satisfies readonly {
  id: string;
  tittel: string;
  forklaring: string;
  enhet: 'kr' | 'aar' | 'poeng';
}[];

export type RegelId = (typeof AVVIK_REGLER)[number]['id'];
/** The rules over the capacity diamond: findings about an initiative's kommune, not about a plan. */
export type DiamantRegelId = 'diamant-sum' | 'diamant-umulig-sum';
type PlanRegelId = Exclude<RegelId, DiamantRegelId>;

/** One place where a stated figure does not match what the document's own lines give. */
export interface Avvik {
  /** Stable slug: rule, plan and what the figure is; the same finding keeps its id across builds. */
  id: string;
  regel: RegelId;
  pilot: string;
  /** Plan id. */
  plan: string;
  planAar: number;
  /** The delmål number the figure concerns; null for whole tables, categories and periods. */
  delmal: number | null;
  /** Which figure, in plain Norwegian. */
  gjelder: string;
  /** Kroner, years for the period rules, points for the capacity diamond. */
  enhet: 'kr' | 'aar' | 'poeng';
  /** The stated value. */
  oppgitt: number;
  /** The computed value (for «samme tall ulike steder»: the same figure as stated elsewhere). */
  beregnet: number;
  /** `beregnet − oppgitt`. */
  differanse: number;
  /** What `oppgitt` is, for a sentence like «Oppgitt sum: 1 000 000 kr». */
  oppgittEtikett: string;
  /** What `beregnet` is, e.g. «Summen av tiltakenes egne beløp». */
  beregnetEtikett: string;
  /** Where the stated figure stands. */
  kildeOppgitt: KildeRef;
  /** The lines that were added up (or compared with), in document order. */
  kildeBeregnet: KildeRef[];
}

type PlanEntry = Collections['handlingsplaner'][number];
type TiltakEntry = Collections['tiltak'][number];
type Kolonne = OppgittTabell['kolonner'][number];
type Verdier = Record<string, number | null>;
type Draft = Omit<Avvik, 'id' | 'pilot' | 'plan' | 'planAar' | 'differanse' | 'enhet'> & {
  idDeler: (string | number)[];
};

const KATEGORI_NAVN: Record<(typeof RAD_KATEGORIER)[number], string> = {
  prosjektledelse: 'prosjektledelse',
  tverrgaende: 'tverrgående tiltak',
  frikjop: 'frikjøp av intern kompetanse',
  annet: 'annet',
};

const kildeNavn = (k: Finansieringskilde | undefined) =>
  k === undefined ? 'Alle kilder' : (FINANSIERINGSKILDER.find((f) => f.id === k)?.navn ?? k);

/** A column's year: its own, else the table heading's; null when neither says. */
const columnYear = (tabell: OppgittTabell, kolonne: Kolonne): number | null =>
  kolonne.aar ?? tabell.aar ?? null;

const cell = (verdier: Verdier, kolonne: Kolonne): number | null => verdier[kolonne.id] ?? null;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** A finding's id from its parts («Fylkeskommunen 2025» → «fylkeskommunen-2025»), by the one slug rule. */
function findingId(parts: readonly (string | number)[]): string {
  return slug(parts.join('-'));
}

function byLines(a: KildeRef, b: KildeRef): number {
  return (a.linjer?.[0] ?? 0) - (b.linjer?.[0] ?? 0) || (a.linjer?.[1] ?? 0) - (b.linjer?.[1] ?? 0);
}

/** Refs in document order, each range once. */
function uniqueRefs(refs: readonly KildeRef[]): KildeRef[] {
  const seen = new Set<string>();
  return [...refs].sort(byLines).filter((r) => {
    const key = `${r.dokument}:${r.linjer?.join('-')}:${r.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Adjacent or overlapping line ranges of the same document merged, in document order, so a note
 * can say «linje 61–66, 68–69» instead of listing every row.
 */
export function mergeKildeRefs(
  refs: readonly KildeRef[],
): { dokument: string | undefined; linjer: [number, number][] }[] {
  const byDoc = new Map<string | undefined, [number, number][]>();
  for (const r of refs) {
    if (!r.linjer) continue;
    const list = byDoc.get(r.dokument) ?? [];
    list.push([r.linjer[0], r.linjer[1]]);
    byDoc.set(r.dokument, list);
  }
  return [...byDoc.entries()].map(([dokument, ranges]) => {
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: [number, number][] = [];
    for (const [from, to] of ranges) {
      const last = merged.at(-1);
      if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    return { dokument, linjer: merged };
  });
}

interface PlanContext {
  plan: PlanEntry;
  tiltak: TiltakEntry[];
  /** delmål id → number, for the tiltak of this plan. */
  delmalNr: Map<string, number>;
  periode: { fra: number | null; til: number | null; kilder: KildeRef[] };
  ref: (tabell: OppgittTabell | null, linjer: readonly [number, number]) => KildeRef;
}

// ---------- (a) sum row, (b) delsum, (c) total column ----------

function sumRowRule(ctx: PlanContext): Draft[] {
  return ctx.plan.data.oppgitteTabeller.flatMap((tabell) => {
    if (!tabell.sum) return [];
    const sumRow = tabell.sum;
    return tabell.kolonner.flatMap((kolonne) => {
      const oppgitt = cell(sumRow.verdier, kolonne);
      const filled = tabell.rader.filter((r) => cell(r.verdier, kolonne) !== null);
      if (oppgitt === null || filled.length === 0) return [];
      const beregnet = sum(filled.map((r) => cell(r.verdier, kolonne)!));
      if (beregnet === oppgitt) return [];
      return [
        {
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
        },
      ];
    });
  });
}

function delsumRule(ctx: PlanContext): Draft[] {
  return ctx.plan.data.oppgitteTabeller.flatMap((tabell) =>
    tabell.delsummer.flatMap((delsum) =>
      tabell.kolonner.flatMap((kolonne) => {
        const oppgitt = cell(delsum.verdier, kolonne);
        const filled = tabell.rader.filter(
          (r) => r.delmal === delsum.delmal && cell(r.verdier, kolonne) !== null,
        );
        if (oppgitt === null || filled.length === 0) return [];
        const beregnet = sum(filled.map((r) => cell(r.verdier, kolonne)!));
        if (beregnet === oppgitt) return [];
        return [
          {
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
          },
        ];
      }),
    ),
  );
}

/**
 * The columns a total column adds up: every non-total column within its scope (the same source
 * if the total names one, the same year if the total names one).
 */
function componentsOf(tabell: OppgittTabell, total: Kolonne): Kolonne[] {
  return tabell.kolonner.filter(
    (k) =>
      !k.total &&
      (total.finansieringskilde === undefined || k.finansieringskilde === total.finansieringskilde) &&
      (total.aar === undefined || k.aar === total.aar),
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

function totalColumnRule(ctx: PlanContext): Draft[] {
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
          if (oppgitt === null || parts.length === 0) return [];
          const beregnet = sum(parts);
          if (beregnet === oppgitt) return [];
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

/** A row's key for ids: its tiltak, delmål or category, else its position. */
function rowKey(r: OppgittTabell['rader'][number], index: number): string {
  if (r.tiltak) return r.tiltak;
  if (r.delmal !== null) return `d${r.delmal}`;
  if (r.kategori) return r.kategori;
  return `rad-${index + 1}`;
}

/**
 * Rows that stand for a whole delmål (or category) in their table: no tiltak id, and the only row
 * of that delmål (category) in the table. Several rows under one delmål are its parts (tiltak),
 * whatever the content says about them, so none of them is the delmål's figure.
 */
function wholeDelmalRows(tabell: OppgittTabell): OppgittTabell['rader'] {
  const scopeOf = (r: OppgittTabell['rader'][number]) =>
    r.delmal !== null ? `d${r.delmal}` : (r.kategori ?? null);
  const counts = new Map<string, number>();
  for (const r of tabell.rader) {
    const scope = scopeOf(r);
    if (scope !== null) counts.set(scope, (counts.get(scope) ?? 0) + 1);
  }
  return tabell.rader.filter((r) => {
    const scope = scopeOf(r);
    return !r.tiltak && scope !== null && counts.get(scope) === 1;
  });
}

// ---------- (d) the same figure stated in two places ----------

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

function sameFigureRule(ctx: PlanContext): Draft[] {
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

// ---------- (e) stated figures against the tiltak's own funding lines ----------

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

function delmalAgainstTiltakRule(ctx: PlanContext): Draft[] {
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
        if (oppgitt === null || lines.length === 0) return [];
        const beregnet = sum(lines.map((l) => l.belop!));
        if (beregnet === oppgitt) return [];
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
          },
        ];
      }),
    );
  });
}

function tiltakRowRule(ctx: PlanContext): Draft[] {
  const byId = new Map(ctx.tiltak.map((t) => [t.id, t]));
  return ctx.plan.data.oppgitteTabeller.flatMap((tabell) =>
    tabell.rader.flatMap((row) => {
      const tiltak = row.tiltak ? byId.get(row.tiltak) : undefined;
      if (!tiltak) return [];
      return sourceYearColumns(tabell).flatMap(({ kolonne, kilde, aar }) => {
        const oppgitt = cell(row.verdier, kolonne);
        const lines = matchingLines(ctx, [tiltak], kilde, aar);
        if (oppgitt === null || lines.length === 0) return [];
        const beregnet = sum(lines.map((l) => l.belop!));
        if (beregnet === oppgitt) return [];
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
          },
        ];
      });
    }),
  );
}

// ---------- (f) years ----------

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

function periodRule(ctx: PlanContext): Draft[] {
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

function tableYearRule(ctx: PlanContext): Draft[] {
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

const RULES: Record<PlanRegelId, (ctx: PlanContext) => Draft[]> = {
  sumrad: sumRowRule,
  delsum: delsumRule,
  totalkolonne: totalColumnRule,
  'samme-tall-ulike-steder': sameFigureRule,
  'delmal-mot-tiltak': delmalAgainstTiltakRule,
  'tiltaksrad-mot-tiltak': tiltakRowRule,
  'aar-utenfor-avtaleperioden': periodRule,
  'tabellaar-mot-planaar': tableYearRule,
};

const RULE_ORDER = new Map<string, number>(AVVIK_REGLER.map((r, i) => [r.id, i]));
const ENHET = new Map<string, 'kr' | 'aar' | 'poeng'>(AVVIK_REGLER.map((r) => [r.id, r.enhet]));

function contextFor(c: Collections, plan: PlanEntry): PlanContext {
  const pilot = c.piloter.find((p) => p.id === plan.data.pilot);
  const dokument = plan.data.dokument;
  return {
    plan,
    tiltak: c.tiltak.filter((t) => t.data.plan === plan.id),
    delmalNr: new Map(c.delmal.filter((d) => d.data.pilot === plan.data.pilot).map((d) => [d.id, d.data.nr])),
    periode: {
      fra: pilot?.data.avtale.periodeFra ?? null,
      til: pilot?.data.avtale.periodeTil ?? null,
      kilder: pilot?.data.avtale.kilder ?? [],
    },
    ref: (tabell, linjer) => ({
      dokument: tabell?.kilde.dokument ?? dokument,
      linjer: [linjer[0], linjer[1]],
    }),
  };
}

function compareAvvik(a: Avvik, b: Avvik): number {
  return (
    compareNb(a.pilot, b.pilot) ||
    a.planAar - b.planAar ||
    compareNb(a.plan, b.plan) ||
    RULE_ORDER.get(a.regel)! - RULE_ORDER.get(b.regel)! ||
    (a.delmal ?? Infinity) - (b.delmal ?? Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** All findings for one plan, sorted. */
export function checkPlan(c: Collections, planId: string): Avvik[] {
  const plan = c.handlingsplaner.find((h) => h.id === planId);
  if (!plan) throw new Error(`Handlingsplanen «${planId}» finnes ikke i innholdet`);
  const ctx = contextFor(c, plan);
  const avvik = (Object.keys(RULES) as PlanRegelId[]).flatMap((regel) =>
    RULES[regel](ctx).map(({ idDeler, ...d }): Avvik => ({
      ...d,
      id: findingId([regel, plan.id, ...idDeler]),
      pilot: plan.data.pilot,
      plan: plan.id,
      planAar: plan.data.aar,
      enhet: ENHET.get(regel)!,
      differanse: d.beregnet - d.oppgitt,
      kildeBeregnet: uniqueRefs(d.kildeBeregnet),
    })),
  );
  return uniqueIds(avvik.sort(compareAvvik));
}

/** Ids are built from content keys; should two still meet (e.g. two rows alike), number them in sorted order. */
function uniqueIds(avvik: Avvik[]): Avvik[] {
  const seen = new Map<string, number>();
  return avvik.map((a) => {
    const n = (seen.get(a.id) ?? 0) + 1;
    seen.set(a.id, n);
    return n === 1 ? a : { ...a, id: `${a.id}-${n}` };
  });
}

/** All findings in all plans, sorted (see the module comment). */
export function findAvvik(c: Collections): Avvik[] {
  return c.handlingsplaner.flatMap((h) => checkPlan(c, h.id)).sort(compareAvvik);
}

/** The findings about one pilot, plan or delmål (number), for notes on those pages. */
export function avvikFor(
  avvik: readonly Avvik[],
  filter: { pilot?: string; plan?: string; delmal?: number | null },
): Avvik[] {
  return avvik.filter(
    (a) =>
      (filter.pilot === undefined || a.pilot === filter.pilot) &&
      (filter.plan === undefined || a.plan === filter.plan) &&
      (filter.delmal === undefined || a.delmal === filter.delmal),
  );
}

/** Document id → title, so a note can name the document a line number belongs to. */
export function dokumentTitler(c: Pick<Collections, 'kilder'>): Record<string, string> {
  return Object.fromEntries(c.kilder.map((k) => [k.id, k.data.tittel]));
}

export interface AvvikReport {
  /** Findings in all plans. */
  antall: number;
  /** Findings in other documents, about initiatives (the capacity diamond). */
  antallInitiativ: number;
  /** Initiatives with stated figures the checks read, sorted by name; with or without findings. */
  initiativer: { initiativ: string; navn: string; avvik: InitiativAvvik[] }[];
  /** Plans checked (with or without findings). */
  antallPlaner: number;
  /** Every rule, with how many findings it gave. */
  regler: ((typeof AVVIK_REGLER)[number] & { antall: number })[];
  /** Pilots that have at least one plan, sorted by name; every plan listed, also those without findings. */
  piloter: {
    pilot: string;
    navn: string;
    planer: { plan: string; aar: number; tittel: string; avvik: Avvik[] }[];
  }[];
}

/** Everything the data-quality page shows: the rules with counts, and the findings by pilot and plan. */
export function avvikReport(c: Collections, avvik: readonly Avvik[] = findAvvik(c)): AvvikReport {
  const piloter = c.piloter
    .map((p) => ({
      pilot: p.id,
      navn: p.data.navn,
      planer: c.handlingsplaner
        .filter((h) => h.data.pilot === p.id)
        .sort((a, b) => a.data.aar - b.data.aar || compareNb(a.id, b.id))
        .map((h) => ({
          plan: h.id,
          aar: h.data.aar,
          tittel: h.data.tittel,
          avvik: avvik.filter((a) => a.plan === h.id),
        })),
    }))
    .filter((p) => p.planer.length > 0)
    .sort((a, b) => compareNb(a.navn, b.navn));
  const initiativAvvik = findInitiativAvvik(c);
  const medDiamant = new Set(c.kapasitetsdiamant.map((d) => d.data.initiativ));
  const initiativer = c.initiativer
    .filter((i) => medDiamant.has(i.id))
    .map((i) => ({
      initiativ: i.id,
      navn: i.data.navn,
      avvik: initiativAvvik.filter((a) => a.initiativ === i.id),
    }))
    .sort((a, b) => compareNb(a.navn, b.navn));
  const alle: { regel: string }[] = [...avvik, ...initiativAvvik];
  return {
    antall: avvik.length,
    antallInitiativ: initiativAvvik.length,
    antallPlaner: c.handlingsplaner.length,
    regler: AVVIK_REGLER.map((r) => ({ ...r, antall: alle.filter((a) => a.regel === r.id).length })),
    piloter,
    initiativer,
  };
}

function value(a: Pick<Avvik, 'enhet'>, n: number, signed = false): string {
  if (a.enhet === 'aar') return signed ? `${formatTallMedFortegn(n)} år` : String(n);
  if (a.enhet === 'poeng') return `${signed ? formatTallMedFortegn(n) : formatTall(n)} poeng`;
  return signed ? formatKronerMedFortegn(n) : formatKroner(n);
}

/** One source line for a note: a document (title where known) with merged line ranges, or a web address. */
export interface KildeTekst {
  tekst: string;
  url?: string;
}

function kildeTekster(refs: readonly KildeRef[], titler: Record<string, string>): KildeTekst[] {
  const documents = mergeKildeRefs(refs).map(({ dokument, linjer }) => {
    const ranges = linjer.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
    const name = dokument ? (titler[dokument] ?? dokument) : 'dokumentet';
    // «linje 12–30» as in formatLinjer (src/lib/format.ts), with several ranges comma-separated.
    return { tekst: `${name}, linje ${ranges.join(', ')}` };
  });
  const documentsWithoutLines = refs
    .filter((r) => !r.linjer && r.dokument)
    .map((r) => ({ tekst: titler[r.dokument!] ?? r.dokument! }));
  const pages = refs.filter((r) => r.url).map((r) => ({ tekst: r.url!, url: r.url! }));
  return [...documents, ...documentsWithoutLines, ...pages];
}

const ADDED_UP = new Set<RegelId>([
  'diamant-sum',
  'diamant-umulig-sum',
  'sumrad',
  'delsum',
  'totalkolonne',
  'delmal-mot-tiltak',
  'tiltaksrad-mot-tiltak',
]);

/**
 * A finding in plain sentences, e.g. «Oppgitt sum: 1 000 000 kr. Summen av radene: 1 100 000 kr.
 * Differanse: +100 000 kr.», with where each figure stands. `titler` maps document ids to titles.
 */
export function describeAvvik(
  a: Avvik | InitiativAvvik,
  titler: Record<string, string> = {},
): {
  sammenligning: string;
  kildeOppgitt: KildeTekst[];
  kildeBeregnetEtikett: string;
  kildeBeregnet: KildeTekst[];
} {
  return {
    sammenligning: `${a.oppgittEtikett}: ${value(a, a.oppgitt)}. ${a.beregnetEtikett}: ${value(a, a.beregnet)}. Differanse: ${value(a, a.differanse, true)}.`,
    kildeOppgitt: kildeTekster([a.kildeOppgitt], titler),
    kildeBeregnetEtikett: ADDED_UP.has(a.regel) ? 'Lagt sammen fra' : 'Sammenlignet med',
    kildeBeregnet: kildeTekster(a.kildeBeregnet, titler),
  };
}

/** The rule's title, for a note that lists findings of several rules. */
export function regelTittel(regel: RegelId): string {
  return AVVIK_REGLER.find((r) => r.id === regel)?.tittel ?? regel;
}

// ---------------------------------------------------------------------------------------------
// The capacity diamond (kapasitetsdiamant): stated scores in a report about an initiative.

/** A finding about a stated figure in an initiative's document, e.g. a diamond total. */
export interface InitiativAvvik extends Omit<Avvik, 'regel' | 'pilot' | 'plan' | 'planAar' | 'delmal'> {
  regel: DiamantRegelId;
  /** Initiative id. */
  initiativ: string;
  /** The kommune's name (a plain name: initiative kommuner are not pilot kommuner). */
  kommune: string;
  /** The round as the source names it. */
  runde: string;
}

/**
 * Checks every stated diamond total against the stated dimension scores of the same round.
 * All five stated: their sum must equal the total. Some stated: the total must lie between
 * their sum and their sum plus the maximum the missing dimensions could give.
 */
export function findInitiativAvvik(c: Pick<Collections, 'kapasitetsdiamant'>): InitiativAvvik[] {
  const funn: InitiativAvvik[] = [];
  for (const d of c.kapasitetsdiamant) {
    for (const r of d.data.runder) {
      if (!r.sum || r.dimensjoner.length === 0) continue;
      const kjent = r.dimensjoner.reduce((s, x) => s + x.skar, 0);
      const mangler = KAPASITET_DIMENSJONER.length - r.dimensjoner.length;
      const felles = {
        initiativ: d.data.initiativ,
        kommune: d.data.kommune,
        runde: r.runde,
        enhet: 'poeng' as const,
        oppgitt: r.sum.verdi,
        oppgittEtikett: 'Oppgitt samlet skår',
        kildeOppgitt: r.sum.kilde,
        kildeBeregnet: uniqueRefs(r.dimensjoner.map((x) => x.kilde)),
      };
      const id = (regel: string) => findingId([regel, d.data.initiativ, d.data.kommune, r.runde]);
      if (mangler === 0 && kjent !== r.sum.verdi) {
        funn.push({
          ...felles,
          id: id('diamant-sum'),
          regel: 'diamant-sum',
          gjelder: `Samlet skår i kapasitetsdiamanten for ${d.data.kommune}, ${r.runde}`,
          beregnet: kjent,
          beregnetEtikett: 'Summen av de fem skårene',
          differanse: kjent - r.sum.verdi,
        });
      } else if (mangler > 0) {
        const hoyest = kjent + mangler * DIAMANT_MAKS;
        const grense = kjent > r.sum.verdi ? kjent : hoyest < r.sum.verdi ? hoyest : null;
        if (grense === null) continue;
        funn.push({
          ...felles,
          id: id('diamant-umulig-sum'),
          regel: 'diamant-umulig-sum',
          gjelder: `Samlet skår i kapasitetsdiamanten for ${d.data.kommune}, ${r.runde} (${r.dimensjoner.length} av ${KAPASITET_DIMENSJONER.length} skårer oppgitt)`,
          beregnet: grense,
          beregnetEtikett:
            grense === kjent
              ? 'Summen av skårene som er oppgitt'
              : 'Høyeste mulige sum med de oppgitte skårene og full skår på resten',
          differanse: grense - r.sum.verdi,
        });
      }
    }
  }
  return funn.sort(
    (a, b) =>
      compareNb(a.initiativ, b.initiativ) ||
      compareNb(a.kommune, b.kommune) ||
      RULE_ORDER.get(a.regel)! - RULE_ORDER.get(b.regel)! ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
