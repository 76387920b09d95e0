import { z } from 'astro/zod';
import { aar, belop, id, kildeRef, linjer, sitert, unntak } from './common.ts';
import { FINANSIERINGSKILDE_IDS, TILTAK_STATUS_IDS } from './vocabulary.ts';

/** One funding line of a tiltak: what one source puts in, as the plan states it. */
export const finansieringslinje = z.strictObject({
  /** Kind of source (the budget tables' columns). */
  kilde: z.enum(FINANSIERINGSKILDE_IDS, {
    error: `forventet en finansieringskilde: ${FINANSIERINGSKILDE_IDS.join(', ')}`,
  }),
  /** The giving organisation, where named (id in `aktorer`), e.g. DOGA or Husbanken. */
  giver: id.optional(),
  /** Amount in whole kroner; null when the plan names the source but no amount. */
  belop: belop.nullable().default(null),
  /** Budget year; null when the plan does not tie the amount to a year. */
  aar: aar.nullable().default(null),
  /**
   * Lines where the plan gives the year, when that is not on the amount's own lines (a budget
   * chapter saying when a grant was made). The site cites them beside the year.
   */
  aarLinjer: linjer.optional(),
  /** What the money is for, in our own words, where the plan splits it. */
  formal: z.string().optional(),
  /**
   * True when the plan gives no source for the amount and `kilde` is our reading of it (a pilot's
   * «inntil» amount taken as bygdevekstmidler). A finding that counts the amount says so.
   */
  kildeAntatt: z.boolean().default(false),
  /** True when the plan gives the amount as a ceiling («inntil …»); sums count it in full. */
  inntil: z.boolean().default(false),
  /** Lines in the plan's document where the amount stands. */
  linjer,
  unntak,
});
export type Finansieringslinje = z.infer<typeof finansieringslinje>;

/**
 * A tiltak (measure) in one year's handlingsplan. Body: what it is, in our own words.
 * A field the plan leaves empty may be written as null or left out (the editing tool leaves it out).
 */
export const tiltakSchema = z.strictObject({
  /** The plan (id in `handlingsplaner`). */
  plan: id,
  /** The delmål (id in `delmal`); null for cross-cutting (tverrgående) tiltak. */
  delmal: id.nullable().default(null),
  /** Number as printed in the detailed section (e.g. «3», «1.4», «T2»). */
  nr: z.string().min(1),
  /** Number as printed in the plan's overview table, where it differs. */
  nrOversikt: z.string().min(1).optional(),
  /** Title as printed in the detailed section. */
  tittel: z.string().min(1),
  /** Where the title stands, when that is outside `kilde` (e.g. only in the overview table). */
  tittelKilde: kildeRef.optional(),
  /** Why the title is deliberately not found as written on its lines. */
  tittelUnntak: unntak,
  /** Other wordings of the title (overview table, tables), each with where it stands. */
  andreTitler: z.array(sitert).default([]),
  /** Status in the project's vocabulary. */
  status: z.enum(TILTAK_STATUS_IDS, { error: `forventet en status: ${TILTAK_STATUS_IDS.join(', ')}` }),
  /** The status exactly as printed; null when the plan prints none. */
  statusTekst: z.string().nullable().default(null),
  /** Main responsible (hovedansvarlig), ids in `aktorer`. */
  hovedansvarlige: z.array(id).default([]),
  /** «Hovedansvarlig» exactly as printed. */
  hovedansvarligTekst: z.string().nullable().default(null),
  /** Partners (samarbeidsparter), ids in `aktorer`. */
  samarbeidsparter: z.array(id).default([]),
  /** «Samarbeidsparter» exactly as printed. */
  samarbeidsparterTekst: z.string().nullable().default(null),
  /** Timeframe (tidsramme) exactly as printed; null when none. */
  tidsramme: z.string().nullable().default(null),
  /** Funding lines as the plan states them for this tiltak. Empty when the plan states no money. */
  finansiering: z.array(finansieringslinje).default([]),
  /**
   * The kommuner the tiltak is for (ids in `kommuner`), where the plan ties it to named kommuner
   * of the pilot. Left out, the tiltak is for the whole pilot. Needs `kommunerKilde`.
   */
  kommuner: z.array(id).min(1, { error: 'list minst én kommune, eller ta bort feltet' }).optional(),
  /** Where the plan names the kommuner: document and lines. */
  kommunerKilde: kildeRef.optional(),
  /** Themes (ids in `tema`). */
  tema: z.array(id).min(1, { error: 'et tiltak må ha minst ett tema' }),
  /** Where the tiltak is described: document and lines. */
  kilde: kildeRef,
});
export type Tiltak = z.infer<typeof tiltakSchema>;
