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

// --- The chart: stated totals per kommune and round, as horizontal bars in an SVG drawn at build time.

export interface DiamantStolpe {
  runde: string;
  /** Index of the round: the bar's fill pattern and legend entry. */
  serie: number;
  verdi: number | null;
  x: number;
  y: number;
  bredde: number;
  hoyde: number;
  /** The value as text, at the end of the bar; «ikke oppgitt» when null. */
  etikett: string;
  etikettX: number;
}

export interface DiamantDiagram {
  bredde: number;
  hoyde: number;
  /** Left edge of the bars (labels stand to the left of it). */
  x0: number;
  /** Width of the plot area: DIAMANT_MAKS * 5 points. */
  plotBredde: number;
  maks: number;
  grupper: { kommune: string; y: number; stolper: DiamantStolpe[] }[];
  akse: { verdi: number; x: number }[];
  runder: string[];
}

export const formatPoeng = (n: number | null): string => (n === null ? 'ikke oppgitt' : formatTall(n));

/**
 * Geometry for the totals chart. Every number is computed here, from the stated totals only; the
 * component just draws what it gets. The scale is the diamond's full range (0–50), so bars of
 * different kommuner and rounds compare honestly.
 */
export function diamantDiagram(diamanter: readonly DiamantKommune[]): DiamantDiagram {
  const runder = runderI(diamanter);
  const maks = DIAMANT_MAKS * KAPASITET_DIMENSJONER.length;
  const x0 = 110;
  const plotBredde = 400;
  const stolpeHoyde = 16;
  const gruppeLuft = 14;
  const topp = 8;
  const gruppeHoyde = runder.length * stolpeHoyde + gruppeLuft;
  const skala = (v: number) => (v / maks) * plotBredde;
  const grupper = diamanter.map((d, gi) => {
    const y = topp + gi * gruppeHoyde;
    return {
      kommune: d.kommune,
      y,
      stolper: runder.map((runde, si): DiamantStolpe => {
        const verdi = d.runder.find((r) => r.runde === runde)?.sum ?? null;
        const bredde = verdi === null ? 0 : skala(verdi);
        return {
          runde,
          serie: si,
          verdi,
          x: x0,
          y: y + si * stolpeHoyde,
          bredde,
          hoyde: stolpeHoyde - 2,
          etikett: formatPoeng(verdi),
          etikettX: x0 + bredde + 4,
        };
      }),
    };
  });
  const akse = [0, 10, 20, 30, 40, 50]
    .filter((v) => v <= maks)
    .map((verdi) => ({ verdi, x: x0 + skala(verdi) }));
  return {
    bredde: x0 + plotBredde + 90,
    hoyde: topp + grupper.length * gruppeHoyde + 24,
    x0,
    plotBredde,
    maks,
    grupper,
    akse,
    runder,
  };
}
