/**
 * Views for «who pays for what»: the /penger/ page, an actor's «what it funds» section, and the
 * per-funder CSV. Pure; the figures come from src/lib/money/funders.ts.
 */
import { makeChartData, type BudgetChartData } from './chartData.ts';
import { formatLinjer } from '../format.ts';
import {
  aktorFinansierer,
  finansieringsposter,
  finansiorer,
  finansiorerMotPiloter,
  kilderMotPiloter,
  sumVerdi,
  type AktorFinansiering,
  type FinansieringsPost,
  type LinjeSum,
  type PengeMatrise,
} from './funders.ts';
import type { Collections } from '../loading/index.ts';
import { lagCsv } from '../csvCelle.ts';
import { urlFor, withBase } from '../urls.ts';
import { FINANSIERINGSKILDER } from '../../schemas/vocabulary.ts';

/** The address of a funder's CSV: everything it funds, line by line, with amounts. */
export const giverCsvUrl = (aktorId: string) => withBase(`/penger/${aktorId}.csv`);

/** «3 finansieringslinjer nevner penger uten beløp …» for a sum, when there are any. */
export function utenBelopMerknad(s: LinjeSum): string | null {
  if (s.linjerUtenBelop === 0) return null;
  const n = s.linjerUtenBelop;
  return `${n === 1 ? '1 finansieringslinje' : `${n} finansieringslinjer`} nevner penger uten å oppgi beløp; de er ikke med i summen.`;
}

/**
 * The chart and its table. In the table a cell with no funding line says «ingen» (the plan names
 * no money from that giver to that pilot), kept apart from «ikke oppgitt» (money named, amount not).
 */
function matriseDiagram(m: PengeMatrise): BudgetChartData {
  const ikkeNavngitt = m.rader.filter(
    (r) => r.finansior.type === 'kilde' && r.finansior.id !== 'bygdevekstmidler',
  );
  const data = makeChartData({
    id: 'penger-giver-pilot',
    tittel: 'Hvem betaler: beløp ved tiltakene per giver og pilot, slik planene oppgir dem',
    kategoriOverskrift: 'Giver',
    kategorier: m.rader.map((r) => r.finansior.navn),
    serier: m.piloter.map((p, j) => ({ navn: p.navn, verdier: m.rader.map((r) => sumVerdi(r.celler[j])) })),
    sum: m.kolonneSum.map((s) => s.belop),
    merknader: [
      'Hver finansieringslinje står i nøyaktig én rad: under giveren når planen navngir den, ellers under typen kilde. Radene kan derfor legges sammen.',
      ...(ikkeNavngitt.length > 0
        ? ['«Giver ikke navngitt» betyr at planen bare oppgir typen kilde; vi gjetter ikke hvem som betaler.']
        : []),
      '«Ingen» betyr at planen ikke nevner penger fra giveren til piloten; «ikke oppgitt» at den nevner penger uten beløp.',
      ...[utenBelopMerknad(m.total)].filter((x): x is string => x !== null),
    ],
  });
  data.tabell.rader.forEach((rad, i) => {
    rad.tekster = rad.tekster.map((t, j) => (m.rader[i].celler[j] === null ? 'ingen' : t));
  });
  return data;
}

/** Kinds of source against pilots, as a chart with its table («ingen» where a pilot has no line of a kind). */
function kildeDiagram(c: Collections): BudgetChartData | null {
  const k = kilderMotPiloter(c);
  if (k.rader.length === 0) return null;
  const data = makeChartData({
    id: 'penger-kilde-pilot',
    tittel: 'Beløp ved tiltakene per type kilde og pilot',
    kategoriOverskrift: 'Type kilde',
    kategorier: k.rader.map((r) => r.navn),
    serier: k.piloter.map((p, j) => ({ navn: p.navn, verdier: k.rader.map((r) => sumVerdi(r.celler[j])) })),
    sum: k.piloter.map((_, j) => k.rader.reduce((s, r) => s + (r.celler[j]?.belop ?? 0), 0)),
    merknader: [
      'Typene er kolonnene i planenes egne budsjettabeller; typer ingen plan bruker ved tiltakene, er utelatt.',
      '«Ingen» betyr at piloten ikke har noen finansieringslinje av denne typen ved tiltakene.',
    ],
  });
  data.tabell.rader.forEach((rad, i) => {
    rad.tekster = rad.tekster.map((t, j) => (k.rader[i].celler[j] === null ? 'ingen' : t));
  });
  return data;
}

export interface GiverOversikt {
  aktor: string;
  navn: string;
  total: LinjeSum;
  csv: string;
  finansiering: AktorFinansiering;
}

export function pengerSide(c: Collections) {
  const matrise = finansiorerMotPiloter(c);
  const givere: GiverOversikt[] = finansiorer(c).map((f) => ({
    ...f,
    csv: giverCsvUrl(f.aktor),
    finansiering: aktorFinansierer(c, f.aktor)!,
  }));
  const piloterUtenPlan = c.piloter
    .filter((p) => !c.handlingsplaner.some((h) => h.data.pilot === p.id))
    .map((p) => ({ id: p.id, navn: p.data.navn }))
    .sort((a, b) => a.navn.localeCompare(b.navn, 'nb'));
  return {
    matrise,
    diagram: matrise.rader.length > 0 ? matriseDiagram(matrise) : null,
    kildeDiagram: kildeDiagram(c),
    givere,
    piloterUtenPlan,
    kilder: FINANSIERINGSKILDER.map((k) => ({ id: k.id, navn: k.navn, forklaring: k.forklaring })),
    planer: [...c.handlingsplaner].sort((a, b) => a.data.aar - b.data.aar).map((h) => h.data.kilde),
  };
}

/** An actor page's «what it funds»: null when the actor funds nothing we know of. */
export function aktorPenger(c: Collections, aktorId: string) {
  const f = aktorFinansierer(c, aktorId);
  if (!f) return null;
  const pilotNavn = new Map(c.piloter.map((p) => [p.id, p.data.navn]));
  return {
    ...f,
    pilotNavn: Object.fromEntries(pilotNavn),
    csv: giverCsvUrl(aktorId),
    merknad: utenBelopMerknad(f.total),
  };
}

export const GIVER_CSV_KOLONNER = [
  'pilot',
  'planAar',
  'delmal',
  'nr',
  'tiltak',
  'kilde',
  'belop',
  'aar',
  'formal',
  'dokument',
  'linjer',
  'url',
] as const;

/** Everything one funder funds, one funding line per row, as CSV; `opphav` makes the links absolute. */
export function giverCsv(c: Collections, aktorId: string, opphav: string): string {
  const pilotNavn = new Map(c.piloter.map((p) => [p.id, p.data.navn]));
  const dokTittel = new Map(c.kilder.map((k) => [k.id, k.data.tittel]));
  const kildeNavn = new Map(FINANSIERINGSKILDER.map((k) => [k.id as string, k.navn as string]));
  const poster: FinansieringsPost[] = finansieringsposter(c).filter((p) => p.giver === aktorId);
  return lagCsv(
    GIVER_CSV_KOLONNER,
    poster.map((p) => [
      pilotNavn.get(p.pilot) ?? p.pilot,
      p.planAar,
      p.delmal,
      p.nr,
      p.tittel,
      kildeNavn.get(p.kilde) ?? p.kilde,
      p.belop,
      p.aar,
      p.formal,
      dokTittel.get(p.dokument) ?? p.dokument,
      formatLinjer(p.linjer).replace(/^linje /, ''),
      new URL(urlFor.tiltak(p.tiltak), opphav).href,
    ]),
  );
}
