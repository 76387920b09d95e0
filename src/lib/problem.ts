/** A content problem that stops the build: which file, which field, what was expected (in Norwegian). */
export interface Problem {
  file: string;
  felt: string;
  melding: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: felt «${p.felt}»: ${p.melding}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const heading = `Innholdet har ${problems.length} ${problems.length === 1 ? 'feil' : 'feil'} som må rettes før bygging:`;
  return [heading, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
