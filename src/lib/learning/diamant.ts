/**
 * The capacity diamond (kapasitetsdiamant), derived for pages and charts (pure). Scores are shown
 * as stated; a dimension the source does not score stays null («ikke oppgitt») and is never
 * filled in. Totals are the stated ones; the sum of stated scores is shown beside them, and the
 * checks (src/lib/checks/diamond.ts) report where the two cannot agree.
 */
import type { KildeRef } from '../../schemas/common.ts';
import { KAPASITET_DIMENSJONER, type KapasitetDimensjon } from '../../schemas/vocabulary.ts';
import { DIAMANT_MAKS } from '../../schemas/kapasitetsdiamant.ts';
import type { Collections } from '../loading/index.ts';
import { compareNb, formatTall } from '../format.ts';

export interface DiamantCelle {
  dimensjon: KapasitetDimensjon;
  navn: string;
  /** The stated score, or null when the source does not state it. */
  skar: number | null;
  kilde: KildeRef | null;
}

export interface DiamantRundeVisning {
  runde: string;
  /** The stated total, or null. */
  sum: number | null;
  sumKilde: KildeRef | null;
  /** All five dimensions in the vocabulary's order. */
  dimensjoner: DiamantCelle[];
  /** Sum of the stated scores, and how many are stated. */
  oppgittSum: number;
  antallOppgitt: number;
  merknader: string[];
}

export interface DiamantKommune {
  id: string;
  kommune: string;
  initiativ: string;
  runder: DiamantRundeVisning[];
  /** Last stated total minus first stated total; null unless both are stated. */
  endring: number | null;
  kilde: KildeRef;
}

type DiamantEntry = Collections['kapasitetsdiamant'][number];

export function diamantKommune(d: DiamantEntry): DiamantKommune {
  const runder = d.data.runder.map((r): DiamantRundeVisning => {
    const dimensjoner = KAPASITET_DIMENSJONER.map((dim): DiamantCelle => {
      const s = r.dimensjoner.find((x) => x.dimensjon === dim.id);
      return { dimensjon: dim.id, navn: dim.navn, skar: s?.skar ?? null, kilde: s?.kilde ?? null };
    });
    return {
      runde: r.runde,
      sum: r.sum?.verdi ?? null,
      sumKilde: r.sum?.kilde ?? null,
      dimensjoner,
      oppgittSum: r.dimensjoner.reduce((s, x) => s + x.skar, 0),
      antallOppgitt: r.dimensjoner.length,
      merknader: r.merknader,
    };
  });
  const first = runder[0]?.sum ?? null;
  const last = runder.length > 1 ? runder[runder.length - 1].sum : null;
  return {
    id: d.id,
    kommune: d.data.kommune,
    initiativ: d.data.initiativ,
    runder,
    endring: first !== null && last !== null ? last - first : null,
    kilde: d.data.kilde,
  };
}

/** One initiative's diamonds, kommuner sorted by name. */
export function diamanterFor(c: Pick<Collections, 'kapasitetsdiamant'>, initiativ: string): DiamantKommune[] {
  return c.kapasitetsdiamant
    .filter((d) => d.data.initiativ === initiativ)
    .map(diamantKommune)
    .sort((a, b) => compareNb(a.kommune, b.kommune));
}

/** The rounds of a set of diamonds, in the order they first appear (the order they were held). */
export function runderI(diamanter: readonly DiamantKommune[]): string[] {
  const seen: string[] = [];
  for (const d of diamanter) for (const r of d.runder) if (!seen.includes(r.runde)) seen.push(r.runde);
  return seen;
}

export const formatPoeng = (n: number | null): string => (n === null ? 'ikke oppgitt' : formatTall(n));

// --- The chart: one radar («diamond») per kommune, the five dimensions as spokes and one outline
// per round, drawn in SVG at build time. Only stated scores are drawn; nothing is filled in.

export interface RadarAkse {
  navn: string;
  /** End of the spoke (score 10). */
  x: number;
  y: number;
  /** Where the label stands, its anchor and its lines (long names break at spaces). */
  tekstX: number;
  tekstY: number;
  anker: 'start' | 'middle' | 'end';
  linjer: string[];
}

