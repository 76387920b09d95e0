/**
 * The stated exceptions (`unntak`, `tittelUnntak`) of one entry, worded for its page: a figure or
 * printed text the citation proof accepts without finding it as written on its lines, with the
 * reason the content gives. Found with the proof's own walk (citationsIn), so the page shows
 * exactly the exceptions the proof accepted.
 */
import { citationsIn } from '../lib/loading/index.ts';
import { formatKroner } from '../lib/format.ts';
import type { CollectionName } from '../schemas/index.ts';

export interface UnntakNotat {
  /** What does not stand as written: «Beløpet 100 000 kr», «Teksten «…»». */
  gjelder: string;
  /** The reason, as the content states it. */
  unntak: string;
}

const liste = (xs: string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} og ${xs.at(-1)}`;

/** The entry’s exceptions, its title first; the figures of one table row with one reason go in one note. */
export function unntakNotater(
  samling: CollectionName,
  entry: { file: string; data: unknown },
): UnntakNotat[] {
  const grupper = new Map<
    string,
    { kind: 'belop' | 'tittel'; verdier: (string | number)[]; unntak: string }
  >();
  for (const c of citationsIn(samling, entry.file, entry.data)) {
    if (c.unntak === null) continue;
    // A stated table row gives one citation per column; its reason is one, so is its note.
    const sted = `${c.kind}|${c.felt.replace(/\.verdier\.[^.]+$/, '')}|${c.unntak}`;
    const g = grupper.get(sted) ?? { kind: c.kind, verdier: [], unntak: c.unntak };
    g.verdier.push(c.value);
    grupper.set(sted, g);
  }
  return [...grupper.values()].map((g) => ({
    gjelder:
      g.kind === 'tittel'
        ? `Teksten ${liste(g.verdier.map((v) => `«${v}»`))}`
        : `${g.verdier.length === 1 ? 'Beløpet' : 'Beløpene'} ${liste(g.verdier.map((v) => formatKroner(v as number)))}`,
    unntak: g.unntak,
  }));
}
