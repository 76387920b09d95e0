/**
 * The order Vitest hands test files to its two workers: the projects whose files run longest
 * first, the many short files last, so that they fill the gaps at the end instead of one long file
 * running alone while the other core idles. Vitest's own order puts projects by name, which
 * started the CMS test (two minutes on one core) last of all.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Projects by how long their files run, longest first; a project not named here comes after.
 * `utvikling` (astro dev) runs for half a minute on little CPU, waiting for the dev server: early,
 * beside the long files, and not alone at the end.
 */
const LONGEST_FIRST = ['nettleser-egen', 'utvikling', 'nettleser', 'enhet', 'bygget', 'vekst'];

const rank = (spec: TestSpecification) => {
  const i = LONGEST_FIRST.indexOf(spec.project.name);
  return i === -1 ? LONGEST_FIRST.length : i;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Vitest's order within a project (failed, then slowest or largest first), and groupOrder kept.
    const sorted = await super.sort(files);
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort(
        (a, b) =>
          a.spec.project.config.sequence.groupOrder - b.spec.project.config.sequence.groupOrder ||
          rank(a.spec) - rank(b.spec) ||
          a.i - b.i,
      )
      .map(({ spec }) => spec);
  }
}
