import { z } from 'astro/zod';
import { id, kildeRef } from './common.ts';
import { INITIATIV_SLAG_IDS } from './vocabulary.ts';

/** A statement in our own words, with the lines it rests on. */
export const begrunnetTekst = z.strictObject({
  /** What the source says, written fresh in Norwegian bokmål. */
  tekst: z.string().min(1),
  kilde: kildeRef,
});
export type BegrunnetTekst = z.infer<typeof begrunnetTekst>;

/**
 * A year in an initiative's period. Initiatives reach further back than the bygdevekst scheme
 * (the Rogaland project began in 2016), so the range is wider than for plans.
 */
const periodeAar = z
  .number({ error: 'forventet et årstall' })
  .int({ error: 'forventet et årstall' })
  .min(1990, { error: 'årstallet må være 1990 eller senere' })
  .max(2040, { error: 'årstallet må være 2040 eller tidligere' });

/**
 * A kommune taking part in an initiative. Most are not pilot kommuner and are kept as plain names,
 * so they never enter pilot totals, «finn din kommune» or per-innbygger figures. Where the kommune is
 * also in a pilot (e.g. Aure in Veiledningspiloten), `kommune` links to it; the validator demands
 * that link whenever the name matches a kommune in `kommuner`.
 */
export const initiativKommune = z.strictObject({
  /** The kommune's name as the source spells it. */
  navn: z.string().min(1),
  /** Id in `kommuner`, only when the kommune is also a pilot kommune. */
  kommune: id.optional(),
  /** Where this kommune is named, when not in the passage `kommunerKilde` points to. */
  kilde: kildeRef.optional(),
});
export type InitiativKommune = z.infer<typeof initiativKommune>;

/**
 * A district initiative (distriktssatsing) such as I LAG, Veiledningspiloten or the bygdevekst
 * scheme itself, as a source describes it. Body: a short summary in our own words.
 */
export const initiativSchema = z.strictObject({
  /** The initiative's name as the source writes it. */
  navn: z.string().min(1),
  /** Other names or spellings used in the sources (e.g. «I lag»). */
  andreNavn: z.array(z.string().min(1)).default([]),
  /** One sentence for listings and the meta description, in our own words. */
  beskrivelse: z.string().min(1),
  slag: z.enum(INITIATIV_SLAG_IDS, { error: `forventet et slag: ${INITIATIV_SLAG_IDS.join(', ')}` }),
  /** Who owns or runs it. */
  eier: z.strictObject({
    /** The owner(s) as the source words them. */
    tekst: z.string().min(1),
    /** The same owners as ids in `aktorer`, where we have them. */
    aktorer: z.array(id).default([]),
    kilde: kildeRef,
  }),
  /** When it runs; years null when the source does not give them. */
  periode: z.strictObject({
    /** The period exactly as the source words it (e.g. «2020-2022»); null when not stated. */
    tekst: z.string().nullable().default(null),
    fra: periodeAar.nullable().default(null),
    til: periodeAar.nullable().default(null),
    /** Where the period is stated; empty when it is not. */
    kilder: z.array(kildeRef).default([]),
  }),
  /** Counties it works in, as plain names (initiatives reach beyond the pilots' counties). */
  fylker: z.array(z.string().min(1)).default([]),
  /** Kommuner taking part, as the source names them. */
  kommuner: z.array(initiativKommune).default([]),
  /** Where the source names the kommuner; required when any are listed. */
  kommunerKilde: kildeRef.optional(),
  /** Bygdevekst pilots the initiative is about (ids in `piloter`); only for the scheme itself. */
  piloter: z.array(id).default([]),
  /** Themes it works on (ids in `tema`). */
  tema: z.array(id).min(1, { error: 'en satsing må ha minst ett tema' }),
  /** The premise: the problem it answers and what it aims at. */
  premiss: begrunnetTekst,
  /** The method: how it works. */
  metode: begrunnetTekst,
  /** What the source says works. */
  virker: z.array(begrunnetTekst).default([]),
  /** What the source says does not work, or works less well. */
  virkerIkke: z.array(begrunnetTekst).default([]),
  /** Who has evaluated or followed it, as the source cites them (e.g. «Lysø et al., 2022»). */
  evaluering: z.array(z.strictObject({ tekst: z.string().min(1), kilde: kildeRef })).default([]),
  /** The initiative it is part of (id in `initiativer`), e.g. «Tett på» in «Opplæring i plan for politikere». */
  delAv: id.optional(),
  /** Background on it in other documents (e.g. Trøndelag fylkeskommune's case from 2023). */
  bakgrunn: z.array(begrunnetTekst).default([]),
  /** Sort order in listings (the source's own order). */
  rekkefolge: z.number().int(),
  /** Where the main description stands. */
  kilde: kildeRef,
});
export type Initiativ = z.infer<typeof initiativSchema>;
