import { z } from 'astro/zod';
import { id, kildeRef } from './common.ts';
import { KAPASITET_DIMENSJON_IDS } from './vocabulary.ts';

/** Highest score on one dimension of the capacity diamond. */
export const DIAMANT_MAKS = 10;

/** A score as the report prints it: whole or half points («6,5», «32,5»). */
const poeng = (maks: number) =>
  z
    .number({ error: 'forventet en skår (et tall)' })
    .min(0, { error: 'en skår kan ikke være negativ' })
    .max(maks, { error: `en skår kan ikke være over ${maks}` })
    .refine((n) => Number.isInteger(n * 2), { error: 'forventet hele eller halve poeng' });

/** One stated score on one dimension. */
export const diamantSkar = z.strictObject({
  dimensjon: z.enum(KAPASITET_DIMENSJON_IDS, {
    error: `forventet en dimensjon: ${KAPASITET_DIMENSJON_IDS.join(', ')}`,
  }),
  /** The score out of 10, exactly as stated. */
  skar: poeng(DIAMANT_MAKS),
  kilde: kildeRef,
});

/** One workshop round: the stated total and whichever dimension scores the source states. */
export const diamantRunde = z
  .strictObject({
    /** The round as the source names it, e.g. «våren 2024» or «høsten 2025». */
    runde: z.string().min(1),
    /** The total as stated (out of 50); null when the source gives none. */
    sum: z
      .strictObject({ verdi: poeng(DIAMANT_MAKS * 5), kilde: kildeRef })
      .nullable()
      .default(null),
    /** Dimension scores the source states. A dimension left out is unknown, never guessed. */
    dimensjoner: z.array(diamantSkar).default([]),
    /** Notes on the round in our own words (who took part, wording that differs …). */
    merknader: z.array(z.string().min(1)).default([]),
  })
  .refine((r) => new Set(r.dimensjoner.map((d) => d.dimensjon)).size === r.dimensjoner.length, {
    error: 'en dimensjon kan bare ha én skår per runde',
  });
export type DiamantRunde = z.infer<typeof diamantRunde>;

/**
 * The capacity diamond (kapasitetsdiamant) of one kommune in an initiative: Distriktssenteret's
 * discussion tool, scored in workshops. The kommune is a plain name: the I LAG kommuner are not
 * pilot kommuner and must never count as such.
 */
export const kapasitetsdiamantSchema = z.strictObject({
  /** The initiative the workshops belong to (id in `initiativer`). */
  initiativ: id,
  /** The kommune's name, as listed in the initiative's `kommuner`. */
  kommune: z.string().min(1),
  /** The rounds in the order they were held. */
  runder: z.array(diamantRunde).min(1, { error: 'en kapasitetsdiamant må ha minst én runde' }),
  /** Where the source presents this kommune's diamond. */
  kilde: kildeRef,
});
export type Kapasitetsdiamant = z.infer<typeof kapasitetsdiamantSchema>;
