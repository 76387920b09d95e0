import { z } from 'astro/zod';
import { kildeRef } from './common.ts';
import { AKTOR_TYPE_IDS } from './vocabulary.ts';

/** An organisation that takes part in the pilots. The sources spell many of them several ways. */
export const aktorSchema = z.strictObject({
  /** Normalised name. */
  navn: z.string().min(1),
  type: z.enum(AKTOR_TYPE_IDS, { error: `forventet en aktørtype: ${AKTOR_TYPE_IDS.join(', ')}` }),
  /** Spellings and abbreviations as they stand in the sources («TRFK», «Distriktssentret» …). */
  aliaser: z.array(z.string().min(1)).default([]),
  /** One sentence on what the organisation is, in our own words. */
  beskrivelse: z.string().optional(),
  /** Web address of the organisation, if useful. */
  kilde: kildeRef.optional(),
});
export type Aktor = z.infer<typeof aktorSchema>;
