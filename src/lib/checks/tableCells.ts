/**
 * Reading a stated budget table the way every rule does: a column's year, a cell (empty is
 * «ikke oppgitt», never 0), the columns a total adds up, and which rows stand for a whole delmål.
 */
import type { OppgittTabell } from '../../schemas/handlingsplan.ts';

export type Kolonne = OppgittTabell['kolonner'][number];
type Verdier = Record<string, number | null>;

/** A column's year: its own, else the table heading's; null when neither says. */
export const columnYear = (tabell: OppgittTabell, kolonne: Kolonne): number | null =>
  kolonne.aar ?? tabell.aar ?? null;

export const cell = (verdier: Verdier, kolonne: Kolonne): number | null => verdier[kolonne.id] ?? null;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The added-up figure when it differs from the stated one; null when they agree, when nothing is
 * stated, or when none of the parts is filled (an empty column is not a finding).
 */
export function addedUpMismatch(oppgitt: number | null, parts: readonly number[]): number | null {
  if (oppgitt === null || parts.length === 0) return null;
  const beregnet = sum(parts);
  return beregnet === oppgitt ? null : beregnet;
}

/**
 * The columns a total column adds up: every non-total column within its scope (the same source
 * if the total names one, the same year if the total names one).
 */
export function componentsOf(tabell: OppgittTabell, total: Kolonne): Kolonne[] {
  return tabell.kolonner.filter(
    (k) =>
      !k.total &&
      (total.finansieringskilde === undefined || k.finansieringskilde === total.finansieringskilde) &&
      (total.aar === undefined || k.aar === total.aar),
  );
}

/** A row's key for ids: its tiltak, delmål or category, else its position. */
export function rowKey(r: OppgittTabell['rader'][number], index: number): string {
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
export function wholeDelmalRows(tabell: OppgittTabell): OppgittTabell['rader'] {
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
