/**
 * The whole content check the build runs first: how files are written (encoding, names, stray
 * files), schemas, bodies (content is data, not code), source texts, then integrity across
 * collections. Returns the loaded content and every problem found, each once.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import { checkIntegrity } from './integrity.ts';
import { loadContent, type LoadedContent } from './loadContent.ts';
import { contentRoot, strayFiles } from './contentFiles.ts';
import { checkMarkdownBody } from './markdownRules.ts';
import { menteDu } from './hint.ts';
import { uniqueProblems, type Problem } from './problem.ts';
import { SEEDS_DIR, seedLines } from './seedText.ts';
import { editorChecks } from './editorChecks.ts';

/** A site without these is not a site; an empty folder means a wrong path, not a valid state. */
const REQUIRED_COLLECTIONS = ['piloter', 'kommuner', 'tema', 'kilder'] as const;

/** Each source's text must exist in shared/seeds: citations are checked, and published, from it. */
function seedProblems(loaded: LoadedContent, lineCounts: Map<string, number>): Problem[] {
  const problems: Problem[] = [];
  const available = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR) : [];
  const kilder = [
    ...loaded.collections.kilder.map((k) => ({ id: k.id, file: k.file, seed: k.data.seed as unknown })),
    ...(loaded.failed ?? [])
      .filter((f) => f.collection === 'kilder' && !f.reported.has('seed'))
      .map((f) => ({ id: f.id, file: f.file, seed: (f.data as { seed?: unknown } | undefined)?.seed })),
  ];
  for (const k of kilder) {
    if (typeof k.seed !== 'string') continue;
    const lines = seedLines(k.seed);
    if (lines) lineCounts.set(k.id, lines.length);
    else
      problems.push({
        file: k.file,
        felt: 'seed',
        melding: `fant ikke kildeteksten «${k.seed}» i ${SEEDS_DIR}/${menteDu(k.seed, available)}; legg tekstfilen dit eller rett filnavnet`,
      });
  }
  return problems;
}

export function validateContent(root: string = contentRoot()): LoadedContent {
  const folders = Object.fromEntries(Object.values(COLLECTIONS).map((c) => [c.folder, c.format]));
  const stray = strayFiles(root, folders);
  const loaded = loadContent(root);
  const documentLineCounts = new Map<string, number>();
  const seeds = seedProblems(loaded, documentLineCounts);
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
    ...editorChecks(loaded.collections),
  ]);
  return { ...loaded, problems };
}
