import { z } from 'astro/zod';
import { RIMELIGE_AAR } from './vocabulary.ts';

/**
 * The largest amount one figure in content may have. No pilot's whole agreement comes near a
 * billion kroner (the largest stated figure today is 50 mill. kr), so a bigger number is almost
 * always a typing error: extra zeros, or øre typed as kroner. Raise it with a reason if a real
 * figure ever needs it.
 */
export const MAKS_BELOP = 1_000_000_000;

/** An entry id: lower-case ASCII words joined by hyphens (it is also the URL slug). */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'forventet en id med små bokstaver a–z, sifre og bindestrek' });

/** An amount in whole Norwegian kroner: never negative, never øre. */
export const belop = z
  .number({
    error: (iss) =>
      iss.input === undefined ? 'beløp mangler' : 'forventet et beløp i hele kroner (et tall), ikke tekst',
  })
  .int({ error: 'forventet et beløp i hele kroner, ikke øre eller desimaler' })
  .nonnegative({ error: 'et beløp kan ikke være negativt' })
  .max(MAKS_BELOP, {
    error: 'beløpet er over 1 milliard kroner, mer enn noen bygdevekstavtale har; sjekk antall nuller',
  });

/** Lines in a source document, first and last, both included: `[fra, til]` with fra ≤ til. */
export const linjer = z
  .tuple([z.number().int().positive(), z.number().int().positive()], {
    error: 'forventet linjer som [fra, til]',
  })
  .refine(([fra, til]) => fra <= til, {
    error: 'første linje må komme før siste linje (skriv [fra, til] med den minste først)',
  });

/**
 * A web address a reader can follow safely: https:, http: or mailto:. zod's url() alone
 * accepts javascript: and data:, which would become live links on the site.
 */
export const nettadresse = z
  .url({ error: 'forventet en nettadresse (https://…)' })
  .refine((u) => /^(https?|mailto):/i.test(u), {
    error: 'nettadressen må begynne med https:, http: eller mailto:',
  });

/** A year the scheme can concern (2022–2030). */
export const aar = z
  .number({ error: 'forventet et årstall' })
  .int({ error: 'forventet et årstall' })
  .min(RIMELIGE_AAR.fra, { error: `årstallet må være ${RIMELIGE_AAR.fra} eller senere` })
  .max(RIMELIGE_AAR.til, { error: `årstallet må være ${RIMELIGE_AAR.til} eller tidligere` });

function isoFromDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (2022-02-30 and 2026-13 are not). */
function realDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function inSchemePeriod(s: string): boolean {
  const y = Number(s.slice(0, 4));
  return y >= RIMELIGE_AAR.fra - 2 && y <= RIMELIGE_AAR.til;
}
const PERIODE_FEIL = `datoen ligger utenfor perioden ordningen kan gjelde (${RIMELIGE_AAR.fra - 2}–${RIMELIGE_AAR.til})`;

/**
 * A calendar date, written YYYY-MM-DD. YAML parsers may hand us a Date object or a string;
 * both become the string form, so dates compare and print the same everywhere.
 */
export const dato = z
  .union([z.string(), z.date()], { error: 'forventet en dato på formen ÅÅÅÅ-MM-DD' })
  .transform((v) => (v instanceof Date ? isoFromDate(v) : v))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'forventet en dato på formen ÅÅÅÅ-MM-DD' })
      .refine(realDate, { error: 'datoen finnes ikke i kalenderen' })
      .refine(inSchemePeriod, { error: PERIODE_FEIL }),
  );

/** A date known only to the month or year: YYYY, YYYY-MM or YYYY-MM-DD (as precise as the source is). */
export const delvisDato = z
  .union([z.string(), z.date()], { error: 'forventet en dato på formen ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD' })
  .transform((v) => (v instanceof Date ? isoFromDate(v) : v))
  .pipe(
    z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
        error: 'forventet en dato på formen ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
      })
      .refine(realDate, { error: 'datoen finnes ikke i kalenderen (måned 01–12, dag som finnes i måneden)' })
      .refine(inSchemePeriod, { error: PERIODE_FEIL }),
  );

/**
 * Where a fact comes from: a source document (an entry in `kilder`) with the line range in it,
 * or a web address for facts taken from `shared/facts`.
 */
export const kildeRef = z
  .strictObject({
    /** Id of the source document in the `kilder` collection. */
    dokument: id.optional(),
    /** First and last line in the document, both included. */
    linjer: linjer.optional(),
    /** Web address, for facts taken from a web page. */
    url: nettadresse.optional(),
  })
  .refine((k) => k.dokument !== undefined || k.url !== undefined, {
    error: 'en kilde trenger enten dokument (med linjer) eller url',
  })
  .refine((k) => k.linjer === undefined || k.dokument !== undefined, {
    error: 'linjer gir bare mening sammen med et dokument',
  });
export type KildeRef = z.infer<typeof kildeRef>;

/**
 * Why a figure or printed text is deliberately not found as written on its cited lines (e.g. OCR
 * has garbled the letters). The citation proof accepts the entry only with this reason, and the
 * site shows the reason next to the figure.
 */
export const unntak = z.string().min(1, { error: 'et unntak trenger en begrunnelse' }).optional();

/** A free-text statement kept exactly as printed, with where it is printed. */
export const sitert = z.strictObject({
  /** The exact words of the source. */
  tekst: z.string().min(1),
  kilde: kildeRef,
  unntak,
});
