import { z } from 'astro/zod';
import { belop, delvisDato, kildeRef, unntak } from './common.ts';

/** A stated fact on a text page (e.g. the scheme's rounds and money), kept as the source words it. */
export const sideFakta = z.strictObject({
  /** What the fact concerns, in our own words. */
  gjelder: z.string().min(1),
  /** The value exactly as the source states it (e.g. «inntil 2 mill. kr»). */
  verdi: z.string().min(1),
  /** The amount in whole kroner, where the source gives an exact one. */
  belop: belop.optional(),
  /** The date the fact concerns, where it is one. */
  dato: delvisDato.optional(),
  kilde: kildeRef,
  unntak,
});

/** A text page such as the background on the scheme. Body: the text, in our own words. */
export const sideSchema = z.strictObject({
  tittel: z.string().min(1),
  /** One or two sentences for the meta description and listings. */
  beskrivelse: z.string().min(1),
  fakta: z.array(sideFakta).default([]),
  kilder: z.array(kildeRef).min(1, { error: 'en side må ha minst én kilde' }),
});
export type Side = z.infer<typeof sideSchema>;
