import { z } from 'astro/zod';
import { aar, belop, dato, delvisDato, id, kildeRef, nettadresse, unntak } from './common.ts';
import { AVTALE_STATUS_IDS, FYLKER } from './vocabulary.ts';

/** A party's special role in an agreement (e.g. Husbanken coordinates housing across pilots). */
export const saerligRolle = z.strictObject({
  /** The actor (id in `aktorer`). */
  aktor: id,
  /** The role in our own words. */
  rolle: z.string().min(1),
  kilde: kildeRef,
});

/** The bygdevekstavtale of a pilot, as far as the sources tell. */
export const avtale = z.strictObject({
  /** Signed, an unsigned text, or no agreement registered in our sources. */
  status: z.enum(AVTALE_STATUS_IDS, { error: `forventet en av: ${AVTALE_STATUS_IDS.join(', ')}` }),
  /** Date the agreement was signed; null when no source gives it. */
  signert: dato.nullable().default(null),
  /** First year of the agreement period; null when unknown. */
  periodeFra: aar.nullable().default(null),
  /** Last year of the agreement period; null when unknown. */
  periodeTil: aar.nullable().default(null),
  /** The period exactly as the source words it (e.g. «2024 – 2027»). */
  periodeTekst: z.string().nullable().default(null),
  /** Last day the agreement is valid, where the text gives one. */
  gyldigTil: dato.nullable().default(null),
  /** The parties to the agreement (ids in `aktorer`). */
  parter: z.array(id).default([]),
  /** Parties or partners with a special role. */
  saerligeRoller: z.array(saerligRolle).default([]),
  /** Where these facts stand. */
  kilder: z.array(kildeRef).default([]),
});

/** A budget fact on the pilot as a whole (e.g. phase 1 grant), kept as stated. */
export const budsjettfakta = z.strictObject({
  /** What the figure concerns, in our own words. */
  gjelder: z.string().min(1),
  /** The amount in whole kroner when the source gives an exact one; null for «inntil …» or unknown. */
  belop: belop.nullable().default(null),
  /** The amount as the source words it (e.g. «inntil 2 000 000 kr»). */
  belopTekst: z.string().min(1),
  /** The year or years as stated (e.g. «2022–2023»). */
  aarTekst: z.string().min(1),
  kilde: kildeRef,
  unntak,
});

/**
 * A pilot: one group of kommuner with one bygdevekstavtale. Body: a summary in our own words.
 * Its kommuner are those that name it (`pilot` in `kommuner`): the relation is kept on the kommune's
 * side only, so an editor can create a new pilot and then its kommuner, one save at a time (the CMS
 * saves one entry per request).
 */
export const pilotSchema = z.strictObject({
  /** Name as the sources give it. */
  navn: z.string().min(1),
  /** Other names used for the pilot in the sources. */
  andreNavn: z.array(z.string()).default([]),
  fylke: z.enum(FYLKER, { error: `forventet et fylke: ${FYLKER.join(', ')}` }),
  /** Round of selection: 1 (November 2022) or 2 (January 2024). */
  pulje: z.union([z.literal(1), z.literal(2)], { error: 'forventet pulje 1 eller 2' }),
  /** When the pilot was chosen, as precise as the source is. */
  valgt: delvisDato,
  /**
   * Optional, and left out of our content: files written before the kommuner named their pilot list
   * them here, and they still build. When present it must match the kommuner that name this pilot.
   */
  kommuner: z.array(id).min(1, { error: 'list minst én kommune, eller ta bort feltet' }).optional(),
  avtale,
  budsjettfakta: z.array(budsjettfakta).default([]),
  /** Plain statements of what is not known, shown on the page instead of leaving it empty. */
  ukjent: z.array(z.string().min(1)).default([]),
  /** Notes on uncertain or conflicting facts, in our own words. */
  merknader: z.array(z.string().min(1)).default([]),
  /**
   * A public web page about the pilot run by a body of its own (its project or its kommuner's
   * regional council), where a source is that page. Null when no source gives one. Shown under
   * «Hvem kan jeg spørre?» with who runs it.
   */
  nettsted: z
    .strictObject({
      url: nettadresse,
      /** Who runs the page, as the reader should see it («Vest-Telemarkrådet»). */
      eier: z.string().min(1),
      kilde: kildeRef,
    })
    .nullable()
    .default(null),
  /** Sources for the pilot's facts. */
  kilder: z.array(kildeRef).min(1, { error: 'en pilot må ha minst én kilde' }),
});
export type Pilot = z.infer<typeof pilotSchema>;
