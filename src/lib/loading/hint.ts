/**
 * «Mente du …?»: the closest known word to a misspelt key, id or folder name, so a typo gets
 * its fix in the message. Pure.
 */

/** Levenshtein distance, case-insensitive and with æøå folded (an id is ASCII, a typist is not). */
export function editDistance(a: string, b: string): number {
  const fold = (s: string) => s.toLowerCase().replace(/æ/g, 'ae').replace(/[øö]/g, 'o').replace(/[åä]/g, 'a');
  const x = fold(a);
  const y = fold(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/** The nearest candidate, if it is near enough to be a typo (about one error per four letters). */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === value) continue;
    const d = editDistance(value, c);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** « (mente du «x»?)» or nothing. */
export function menteDu(value: string, candidates: Iterable<string>): string {
  const c = closest(value, candidates);
  return c === undefined ? '' : ` (mente du «${c}»?)`;
}
