/**
 * «A place where nothing exists yet», taken from the content a test runs on, so a test that adds
 * next year's plan or a new entry keeps working after an editor has added exactly that.
 */
import type { Collections } from '../../src/lib/loading/loadContent.ts';
import { RIMELIGE_AAR } from '../../src/schemas/vocabulary.ts';

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

/**
 * The first pilot (by id) with delmål, its delmål in order, and the year of its next plan: the
 * first year after its latest plan that has none (or the first free year, if those are all taken).
 */
export function freePlanSlot(c: Collections) {
  const pilots = [...c.piloter].sort((a, b) => a.id.localeCompare(b.id));
  for (const pilot of pilots) {
    const delmal = c.delmal.filter((d) => d.data.pilot === pilot.id).sort((a, b) => a.data.nr - b.data.nr);
    if (delmal.length === 0) continue;
    const taken = new Set(c.handlingsplaner.filter((p) => p.data.pilot === pilot.id).map((p) => p.data.aar));
    const first = Math.max(RIMELIGE_AAR.fra, Number(pilot.data.valgt.slice(0, 4)));
    const free: number[] = [];
    for (let aar = first; aar <= RIMELIGE_AAR.til; aar++) if (!taken.has(aar)) free.push(aar);
    const aar = free.find((y) => y > Math.max(0, ...taken)) ?? free[0];
    if (aar !== undefined) return { pilot, delmal, aar };
  }
  throw new Error(`fant ingen pilot med delmål og et år uten handlingsplan blant ${pilots.length} piloter`);
}