export interface RadarSerie {
  runde: string;
  /** Index of the round: its line style and legend entry. */
  serie: number;
  /** The outline through all five scores; null unless all five are stated. */
  polygon: string | null;
  /** A mark per stated score. */
  punkter: { x: number; y: number; verdi: number; navn: string }[];
  /** The round in words, for the chart's text alternative. */
  tekst: string;
}

export interface DiamantRadar {
  id: string;
  kommune: string;
  bredde: number;
  hoyde: number;
  cx: number;
  cy: number;
  /** The scale's rings (2, 4, … 10) as polygons. */
  ringer: { verdi: number; punkter: string }[];
  akser: RadarAkse[];
  serier: RadarSerie[];
  /** The whole chart in words (its aria-label); the table beside it holds the same figures. */
  beskrivelse: string;
}

const RADIUS = 80;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Point on spoke `i` (of five, the first straight up) at `andel` (0–1) of the radius. */
function punkt(cx: number, cy: number, i: number, andel: number): [number, number] {
  const vinkel = -Math.PI / 2 + (i * 2 * Math.PI) / KAPASITET_DIMENSJONER.length;
  return [round1(cx + Math.cos(vinkel) * RADIUS * andel), round1(cy + Math.sin(vinkel) * RADIUS * andel)];
}

const polygon = (ps: [number, number][]) => ps.map(([x, y]) => `${x},${y}`).join(' ');

/** «Tidsressurser til utvikling» → two lines, so labels stay inside the chart on a phone. */
function brytNavn(navn: string): string[] {
  const ord = navn.split(' ');
  if (ord.length < 3) return [navn];
  return [ord[0], ord.slice(1).join(' ')];
}

/**
 * Geometry for one kommune's radar, on the diamond's own scale (each dimension 0–10), with the
 * rounds `runder` in the order they were held. A round without scores per dimension gets no mark
 * and says so in the text alternative.
 */
export function diamantRadar(d: DiamantKommune, runder: readonly string[]): DiamantRadar {
  const bredde = 420;
  const hoyde = 250;
  const cx = bredde / 2;
  const cy = 128;
  const n = KAPASITET_DIMENSJONER.length;
  const ringer = [2, 4, 6, 8, 10]
    .filter((v) => v <= DIAMANT_MAKS)
    .map((verdi) => ({
      verdi,
      punkter: polygon(KAPASITET_DIMENSJONER.map((_, i) => punkt(cx, cy, i, verdi / DIAMANT_MAKS))),
    }));
  const akser = KAPASITET_DIMENSJONER.map((dim, i): RadarAkse => {
    const [x, y] = punkt(cx, cy, i, 1);
    const [tx, ty] = punkt(cx, cy, i, 1.14);
    const anker = Math.abs(tx - cx) < 1 ? 'middle' : tx < cx ? 'end' : 'start';
    return {
      navn: dim.navn,
      x,
      y,
      tekstX: tx,
      tekstY: ty < cy ? ty : ty + 8,
      anker,
      linjer: brytNavn(dim.navn),
    };
  });
  const serier = runder.map((runde, serie): RadarSerie => {
    const r = d.runder.find((x) => x.runde === runde);
    const celler = r?.dimensjoner ?? [];
    const punkter = celler.flatMap((c, i) => {
      if (c.skar === null) return [];
      const [x, y] = punkt(cx, cy, i, c.skar / DIAMANT_MAKS);
      return [{ x, y, verdi: c.skar, navn: c.navn }];
    });
    const alle = punkter.length === n;
    const tekst = !r
      ? `${runde}: ikke med`
      : punkter.length === 0
        ? `${runde}: ingen skår per dimensjon oppgitt${r.sum === null ? '' : `, samlet skår ${formatPoeng(r.sum)}`}`
        : `${runde}: ${celler.map((c) => `${c.navn} ${formatPoeng(c.skar)}`).join(', ')}`;
    return { runde, serie, polygon: alle ? polygon(punkter.map((p) => [p.x, p.y])) : null, punkter, tekst };
  });
  return {
    id: d.id,
    kommune: d.kommune,
    bredde,
    hoyde,
    cx,
    cy,
    ringer,
    akser,
    serier,
    beskrivelse: `Kapasitetsdiamanten for ${d.kommune}, hver dimensjon av ${DIAMANT_MAKS}. ${serier.map((s) => s.tekst).join('. ')}.`,
  };
}
