/**
 * `npm run bevis`: how many cited figures and printed titles the citation proof finds on their
 * lines, and which carry a stated exception. Prints figures; the validator is what fails a build.
 */
import {
  contentRoot,
  citationProof,
  ensurePdfTexts,
  loadContent,
  formatProblems,
} from '../src/lib/loading/index.ts';

await ensurePdfTexts(contentRoot());
const r = citationProof(loadContent(contentRoot()).collections);
console.log(`Beløp funnet på linjene de viser til: ${r.provenAmounts}`);
console.log(`Titler funnet på linjene de viser til: ${r.provenTitles}`);
console.log(`Unntak med begrunnelse: ${r.exceptions.length}`);
for (const e of r.exceptions) console.log(`  - ${e.file}: felt «${e.felt}»: ${e.unntak}`);
console.log(`Uten dokument og linjer (ikke kontrollert): ${r.unchecked}`);
if (r.problems.length > 0) {
  console.error(formatProblems(r.problems));
  process.exit(1);
}
