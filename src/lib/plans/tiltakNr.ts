/**
 * Tiltak numbers as the plans print them, compared across plans. Plans number tiltak either within
 * the delmål («2») or with it («3.2»), and cross-cutting ones with or without a «T»; a later plan's
 * note on an earlier tiltak may use either form whatever form the earlier plan used (Rindal og
 * Holtålen 2025 numbers its own tiltak «1.1» but refers to the 2024 plan's as «1»; Indre Namdal 2026
 * numbers its own «1»). So both sides are brought to one form before they are compared.
 */
import type { Tiltak } from '../../schemas/tiltak.ts';
import type { Endring } from '../model/index.ts';

/** A printed number in one form: «3» and «1.3» under delmål 1 are the same, «T2» and «2» cross-cutting. */
export function nrForm(nr: string, delmalNr: number | null): string {
  const n = nr.trim().replace(/^T/i, '');
  if (delmalNr !== null && n.startsWith(`${delmalNr}.`)) return n.slice(`${delmalNr}.`.length);
  return n;
}

/**
 * Whether a plan's note on a previous tiltak («delmål 3, tiltak 2») is about this tiltak of the
 * previous plan (`delmalNr`: the number of the tiltak's delmål, null when cross-cutting). The
 * tiltak's number in the overview table (`nrOversikt`) counts too.
 */
export function matcherTiltak(
  endring: Pick<Endring, 'delmal' | 'nr'>,
  tiltak: Pick<Tiltak, 'nr' | 'nrOversikt'>,
  delmalNr: number | null,
): boolean {
  if (endring.delmal !== delmalNr) return false;
  const want = nrForm(endring.nr, delmalNr);
  return [tiltak.nr, tiltak.nrOversikt].some((n) => n !== undefined && nrForm(n, delmalNr) === want);
}
