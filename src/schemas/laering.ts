import { z } from 'astro/zod';
import { id, kildeRef } from './common.ts';
import { LAERING_SLAG_IDS } from './vocabulary.ts';
import { begrunnetTekst } from './initiativ.ts';

/**
 * Who learned it: an initiative, a pilot or a kommune. A kommune in a pilot is an id in `kommuner`;
 * a kommune outside the pilots (e.g. an I LAG kommune) is a plain name together with its initiative.
 */
export const laertAv = z
  .strictObject({
    /** Id in `initiativer`. */
    initiativ: id.optional(),
    /** Id in `piloter`. */
    pilot: id.optional(),
    /** Id in `kommuner` (pilot kommuner only). */
    kommune: id.optional(),
    /** Name of a kommune outside the pilots; needs `initiativ`, and must be one of its kommuner. */
    kommuneNavn: z.string().min(1).optional(),
  })
  .refine((l) => l.initiativ || l.pilot || l.kommune, {
    error: 'forventet hvem som har lært: initiativ, pilot eller kommune',
  })
  .refine((l) => !l.kommuneNavn || l.initiativ, {
    error: 'kommuneNavn gjelder en kommune i en satsing; oppgi også initiativ',
  });

/**
 * A lesson (lærdom): a short claim, who learned it, the evidence with lines, its themes and the
 * tiltak in our pilots it clearly bears on. Recommendations are lessons of the kind `anbefaling`,
 * with their addressee.
 */
export const laeringSchema = z
  .strictObject({
    slag: z.enum(LAERING_SLAG_IDS, { error: `forventet et slag: ${LAERING_SLAG_IDS.join(', ')}` }),
    /** The lesson in one short sentence, in our own words. */
    pastand: z.string().min(1),
    laertAv,
    /** For a recommendation: to whom. `initiativ` null means district initiatives in general. */
    mottaker: z
      .strictObject({
        /** Id in `initiativer`; null when addressed to other district initiatives in general. */
        initiativ: id.nullable().default(null),
        /** The addressee as the source words it (e.g. its heading). */
        tekst: z.string().min(1),
      })
      .optional(),
    /** The evidence: what the source says, in our own words, each with its lines. */
    belegg: z.array(begrunnetTekst).min(1, { error: 'en lærdom må ha minst ett belegg med linjer' }),
    /** Themes (ids in `tema`). */
    tema: z.array(id).min(1, { error: 'en lærdom må ha minst ett tema' }),
    /** Tiltak in the pilots it bears on (ids in `tiltak`), only where the match is clear. */
    tiltak: z.array(id).default([]),
    /** Other initiatives it concerns (ids in `initiativer`), besides the one that learned it. */
    initiativer: z.array(id).default([]),
    /** The passage the lesson comes from. */
    kilde: kildeRef,
  })
  .refine((l) => (l.slag === 'anbefaling') === (l.mottaker !== undefined), {
    error: 'en anbefaling må ha mottaker, og bare anbefalinger har mottaker',
    path: ['mottaker'],
  });
export type Laering = z.infer<typeof laeringSchema>;
