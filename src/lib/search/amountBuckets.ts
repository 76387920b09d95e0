/**
 * The amount range on /sok/ as an ordinary Pagefind filter, so narrowing by amount, and the
 * filter counts under a range, need no hit's data downloaded (Pagefind filters only match exact
 * values, not ranges).
 *
 * Every record with a stated amount is filed under decimal prefix buckets of it: the number of
 * digits, then each leading part. 1 675 000 kr → «7», «7:1», «7:16», «7:167», …, «7:1675000».
 * A bucket is the block of every amount with those digits and that start («7:16» is 1 600 000 –
 * 1 699 999). Any range [fra, til] is exactly a union of a few such blocks (at most nine per
 * digit on each side), so the search asks Pagefind for hits in any of them. Client-safe: imports nothing.
 */

/** The Pagefind filter key; not a filter people see (the page's «fra»/«til» fields set it). */
export const AMOUNT_FILTER = 'belop';

/** Larger amounts than this (13 digits, ten thousand billion kroner) are not bucketed. */
export const MAX_AMOUNT = 9_999_999_999_999;

const digits = (n: number) => String(n).length;

/** The buckets a whole, non-negative amount is filed under; none for anything else. */
export function amountBuckets(amount: number): string[] {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > MAX_AMOUNT) return [];
  const s = String(amount);
  const d = s.length;
  return [String(d), ...Array.from({ length: d }, (_, k) => `${d}:${s.slice(0, k + 1)}`)];
}

/**
 * The fewest buckets whose blocks together are exactly the amounts from `fra` to `til` (both
 * included; null: no bound). Empty when the range holds no amount (fra > til).
 */
export function rangeBuckets(fra: number | null, til: number | null): string[] {
  const lo = Math.max(0, fra ?? 0);
  const hi = Math.min(MAX_AMOUNT, til ?? MAX_AMOUNT);
  const out: string[] = [];
  if (lo > hi) return out;
  for (let d = digits(lo); d <= digits(hi); d++) {
    const a = Math.max(lo, d === 1 ? 0 : 10 ** (d - 1));
    const b = Math.min(hi, 10 ** d - 1);
    cover(d, '', a, b, out);
  }
  return out;
}

/** Adds the buckets under `prefix` (among d-digit amounts) that together are exactly [a, b]. */
function cover(d: number, prefix: string, a: number, b: number, out: string[]): void {
  const rest = 10 ** (d - prefix.length);
  const first = prefix === '' ? (d === 1 ? 0 : 10 ** (d - 1)) : Number(prefix) * rest;
  const last = prefix === '' ? 10 ** d - 1 : first + rest - 1;
  if (last < a || first > b) return;
  if (a <= first && last <= b) {
    out.push(prefix === '' ? String(d) : `${d}:${prefix}`);
    return;
  }
  // Partly inside: split into the ten blocks one digit longer (no leading zero, except for 0 itself).
  for (let digit = prefix === '' && d > 1 ? 1 : 0; digit <= 9; digit++)
    cover(d, `${prefix}${digit}`, a, b, out);
}
