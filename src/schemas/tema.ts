import { z } from 'astro/zod';

/** A cross-pilot theme, for comparing and for learning across pilots. */
export const temaSchema = z.strictObject({
  navn: z.string().min(1),
  /** What belongs to the theme, in our own words. */
  beskrivelse: z.string().min(1),
  /** Sort order on pages. */
  rekkefolge: z.number().int(),
});
export type Tema = z.infer<typeof temaSchema>;
