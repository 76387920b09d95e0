/** Population (folketall) of a pilot or of some kommuner, with the years and sources of the figures. */
import type { KildeRef } from '../../schemas/common.ts';
import { indexesFor as ix } from './indexes.ts';
import type { Collections } from '../loading/index.ts';
import type { KommuneEntry } from './entries.ts';
import { unikeKilder } from './sources.ts';

export interface Folketall {
  antall: number;
  /** The year(s) the figures are for (1 January). */
  aar: number[];
  kilder: KildeRef[];
}

/** Population of a pilot: the sum over its kommuner, with the year(s) and sources of the figures. */
export function pilotFolketall(c: Collections, pilotId: string): Folketall | null {
  return folketall(ix(c).kommunerByPilot.get(pilotId) ?? []);
}

/** Population of some kommuner together (null for none), with the year(s) and sources. */
export function folketall(ks: readonly KommuneEntry[]): Folketall | null {
  if (ks.length === 0) return null;
  return {
    antall: ks.reduce((n, k) => n + k.data.folketall.antall, 0),
    aar: [...new Set(ks.map((k) => k.data.folketall.aar))].sort(),
    kilder: unikeKilder(ks.map((k) => k.data.folketall.kilde)),
  };
}
