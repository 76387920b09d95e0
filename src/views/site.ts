/**
 * The content a build works from: the parsed collections, the indexes over them, id → name
 * records, and a per-build memo for anything several pages share (budgets, findings …).
 * Pure: `buildSite()` takes plain collections, so views are tested on fixture content.
 */
import type { Collections } from '../lib/loading/index.ts';
import { navneliste, indexesFor, type Indexes } from '../lib/model/index.ts';

export interface Site {
  c: Collections;
  ix: Indexes;
  navn: ReturnType<typeof navneliste>;
  /** Computes `f` once per site (per build) under `key`, then returns the same value. */
  memo<T>(key: string, f: () => T): T;
}

export function buildSite(c: Collections): Site {
  const cache = new Map<string, unknown>();
  return {
    c,
    ix: indexesFor(c),
    navn: navneliste(c),
    memo<T>(key: string, f: () => T): T {
      if (!cache.has(key)) cache.set(key, f());
      return cache.get(key) as T;
    },
  };
}
