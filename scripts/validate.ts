/**
 * Checks all content and exits non-zero, listing every problem in Norwegian with file and field.
 * Run through `npm run validate` (Node 24 runs the TypeScript directly). `npm run build` runs it first.
 */
import { validateContent, formatProblems, contentRoot } from '../src/lib/loading/index.ts';

const { collections, problems } = validateContent();
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = Object.entries(collections)
  .map(([name, entries]) => `${name}: ${entries.length}`)
  .join(', ');
console.log(`Innholdet i ${contentRoot()} er gyldig (${counts}).`);
