/**
 * What every plan rule produces and works with: the finding (`Avvik`), a rule's draft of one, the
 * plan context a rule reads, and the ids and source references findings share.
 */
import type { KildeRef } from '../../schemas/common.ts';
import type { OppgittTabell } from '../../schemas/handlingsplan.ts';
import { FINANSIERINGSKILDER, type Finansieringskilde } from '../../schemas/vocabulary.ts';
import type { Collections } from '../loading/index.ts';
import { slug } from '../slug.ts';
import type { RegelId } from './ruleTable.ts';

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
  /**
   * What the computed figure takes for granted, in a plain sentence: amounts counted under a
   * source the plan does not name for them. Absent when it takes nothing for granted.
   */
  forutsetning?: string;
}

export type PlanEntry = Collections['handlingsplaner'][number];
export type TiltakEntry = Collections['tiltak'][number];
/** A rule's finding before the engine adds what every finding of the plan shares. */
export type Draft = Omit<Avvik, 'id' | 'pilot' | 'plan' | 'planAar' | 'differanse' | 'enhet'> & {
  idDeler: (string | number)[];
};

export interface PlanContext {
  plan: PlanEntry;
  tiltak: TiltakEntry[];
  /** delmål id → number, for the tiltak of this plan. */
  delmalNr: Map<string, number>;
  periode: { fra: number | null; til: number | null; kilder: KildeRef[] };
  ref: (tabell: OppgittTabell | null, linjer: readonly [number, number]) => KildeRef;
}

export const kildeNavn = (k: Finansieringskilde | undefined) =>
  k === undefined ? 'Alle kilder' : (FINANSIERINGSKILDER.find((f) => f.id === k)?.navn ?? k);

/** A finding's id from its parts («Fylkeskommunen 2025» → «fylkeskommunen-2025»), by the one slug rule. */
export function findingId(parts: readonly (string | number)[]): string {
  return slug(parts.join('-'));
}

export function byLines(a: KildeRef, b: KildeRef): number {
  return (a.linjer?.[0] ?? 0) - (b.linjer?.[0] ?? 0) || (a.linjer?.[1] ?? 0) - (b.linjer?.[1] ?? 0);
}

/** Refs in document order, each range once. */
export function uniqueRefs(refs: readonly KildeRef[]): KildeRef[] {
  const seen = new Set<string>();
  return [...refs].sort(byLines).filter((r) => {
    const key = `${r.dokument}:${r.linjer?.join('-')}:${r.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
