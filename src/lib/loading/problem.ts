/** A content problem that stops the build: which file, which field (or line), what was expected (in Norwegian). */
export interface Problem {
  file: string;
  felt: string;
  /** The line in the file, for problems in the text itself (encoding, body, YAML syntax). */
  linje?: number;
  melding: string;
}

export function formatProblem(p: Problem): string {
  if (p.linje !== undefined && (p.felt === '' || p.felt.startsWith('(')))
    return `${p.file}: linje ${p.linje}: ${p.melding}`;
  return `${p.file}: felt «${p.felt}»: ${p.melding}`;
}

/** Problems listed one by one; the rest are counted by kind, so 10,000 empty files give a screenful, not 10,000 lines. */
export const MAKS_LISTEDE_FEIL = 50;

/** A problem's kind: its message with the quoted values and numbers left out. */
function kind(p: Problem): string {
  return `${p.felt.startsWith('(') ? `${p.felt} ` : ''}${p.melding}`
    .replace(/«[^»]*»/g, '«…»')
    .replace(/\d+/g, 'N');
}

export function formatProblems(problems: readonly Problem[]): string {
  const heading = `Innholdet har ${problems.length} feil som må rettes før bygging:`;
  const listed = problems.slice(0, MAKS_LISTEDE_FEIL).map((p) => `  - ${formatProblem(p)}`);
  const rest = problems.slice(MAKS_LISTEDE_FEIL);
  if (rest.length === 0) return [heading, ...listed].join('\n');
  const byKind = new Map<string, { count: number; example: Problem }>();
  for (const p of rest) {
    const k = kind(p);
    const seen = byKind.get(k);
    if (seen) seen.count++;
    else byKind.set(k, { count: 1, example: p });
  }
  const summary = [...byKind.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ count, example }) => `  - ${count} × som ${formatProblem(example)}`);
  return [
    heading,
    ...listed,
    `… og ${rest.length} feil til, her samlet etter slag (ett eksempel for hvert):`,
    ...summary,
  ].join('\n');
}

/** Each problem once: the same message on the same file and field is one problem, however it was found. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.felt}\u0000${p.linje ?? ''}\u0000${p.melding}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
