// The public surface of src/lib/loading for the rest of the site (see README.md); tests may import its modules directly.
export { citationsIn } from './citationProof.ts';
export { contentRoot, readCollectionFiles, readEntry, relativeToCwd } from './contentFiles.ts';
export { citationProof } from './editorChecks.ts';
export {
  type CollectionData,
  type Collections,
  type Entry,
  loadContent,
  type LoadedContent,
} from './loadContent.ts';
export { contentBodyRule } from './markdownRulesPlugin.ts';
export { formatProblem, formatProblems, type Problem } from './problem.ts';
export {
  ensurePdfText,
  ensurePdfTexts,
  extractPdfLines,
  KILDE_FILER,
  parsePdfText,
  type PdfLinje,
} from './pdfText.ts';
export {
  isKildeTekstFeil,
  kildeTekst,
  type KildeLinjer,
  type KildeTekstFeil,
  readSeed,
  seedLines,
  SEEDS_DIR,
} from './seedText.ts';
export { alleKildeRefs } from './sourceRefs.ts';
export { FYLL_INN, unfilledIn } from './unfilled.ts';
export { validateContent } from './validateContent.ts';
