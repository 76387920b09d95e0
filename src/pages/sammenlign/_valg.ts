/**
 * The choice of pilots on /sammenlign/, read from the address. Page-private and import-free: the
 * page's small browser script bundles it, so it must not pull in the content modules.
 * Tested in tests/unit/pilotComparison.test.ts.
 */

/** The largest number of pilots the comparison shows side by side. */
export const MAKS_VALGTE = 4;

/**
 * The pilots chosen on /sammenlign/ from the query string values: `?piloter=a,b` (as shared) or
 * one value per checkbox (as the form sends it). Unknown ids and repeats are dropped, at most
 * four kept. Fewer than two means no choice: all pilots are shown.
 */
export function valgtePiloter(verdier: readonly string[], gyldige: readonly string[]): string[] | null {
  const ids = [
    ...new Set(
      verdier
        .flatMap((v) => v.split(','))
        .map((s) => s.trim())
        .filter((s) => gyldige.includes(s)),
    ),
  ].slice(0, MAKS_VALGTE);
  return ids.length >= 2 ? ids : null;
}
