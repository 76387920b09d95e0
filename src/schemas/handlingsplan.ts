import { z } from 'astro/zod';
import { aar, belop, dato, delvisDato, id, kildeRef, linjer, unntak } from './common.ts';
import { FINANSIERINGSKILDE_IDS, TILTAK_STATUS_IDS } from './vocabulary.ts';

/** Rows that are not a delmål: project management, cross-cutting tiltak, other. */
export const RAD_KATEGORIER = ['prosjektledelse', 'tverrgaende', 'frikjop', 'annet'] as const;

/**
 * A column of a stated budget table. A column is about one year, one funding source, or both;
 * `total` marks the table's own «Totalbudsjett» column.
 */
export const tabellKolonne = z.strictObject({
  /** Key used in the rows' `verdier`. */
  id,
  /** Heading exactly as printed. */
  etikett: z.string(),
  /** The year the column concerns, where it does. */
  aar: aar.optional(),
  /** The funding source the column concerns, where it does. */
  finansieringskilde: z.enum(FINANSIERINGSKILDE_IDS).optional(),
  /** True for the table's total column (the sum of the other columns, as stated). */
  total: z.boolean().default(false),
});

const verdier = z.record(z.string(), belop.nullable());

/** A row of a stated budget table, with the figures exactly as printed (null = empty cell). */
export const tabellRad = z.strictObject({
  /** Row label exactly as printed. */
  etikett: z.string(),
  /** Number as printed in the row, where there is one. */
  nr: z.string().optional(),
  /** The delmål the row concerns (its number), or null for other rows. */
  delmal: z.number().int().positive().nullable(),
  /** For rows that are not a delmål. */
  kategori: z.enum(RAD_KATEGORIER).optional(),
  /** For overview rows that concern one tiltak (id in `tiltak`). */
  tiltak: id.optional(),
  verdier,
  linjer,
  unntak,
});

/** A stated subtotal inside a table (e.g. «Til sammen» under one delmål). */
export const tabellDelsum = z.strictObject({
  etikett: z.string(),
  delmal: z.number().int().positive(),
  verdier,
  linjer,
  unntak,
});

/** A budget table as the document prints it. Nothing here is corrected; checks compare it. */
export const oppgittTabell = z.strictObject({
  /** Key of the table within the plan. */
  id,
  /** Heading exactly as printed. */
  tittel: z.string().min(1),
  /** The year the heading names, where it names one. */
  aar: aar.optional(),
  kolonner: z.array(tabellKolonne).min(1),
  rader: z.array(tabellRad).min(1),
  delsummer: z.array(tabellDelsum).default([]),
  /** The stated sum row, or null if the table has none. */
  sum: z.strictObject({ etikett: z.string(), verdier, linjer, unntak }).nullable(),
  kilde: kildeRef,
});
export type OppgittTabell = z.infer<typeof oppgittTabell>;

/** An amount the plan states in its text (not in a table), e.g. a delmål's frame for the year. */
export const oppgittBelop = z.strictObject({
  /** What the figure concerns, in our own words. */
  gjelder: z.string().min(1),
  /** The delmål (number) it concerns, if any. */
  delmal: z.number().int().positive().nullable().default(null),
  kategori: z.enum(RAD_KATEGORIER).optional(),
  finansieringskilde: z.enum(FINANSIERINGSKILDE_IDS).optional(),
  aar: aar.optional(),
  belop,
  kilde: kildeRef,
  unntak,
});

/** A decision on the plan: adopted, treated, approved, by whom and when. */
export const vedtak = z.strictObject({
  /** Who (as printed), e.g. «styringsgruppen», «Holtålen kommunestyre». */
  organ: z.string().min(1),
  /** The organisation, where it is an actor (id in `aktorer`). */
  aktor: id.optional(),
  /** What happened, in our words (vedtatt, behandlet, godkjent, orientert …). */
  hva: z.string().min(1),
  /** The date; null when the document leaves it empty. */
  dato: dato.nullable().default(null),
  /** The date exactly as printed, where it is printed. */
  datoTekst: z.string().optional(),
  kilde: kildeRef,
});

/** A line of the plan's version log. */
export const versjon = z.strictObject({
  versjon: z.string(),
  /** As printed (e.g. «Des 2025»). */
  datoTekst: z.string(),
  /** The same as a (partial) date. */
  dato: delvisDato.nullable().default(null),
  /** Description as printed. */
  status: z.string(),
  /** «Sist endret av» as printed. */
  endretAv: z.string(),
  linjer,
});

/** What the plan says happened to a tiltak of the previous plan. */
export const endringFraForrige = z.strictObject({
  /** The delmål number in the previous plan; null for cross-cutting tiltak. */
  delmal: z.number().int().positive().nullable().default(null),
  /** The previous tiltak's number as printed. */
  nr: z.string(),
  /** The previous tiltak's title as printed. */
  tittel: z.string().min(1),
  status: z.enum(TILTAK_STATUS_IDS),
  /** Status exactly as printed. */
  statusTekst: z.string(),
  /** The plan's reason, in our own words. */
  begrunnelse: z.string().min(1),
  /** The tiltak of this plan it continues in or is merged into (ids in `tiltak`). */
  videreI: z.array(id).default([]),
  kilde: kildeRef,
});

/** An approver listed by the plan, with the approval date (null when the document leaves it empty). */
export const godkjenner = z.strictObject({
  /** The name as printed. */
  navn: z.string().min(1),
  aktor: id.optional(),
  dato: dato.nullable().default(null),
  kilde: kildeRef,
});

/** One year's handlingsplan of a pilot. Body: an overview in our own words. */
export const handlingsplanSchema = z.strictObject({
  /** The pilot (id in `piloter`). */
  pilot: id,
  /** The year the plan is for. */
  aar,
  /** Title exactly as printed. */
  tittel: z.string().min(1),
  /**
   * The title the document meant, only where its printed title (`tittel`) has a misprint. The site
   * then shows `tittel` as printed, marked [sic], with this beside it; `tittel` is never corrected.
   */
  mentTittel: z.string().min(1).optional(),
  /** The source document (id in `kilder`). */
  dokument: id,
  versjonslogg: z.array(versjon).default([]),
  vedtak: z.array(vedtak).default([]),
  godkjennere: z.array(godkjenner).default([]),
  /** The delmål in the order this plan lists them, when the plan ranks them (ids in `delmal`). */
  delmalRekkefolge: z.array(id).default([]),
  /** Fate of the previous plan's tiltak, as this plan records it. */
  endringerFraForrige: z.array(endringFraForrige).default([]),
  /** What the plan says it intends for coming years, per delmål, in our own words. */
  kommendeAar: z
    .array(
      z.strictObject({
        delmal: z.number().int().positive().nullable().default(null),
        aar: aar.nullable().default(null),
        tekst: z.string().min(1),
        kilde: kildeRef,
      }),
    )
    .default([]),
  /** The budget tables as printed. */
  oppgitteTabeller: z.array(oppgittTabell).default([]),
  /** Amounts stated in the text. */
  oppgitteBelop: z.array(oppgittBelop).default([]),
  kilde: kildeRef,
});
export type Handlingsplan = z.infer<typeof handlingsplanSchema>;
