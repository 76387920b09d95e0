/**
 * The open-data files under /data/: one schema per file, every field described in Norwegian.
 * The descriptions are the documentation: the data page renders them, and tests validate
 * every exported row against these schemas. Field names are a public contract: add, never rename.
 */
import { z } from 'astro/zod';
import { AVTALE_STATUS_IDS, FINANSIERINGSKILDE_IDS, FYLKER, TILTAK_STATUS_IDS } from './vocabulary.ts';

const kilde = z
  .object({
    dokument: z
      .string()
      .nullable()
      .describe('Kildedokumentets tittel, eller null når kilden er en nettside.'),
    linjer: z.string().nullable().describe('Linjene i kildedokumentet, som «203–230».'),
    url: z
      .string()
      .nullable()
      .describe('Nettadressen til kilden, der kilden er en nettside eller har en kjent adresse.'),
  })
  .describe('Hvor opplysningen står: dokument og linjer, eller nettadresse.');

const url = z
  .string()
  .startsWith('/')
  .describe('Sidens adresse på Bygdevekstatlas (relativ til nettstedet).');

export const piloterExportRow = z.strictObject({
  id: z.string().describe('Pilotens faste id, også brukt i adressen.'),
  navn: z.string().describe('Pilotens navn.'),
  fylke: z.enum(FYLKER).describe('Fylket piloten ligger i.'),
  pulje: z.number().int().describe('Utvelgelsesrunde: 1 (november 2022) eller 2 (januar 2024).'),
  kommuner: z.array(z.string()).describe('Navnene på kommunene i piloten.'),
  avtale: z
    .object({
      status: z.enum(AVTALE_STATUS_IDS).describe('signert, usignert-utkast eller ikke-registrert.'),
      signert: z
        .string()
        .nullable()
        .describe('Datoen avtalen ble signert (ÅÅÅÅ-MM-DD), eller null når ingen kilde oppgir den.'),
      periode: z.string().nullable().describe('Avtaleperioden slik kilden skriver den, eller null.'),
    })
    .describe('Avtalen slik kildene beskriver den.'),
  handlingsplaner: z.array(z.number().int()).describe('Årene det finnes en handlingsplan for i dataene.'),
  url,
});

export const delmalExportRow = z.strictObject({
  id: z.string().describe('Delmålets faste id.'),
  pilot: z.string().describe('Id-en til piloten delmålet hører til.'),
  nr: z.number().int().describe('Delmålets nummer i avtalen.'),
  tittel: z.string().describe('Delmålets tittel slik avtalen eller planen skriver den.'),
  tema: z.array(z.string()).describe('Id-ene til temaene delmålet er knyttet til.'),
  samarbeidsparter: z.array(z.string()).describe('Navnene på samarbeidspartene under delmålet.'),
  kilde,
  url,
});

export const finansieringExport = z.strictObject({
  kilde: z.enum(FINANSIERINGSKILDE_IDS).describe('Type finansieringskilde.'),
  belop: z
    .number()
    .int()
    .nullable()
    .describe('Beløp i hele kroner, eller null når kilden er nevnt uten beløp.'),
  aar: z
    .number()
    .int()
    .nullable()
    .describe('Budsjettåret, eller null når planen ikke knytter beløpet til et år.'),
});

export const tiltakExportRow = z.strictObject({
  id: z.string().describe('Tiltakets faste id.'),
  pilot: z.string().describe('Id-en til piloten.'),
  plan: z.number().int().describe('Året handlingsplanen gjelder.'),
  delmal: z.number().int().nullable().describe('Delmålets nummer, eller null for tverrgående tiltak.'),
  nr: z.string().describe('Tiltakets nummer slik planen skriver det.'),
  tittel: z.string().describe('Tiltakets tittel slik planen skriver den.'),
  status: z
    .enum(TILTAK_STATUS_IDS)
    .describe('Status i prosjektets faste ordliste (se statusTekst for planens ordlyd på sidene).'),
  tema: z.array(z.string()).describe('Id-ene til temaene.'),
  ansvarlige: z.array(z.string()).describe('Navnene på hovedansvarlige aktører.'),
  samarbeidsparter: z.array(z.string()).describe('Navnene på samarbeidspartene.'),
  finansiering: z.array(finansieringExport).describe('Finansieringslinjene slik planen oppgir dem.'),
  bygdevekstmidler: z
    .number()
    .int()
    .nullable()
    .describe(
      'Bare bygdevekstmidler: summen av linjene med bygdevekstmidler, eller null når planen ikke oppgir noen.',
    ),
  belopAlleKilder: z
    .number()
    .int()
    .nullable()
    .describe(
      'Alle kilder: summen av alle beløpene planen oppgir for tiltaket, eller null når den ikke oppgir noen.',
    ),
  belopAndreKilder: z
    .number()
    .int()
    .nullable()
    .describe('Andre kilder enn bygdevekstmidler til sammen, eller null når planen ikke oppgir noen.'),
  kilde,
  url,
});

