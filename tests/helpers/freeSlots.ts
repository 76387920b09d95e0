/**
 * «A place where nothing exists yet», taken from the content a test runs on, so a test that adds
 * next year's plan or a new entry keeps working after an editor has added exactly that.
 */
import type { Collections } from '../../src/lib/loading/loadContent.ts';

/** The first year after the pilot's latest plan (the year its next plan would be for). */
export function nextPlanYear(c: Collections, pilot: string): number {
  const years = c.handlingsplaner.filter((h) => h.data.pilot === pilot).map((h) => h.data.aar);
  if (years.length === 0) throw new Error(`piloten «${pilot}» har ingen plan i innholdet`);
  return Math.max(...years) + 1;
}

/** `base`, or `base-2`, `base-3` … : the first that is not among `taken`. */
export function unusedId(taken: Iterable<{ id: string }>, base: string): string {
  const ids = new Set([...taken].map((x) => x.id));
  if (!ids.has(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}
