/**
 * Checks all content and exits non-zero, listing every problem in Norwegian with file and field.
 * Run through `npm run validate` (Node 24 runs the TypeScript directly). `npm run build` runs it first.
 * In a GitHub Actions job it also writes the messages to the job summary and as annotations on the
 * files (scripts/lib/githubReport.ts), so an editor sees them in the pull request.
 */
import { appendFileSync } from 'node:fs';
import { validateContent, formatProblems, contentRoot, ensurePdfTexts } from '../src/lib/loading/index.ts';
import { annotations, jobSummary } from './lib/githubReport.ts';

// A PDF source added since the last run gets its text first; the check then reads it like any other.
for (const t of await ensurePdfTexts(contentRoot()))
  if (t.written) console.log(`Hentet ut teksten i ${t.file} (${t.linjer} linjer).`);
const { collections, problems } = validateContent();
const counts = Object.entries(collections)
  .map(([name, entries]) => `${name}: ${entries.length}`)
  .join(', ');
const validLine = `Innholdet i ${contentRoot()} er gyldig (${counts}).`;

if (process.env.GITHUB_STEP_SUMMARY)
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(problems, contentRoot(), validLine));
if (process.env.GITHUB_ACTIONS === 'true')
  for (const line of annotations(problems, contentRoot())) console.log(line);

if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(validLine);
