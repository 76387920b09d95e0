/**
 * Small derivations about lessons (lærdommer) shared by views and exports (pure).
 */
import type { Laering } from '../../schemas/laering.ts';
import type { Collections } from '../loading/index.ts';
import { compareNb } from '../format.ts';

type LaeringEntry = Collections['laering'][number];

/** Who learned a lesson, as type, id and a readable name. */
export function laertAvNavn(
  c: Pick<Collections, 'initiativer' | 'piloter' | 'kommuner'>,
  l: Laering['laertAv'],
): { type: 'initiativ' | 'pilot' | 'kommune'; id: string | null; navn: string } {
  const initiativ = l.initiativ
    ? (c.initiativer.find((i) => i.id === l.initiativ)?.data.navn ?? l.initiativ)
    : null;
  if (l.kommune) {
    const k = c.kommuner.find((x) => x.id === l.kommune);
    return { type: 'kommune', id: l.kommune, navn: k?.data.navn ?? l.kommune };
  }
  if (l.kommuneNavn) return { type: 'kommune', id: null, navn: `${initiativ} – ${l.kommuneNavn}` };
  if (l.pilot) {
    const p = c.piloter.find((x) => x.id === l.pilot);
    return { type: 'pilot', id: l.pilot, navn: p?.data.navn ?? l.pilot };
  }
  return { type: 'initiativ', id: l.initiativ ?? null, navn: initiativ ?? '' };
}

/** Every initiative a lesson concerns: who learned it, its addressee and the ones it names. */
export function laeringInitiativer(l: Laering): string[] {
  const ids = [l.laertAv.initiativ, l.mottaker?.initiativ, ...l.initiativer].filter((x): x is string => !!x);
  return [...new Set(ids)];
}

/** The lessons that concern an initiative, in id order. */
export function laeringerForInitiativ(c: Pick<Collections, 'laering'>, initiativ: string): LaeringEntry[] {
  return c.laering
    .filter((l) => laeringInitiativer(l.data).includes(initiativ))
    .sort((a, b) => compareNb(a.id, b.id));
}
