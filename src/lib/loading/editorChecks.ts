/**
 * The checks that keep edited content honest beyond its schema: every cited amount and printed
 * title stands on its cited lines (citation proof), and no «FYLL INN» marker from `npm run ny`
 * is left. The validator calls this once, with the loaded collections.
 */
import { proveCitations, type ProofResult } from './citationProof.ts';
import type { Collections } from './loadContent.ts';
import type { Problem } from './problem.ts';
import { unfilledProblems } from './unfilled.ts';
import { seedLines } from './seedText.ts';

/** The source text of each `kilder` entry, read once per document. */
export function seedTextByKilde(c: Pick<Collections, 'kilder'>): (dokument: string) => string[] | null {
  const cache = new Map<string, string[] | null>();
  const seeds = new Map(c.kilder.map((k) => [k.id, k.data.seed]));
  return (dokument) => {
    if (!cache.has(dokument)) {
      const seed = seeds.get(dokument);
      cache.set(dokument, seed ? seedLines(seed) : null);
    }
    return cache.get(dokument) ?? null;
  };
}

export function citationProof(c: Collections): ProofResult {
  return proveCitations(c, seedTextByKilde(c));
}

export function editorChecks(c: Collections): Problem[] {
  return [...unfilledProblems(c), ...citationProof(c).problems];
}
