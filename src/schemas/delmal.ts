import { z } from 'astro/zod';
import { id, kildeRef, sitert, unntak } from './common.ts';

/** A delmål (sub-goal) of a pilot's agreement; stable across the agreement period. Body: our summary. */
export const delmalSchema = z.strictObject({
  /** The pilot (id in `piloter`). */
  pilot: id,
  /** Number as in the agreement; for pilots that rank them, the priority order. */
  nr: z
    .number({ error: 'forventet et delmålsnummer (et heltall fra 1)' })
    .int()
    .min(1, { error: 'delmålsnummeret må være minst 1' }),
  /** Title as in the agreement or the plan's list of delmål. */
  tittel: z.string().min(1),
  /** Where the title stands, when that is outside `kilde` (e.g. the plan's list of delmål). */
  tittelKilde: kildeRef.optional(),
  /** Why the title is deliberately not found as written on its lines (e.g. OCR garbled æøå). */
  tittelUnntak: unntak,
  /** Short title used in the budget tables, where the document uses one. */
  kortTittel: z.string().min(1).optional(),
  /** Other wordings of the title elsewhere in the documents, each with where it stands. */
  andreTitler: z.array(sitert).default([]),
  /** Themes (ids in `tema`) for comparing pilots. */
  tema: z.array(id).min(1, { error: 'et delmål må ha minst ett tema' }),
  /** Named partners under the delmål (ids in `aktorer`). */
  samarbeidsparter: z.array(id).default([]),
  /** Actors the agreement says may be invited into the work (ids in `aktorer`). */
  kanInviteres: z.array(id).default([]),
  kilde: kildeRef,
});
export type Delmal = z.infer<typeof delmalSchema>;
