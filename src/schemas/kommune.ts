import { z } from 'astro/zod';
import { aar, id, kildeRef, nettadresse } from './common.ts';
import { FYLKER, SPRAK_IDS } from './vocabulary.ts';

/** A kommune in one of the pilots. */
export const kommuneSchema = z.strictObject({
  /** Official Norwegian name. */
  navn: z.string().min(1),
  /** Official names in Sami or Kven languages. */
  andreNavn: z.array(z.strictObject({ navn: z.string().min(1), sprak: z.enum(SPRAK_IDS) })).default([]),
  fylke: z.enum(FYLKER),
  /** Kommunenummer valid from 2024 (four digits). */
  kommunenummer: z.string().regex(/^\d{4}$/, { error: 'forventet et firesifret kommunenummer' }),
  /** The pilot the kommune belongs to (id in `piloter`). */
  pilot: id,
  /** Population with its date and source. */
  folketall: z.strictObject({
    antall: z.number().int().positive(),
    /** Population as of 1 January this year. */
    aar,
    kilde: kildeRef,
  }),
  /** Area in km², with source. */
  areal: z.strictObject({ km2: z.number().positive(), kilde: kildeRef }).nullable().default(null),
  /** SSB centrality class 1 (most central) to 6, with source. */
  sentralitet: z
    .strictObject({ klasse: z.number().int().min(1).max(6), kilde: kildeRef })
    .nullable()
    .default(null),
  kommunenummerKilde: kildeRef,
  /**
   * One point for the kommune on the map (WGS 84 degrees), exactly as the cited source gives it;
   * usually the administrative centre. Null keeps the kommune off the map: never estimate one.
   * The bounds are mainland Norway's, so swapped or mistyped degrees fail here.
   */
  posisjon: z
    .strictObject({
      breddegrad: z.number().min(57.9, { error: 'breddegraden ligger sør for Norge' }).max(71.2, {
        error: 'breddegraden ligger nord for fastlands-Norge',
      }),
      lengdegrad: z.number().min(4.4, { error: 'lengdegraden ligger vest for Norge' }).max(31.2, {
        error: 'lengdegraden ligger øst for Norge',
      }),
      kilde: kildeRef,
    })
    .nullable()
    .default(null),
  /**
   * The kommune's own website, where a cited source shows it: the front page of the site a page the
   * kommune itself published lies on, with that page as source. Null when no source gives one;
   * never guess «<navn>.kommune.no». Shown under «Hvem kan jeg spørre?».
   */
  nettsted: z.strictObject({ url: nettadresse, kilde: kildeRef }).nullable().default(null),
  /** Notes in our own words. */
  merknader: z.array(z.string()).default([]),
});
export type Kommune = z.infer<typeof kommuneSchema>;