export const budsjettExportRow = z.strictObject({
  tiltak: z.string().describe('Id-en til tiltaket linjen hører til.'),
  pilot: z.string().describe('Id-en til piloten.'),
  plan: z.number().int().describe('Året handlingsplanen gjelder.'),
  delmal: z.number().int().nullable().describe('Delmålets nummer, eller null for tverrgående tiltak.'),
  kilde: z.enum(FINANSIERINGSKILDE_IDS).describe('Type finansieringskilde.'),
  giver: z.string().nullable().describe('Navnet på organisasjonen som gir pengene, der planen nevner den.'),
  giverId: z
    .string()
    .nullable()
    .describe('Aktør-id-en til giveren (som i /aktorer/<id>/), der planen nevner den; ellers null.'),
  belop: z
    .number()
    .int()
    .nullable()
    .describe('Beløp i hele kroner, eller null når planen nevner kilden uten beløp.'),
  aar: z.number().int().nullable().describe('Budsjettåret, eller null.'),
  formal: z.string().nullable().describe('Hva pengene skal brukes til, der planen deler opp beløpet.'),
  dokument: z.string().describe('Kildedokumentets tittel.'),
  linjer: z.string().describe('Linjene i kildedokumentet der beløpet står.'),
  url,
});

export const avvikExportRow = z.strictObject({
  id: z.string().describe('Avvikets faste id (regel, plan og tall); den samme så lenge tallene er de samme.'),
  pilot: z.string().describe('Id-en til piloten.'),
  plan: z.number().int().describe('Året handlingsplanen gjelder.'),
  delmal: z
    .number()
    .int()
    .nullable()
    .describe('Delmålets nummer, eller null når avviket gjelder en hel tabell, en kategori eller perioden.'),
  regel: z
    .string()
    .describe('Hvilken kontrollregel som fant avviket (forklart på siden «Når tallene ikke stemmer»).'),
  gjelder: z.string().describe('Hvilket tall avviket gjelder.'),
  enhet: z.enum(['kr', 'aar']).describe('kr for beløp, aar for årstall (periodereglene).'),
  oppgitt: z
    .number()
    .int()
    .describe('Tallet slik dokumentet oppgir det, i kroner (eller årstall for periodereglene).'),
  beregnet: z.number().int().describe('Tallet Bygdevekstatlas har regnet ut fra dokumentets egne linjer.'),
  differanse: z.number().int().describe('Beregnet minus oppgitt.'),
  kilde: z.string().describe('Hvor det oppgitte tallet står: dokument og linjer.'),
  kildeBeregnet: z
    .array(z.string())
    .describe('Hvor tallene som er lagt sammen eller sammenlignet med, står.'),
});

export const EXPORTS = {
  piloter: {
    tittel: 'Piloter',
    schema: piloterExportRow,
    beskrivelse: 'Én rad per pilot: kommuner, avtale og handlingsplaner.',
  },
  delmal: { tittel: 'Delmål', schema: delmalExportRow, beskrivelse: 'Én rad per delmål i avtalene.' },
  tiltak: {
    tittel: 'Tiltak',
    schema: tiltakExportRow,
    beskrivelse: 'Én rad per tiltak i handlingsplanene, med finansieringslinjene.',
  },
  budsjett: {
    tittel: 'Budsjettlinjer',
    schema: budsjettExportRow,
    beskrivelse: 'Én rad per finansieringslinje i et tiltak.',
  },
  avvik: {
    tittel: 'Avvik',
    schema: avvikExportRow,
    beskrivelse: 'Én rad per sted der et oppgitt tall ikke stemmer med det dokumentets egne linjer gir.',
  },
} as const;
export type ExportName = keyof typeof EXPORTS;
