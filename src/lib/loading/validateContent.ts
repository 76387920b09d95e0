/**
 * The whole content check the build runs first: how files are written (encoding, names, stray
 * files), schemas, bodies (content is data, not code), source texts, then integrity across
 * collections. Returns the loaded content and every problem found, each once.
 */
import { join } from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import { checkIntegrity } from './integrity.ts';
import { loadContent, type LoadedContent } from './loadContent.ts';
import { contentRoot, strayFiles } from './contentFiles.ts';
import { checkMarkdownBody } from './markdownRules.ts';
import { uniqueProblems, type Problem } from './problem.ts';
import { isKildeTekstFeil, kildeTekst } from './seedText.ts';
import { editorChecks } from './editorChecks.ts';

/** A site without these is not a site; an empty folder means a wrong path, not a valid state. */
const REQUIRED_COLLECTIONS = ['piloter', 'kommuner', 'tema', 'kilder'] as const;

/**
 * Each source's text must be readable (a seed in shared/seeds, or a PDF with its text kept beside
 * it): citations are checked, and published, from it. Said once per kilde, before any citation.
 */
function seedProblems(loaded: LoadedContent, root: string, lineCounts: Map<string, number>): Problem[] {
  const problems: Problem[] = [];
  const kilder = [
    ...loaded.collections.kilder.map((k) => ({
      id: k.id,
      file: k.file,
      data: k.data as Record<string, unknown>,
    })),
    ...(loaded.failed ?? [])
      .filter((f) => f.collection === 'kilder' && !f.reported.has('seed') && !f.reported.has('pdf'))
      .map((f) => ({ id: f.id, file: f.file, data: (f.data ?? {}) as Record<string, unknown> })),
  ];
  for (const k of kilder) {
    const tekst = kildeTekst(k.data, root);
    if (tekst === null) continue;
    if (isKildeTekstFeil(tekst)) problems.push({ file: k.file, felt: tekst.felt, melding: tekst.melding });
    else lineCounts.set(k.id, tekst.linjer.length);
  }
  return problems;
}

export function validateContent(root: string = contentRoot()): LoadedContent {
  const folders = Object.fromEntries(Object.values(COLLECTIONS).map((c) => [c.folder, c.format]));
  const stray = strayFiles(root, folders);
  const loaded = loadContent(root);
  const documentLineCounts = new Map<string, number>();
  const seeds = seedProblems(loaded, root, documentLineCounts);
  const bodies = (loaded.bodies ?? []).flatMap((b) =>
    checkMarkdownBody('\n'.repeat(b.bodyLine - 1) + b.body).map((p) => ({
      file: b.file,
      felt: '(brødtekst)',
      linje: p.line,
      melding: p.melding,
    })),
  );
  const empty = REQUIRED_COLLECTIONS.filter((name) => loaded.collections[name].length === 0).map((name) => ({
    file: join(root, name),
    felt: '(mappen)',
    melding: `fant ingen oppføringer; forventet minst én fil i ${join(root, name)}/`,
  }));
  const problems = uniqueProblems([
    ...stray,
    ...empty,
    ...loaded.problems,
    ...bodies,
    ...seeds,
    ...checkIntegrity(loaded.collections, { documentLineCounts, failed: loaded.failed }),
    ...editorChecks(loaded.collections, root),
  ]);
  return { ...loaded, problems };
}
