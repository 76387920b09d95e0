/**
 * The reading side of the findings: the data-quality page's report (rules with counts, findings by
 * pilot and plan), and a finding in plain sentences with where each figure stands.
 */
import type { KildeRef } from '../../schemas/common.ts';
import type { Collections } from '../loading/index.ts';
import { urlFor } from '../urls.ts';
import {
  compareNb,
  formatKroner,
  formatKronerMedFortegn,
  formatTall,
  formatTallMedFortegn,
} from '../format.ts';
import { findInitiativAvvik, type InitiativAvvik } from './diamond.ts';
import { findAvvik } from './engine.ts';
import type { Avvik } from './finding.ts';
import { AVVIK_REGLER, type RegelId } from './ruleTable.ts';

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

function value(a: Pick<Avvik, 'enhet'>, n: number, signed = false): string {
  if (a.enhet === 'aar') return signed ? `${formatTallMedFortegn(n)} år` : String(n);
  if (a.enhet === 'poeng') return `${signed ? formatTallMedFortegn(n) : formatTall(n)} poeng`;
  return signed ? formatKronerMedFortegn(n) : formatKroner(n);
}

/**
 * One source line for a note: a document (title where known) with merged line ranges, or a web
 * address. `tekst` is the whole line in words; `navn` and `linjer` are the same, split so that each
 * range links to its first line in the source text.
 */
export interface KildeTekst {
  tekst: string;
  url?: string;
  navn?: string;
  linjer?: { tekst: string; url: string }[];
}

function kildeTekster(refs: readonly KildeRef[], titler: Record<string, string>): KildeTekst[] {
  const documents = mergeKildeRefs(refs).map(({ dokument, linjer }) => {
    const ranges = linjer.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
    const name = dokument ? (titler[dokument] ?? dokument) : 'dokumentet';
    // «linje 12–30» as in formatLinjer (src/lib/format.ts), with several ranges comma-separated.
    const tekst = `${name}, linje ${ranges.join(', ')}`;
    if (!dokument) return { tekst };
    return {
      tekst,
      navn: name,
      linjer: ranges.map((r, i) => ({ tekst: r, url: urlFor.kildeTekst(dokument, linjer[i][0]) })),
    };
  });
  const documentsWithoutLines = refs
    .filter((r) => !r.linjer && r.dokument)
    .map((r) => ({ tekst: titler[r.dokument!] ?? r.dokument!, url: urlFor.kildeTekst(r.dokument!) }));
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
  /** What the computed figure takes for granted (src/lib/checks/againstTiltak.ts); null when nothing. */
  forutsetning: string | null;
} {
  return {
    sammenligning: `${a.oppgittEtikett}: ${value(a, a.oppgitt)}. ${a.beregnetEtikett}: ${value(a, a.beregnet)}. Differanse: ${value(a, a.differanse, true)}.`,
    kildeOppgitt: kildeTekster([a.kildeOppgitt], titler),
    kildeBeregnetEtikett: ADDED_UP.has(a.regel) ? 'Lagt sammen fra' : 'Sammenlignet med',
    kildeBeregnet: kildeTekster(a.kildeBeregnet, titler),
    forutsetning: ('forutsetning' in a ? a.forutsetning : undefined) ?? null,
  };
}

/** The rule's title, for a note that lists findings of several rules. */
export function regelTittel(regel: RegelId): string {
  return AVVIK_REGLER.find((r) => r.id === regel)?.tittel ?? regel;
}
