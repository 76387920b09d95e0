/**
 * The checks that keep edited content honest beyond its schema: every cited amount and printed
 * title stands on its cited lines (citation proof), and no «FYLL INN» marker from `npm run ny`
 * is left. The validator calls this once, with the loaded collections.
 */
import { contentRoot } from './contentFiles.ts';
import { proveCitations, type ProofResult } from './citationProof.ts';
import type { Collections } from './loadContent.ts';
import type { Problem } from './problem.ts';
import { unfilledProblems } from './unfilled.ts';
import { isKildeTekstFeil, kildeTekst } from './seedText.ts';

/**
 * The source text of each `kilder` entry, read once per document; null when it cannot be read
 * (the validator says why once, on the kilde, instead of once per citation).
 */
export function seedTextByKilde(
  c: Pick<Collections, 'kilder'>,
  root: string = contentRoot(),
): (dokument: string) => string[] | null {
  const cache = new Map<string, string[] | null>();
  const kilder = new Map(c.kilder.map((k) => [k.id, k.data]));
  return (dokument) => {
    if (!cache.has(dokument)) {
      const data = kilder.get(dokument);
      const tekst = data ? kildeTekst(data, root) : null;
      cache.set(dokument, tekst && !isKildeTekstFeil(tekst) ? tekst.linjer : null);
    }
    return cache.get(dokument) ?? null;
  };
}

export function citationProof(c: Collections, root: string = contentRoot()): ProofResult {
  return proveCitations(c, seedTextByKilde(c, root));
}

export function editorChecks(c: Collections, root: string = contentRoot()): Problem[] {
  return [...unfilledProblems(c), ...citationProof(c, root).problems];
}
