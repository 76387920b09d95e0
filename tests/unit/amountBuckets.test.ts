/** The amount range as Pagefind filter buckets: a hit is in a range exactly when a bucket matches. */
import { describe, expect, it } from 'vitest';
import { amountBuckets, MAX_AMOUNT, rangeBuckets } from '../../src/lib/search/amountBuckets.ts';
import { inAmountRange } from '../../src/lib/search/searchUi.ts';

const matches = (amount: number, fra: number | null, til: number | null) => {
  const range = new Set(rangeBuckets(fra, til));
  return amountBuckets(amount).some((b) => range.has(b));
};

describe('amount buckets', () => {
  it('files an amount under its digit count and each leading part', () => {
    expect(amountBuckets(1675000)).toEqual([
      '7',
      '7:1',
      '7:16',
      '7:167',
      '7:1675',
      '7:16750',
      '7:167500',
      '7:1675000',
    ]);
    expect(amountBuckets(0)).toEqual(['1', '1:0']);
    expect(amountBuckets(-1)).toEqual([]);
    expect(amountBuckets(1.5)).toEqual([]);
    expect(amountBuckets(MAX_AMOUNT + 1)).toEqual([]);
  });

  it('covers a range with few buckets: one for a round block, at most 9 per digit on each side', () => {
    expect(rangeBuckets(1_000_000, 1_999_999)).toEqual(['7:1']);
    expect(rangeBuckets(500_000, 999_999)).toEqual(['6:5', '6:6', '6:7', '6:8', '6:9']);
    expect(rangeBuckets(1_234_567, 7_654_321).length).toBeLessThanOrEqual(2 * 9 * 7);
    expect(rangeBuckets(null, null)).toHaveLength(13);
    expect(rangeBuckets(10, 9)).toEqual([]);
  });

  it('agrees with the page rule (inAmountRange) at and around every bound', () => {
    const bounds = [null, 0, 1, 9, 10, 99, 100, 500_000, 500_001, 999_999, 1_000_000, 1_234_567, 25_000_000];
    const amounts = [0, 1, 9, 10, 11, 99, 100, 101, 499_999, 500_000, 500_001, 999_999, 1_000_000];
    amounts.push(1_000_001, 1_234_566, 1_234_567, 1_234_568, 24_999_999, 25_000_000, 25_000_001, MAX_AMOUNT);
    for (const fra of bounds)
      for (const til of bounds)
        for (const a of amounts)
          expect(matches(a, fra, til), `${a} in [${fra}, ${til}]`).toBe(inAmountRange(String(a), fra, til));
  });

  it('agrees with the page rule on random amounts and ranges', () => {
    let seed = 7;
    const random = (max: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % max;
    for (let i = 0; i < 2000; i++) {
      const scale = 10 ** random(10);
      const a = random(scale * 10);
      const fra = random(4) === 0 ? null : random(scale * 10);
      const til = random(4) === 0 ? null : random(scale * 10);
      expect(matches(a, fra, til), `${a} in [${fra}, ${til}]`).toBe(inAmountRange(String(a), fra, til));
    }
  });
});
