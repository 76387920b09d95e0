/** Which kommuner a tiltak page says the tiltak is for (pure; the rule is src/lib/model/kommuneTiltak.ts). */
import type { KildeRef } from '../schemas/common.ts';
import { compareNb } from '../lib/format.ts';
import { gjelderHelePiloten, tiltakKommuner, indexesFor } from '../lib/model/index.ts';
import type { Collections } from '../lib/loading/index.ts';

export function tiltakKommunerView(
  c: Collections,
  tiltakId: string,
): { helePiloten: boolean; kommuner: { id: string; navn: string }[]; kilde: KildeRef | null } {
  const t = indexesFor(c).tiltak.get(tiltakId);
  if (!t) throw new Error(`Ukjent tiltak «${tiltakId}»`);
  const navn = new Map(c.kommuner.map((k) => [k.id, k.data.navn]));
  return {
    helePiloten: gjelderHelePiloten(c, t),
    kommuner: tiltakKommuner(c, t)
      .map((id) => ({ id, navn: navn.get(id) ?? id }))
      .sort((a, b) => compareNb(a.navn, b.navn)),
    kilde: t.data.kommunerKilde ?? null,
  };
}
