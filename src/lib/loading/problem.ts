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

export function formatProblems(problems: readonly Problem[]): string {
  const heading = `Innholdet har ${problems.length} feil som må rettes før bygging:`;
  return [heading, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
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
