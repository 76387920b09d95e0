/**
 * The content check's messages where an editor reads them on the Git host: a Markdown job summary
 * (the pull request's «Summary» page) and one annotation per problem, which GitHub shows on the
 * changed file in the pull request. Both say what `npm run validate` says in the terminal.
 */
import { posix } from 'node:path';
import { formatProblem, type Problem } from '../../src/lib/loading/index.ts';

/** Markdown text, not markup: a message quoting content («<b>», «a|b», «*») must show as written. */
function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** The file as the repository names it: content/… rather than relative to the content folder. */
export function repositoryPath(contentRoot: string, file: string): string {
  return posix.normalize(posix.join(contentRoot.replace(/\\/g, '/'), file.replace(/\\/g, '/')));
}

export function jobSummary(problems: readonly Problem[], contentRoot: string, validLine: string): string {
  if (problems.length === 0) return `## Innholdskontroll\n\n✅ ${markdownText(validLine)}\n`;
  const rows = problems.map((p) => {
    const where = p.linje !== undefined ? `linje ${p.linje}` : '';
    const felt = p.felt && !p.felt.startsWith('(') ? `«${markdownText(p.felt)}»` : '';
    return `| ${markdownText(repositoryPath(contentRoot, p.file))} | ${[felt, where].filter(Boolean).join(', ')} | ${markdownText(p.melding)} |`;
  });
  return [
    '## Innholdskontroll',
    '',
    `❌ Innholdet har ${problems.length} feil som må rettes før endringen kan publiseres.`,
    'Rett dem i CMS-et (eller i filen) og lagre: kontrollen kjører igjen av seg selv.',
    '',
    '| Fil | Felt | Hva er galt |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** GitHub's workflow-command escaping: a value may not break the line or end the command early. */
function commandValue(text: string, property: boolean): string {
  const data = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? data.replace(/:/g, '%3A').replace(/,/g, '%2C') : data;
}

/** One `::error file=…::` line per problem, printed to standard output in a GitHub Actions job. */
export function annotations(problems: readonly Problem[], contentRoot: string): string[] {
  return problems.map((p) => {
    const props = [`file=${commandValue(repositoryPath(contentRoot, p.file), true)}`];
    if (p.linje !== undefined) props.push(`line=${p.linje}`);
    props.push(`title=${commandValue(p.felt ? `Innhold: ${p.felt}` : 'Innhold', true)}`);
    return `::error ${props.join(',')}::${commandValue(formatProblem(p), false)}`;
  });
}
