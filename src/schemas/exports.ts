/**
 * The open-data files under /data/: one schema per file, every field described in Norwegian.
 * The descriptions are the documentation: the data page renders them, and tests validate
 * every exported row against these schemas. Field names are a public contract: add, never rename.
 */
import { z } from 'astro/zod';
import {
  AVTALE_STATUS_IDS,
  FINANSIERINGSKILDE_IDS,
  FYLKER,
  INITIATIV_SLAG_IDS,
  KAPASITET_DIMENSJON_IDS,
  LAERING_SLAG_IDS,
  TILTAK_STATUS_IDS,
} from './vocabulary.ts';

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
  penger: z
    .object({
      aar: z
        .number()
        .int()
        .nullable()
        .describe(
          'Planåret tallene gjelder (den nyeste planen); null når piloten ikke har noen plan i dataene.',
        ),
      grunnlag: z
        .string()
        .nullable()
        .describe(
          'Hvilken sum tallene er, med ord, for eksempel «handlingsplanen for 2026, summen av beløpene ved tiltakene».',
        ),
      bygdevekstmidler: z
        .number()
        .int()
        .nullable()
        .describe('Bygdevekstmidler i kroner; null når ikke oppgitt.'),
      alleKilder: z.number().int().nullable().describe('Alle kilder i kroner; null når ikke oppgitt.'),
      folketall: z.number().int().nullable().describe('Innbyggere i pilotens kommuner til sammen.'),
      bygdevekstmidlerPerInnbygger: z
        .number()
        .int()
        .nullable()
        .describe('Bygdevekstmidler delt på innbyggere, hele kroner; null når det ikke kan regnes ut.'),
      alleKilderPerInnbygger: z
        .number()
        .int()
        .nullable()
        .describe('Alle kilder delt på innbyggere, hele kroner; null når det ikke kan regnes ut.'),
    })
    .describe(
      'Pengene etter nettstedets ene regel: den nyeste planen, summen av tiltakene. To planår legges aldri sammen.',
    ),
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
  kommuner: z
    .array(z.string())
    .describe(
      'Id-ene til kommunene tiltaket gjelder: alle pilotens kommuner når planen ikke knytter det til noen.',
    ),
  helePiloten: z
    .boolean()
    .describe('true når tiltaket gjelder hele piloten, false når bare noen av kommunene.'),
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
  pilot: z
    .string()
    .nullable()
    .describe('Id-en til piloten, eller null når avviket gjelder en annen satsing (se initiativ).'),
  plan: z
    .number()
    .int()
    .nullable()
    .describe('Året handlingsplanen gjelder, eller null når avviket ikke gjelder en handlingsplan.'),
  delmal: z
    .number()
    .int()
    .nullable()
    .describe('Delmålets nummer, eller null når avviket gjelder en hel tabell, en kategori eller perioden.'),
  initiativ: z
    .string()
    .nullable()
    .describe(
      'Id-en til satsingen når avviket gjelder en annen satsing enn en pilot (for eksempel I LAG), ellers null.',
    ),
  kommune: z
    .string()
    .nullable()
    .describe('Navnet på kommunen i satsingen avviket gjelder (kapasitetsdiamanten), ellers null.'),
  runde: z
    .string()
    .nullable()
    .describe('Runden tallet gjelder, som «høsten 2025» (kapasitetsdiamanten), ellers null.'),
  regel: z
    .string()
    .describe('Hvilken kontrollregel som fant avviket (forklart på siden «Når tallene ikke stemmer»).'),
  gjelder: z.string().describe('Hvilket tall avviket gjelder.'),
  enhet: z
    .enum(['kr', 'aar', 'poeng'])
    .describe('kr for beløp, aar for årstall (periodereglene), poeng for skår i kapasitetsdiamanten.'),
  oppgitt: z
    .number()
    .describe('Tallet slik dokumentet oppgir det: kroner, årstall eller poeng (poeng kan ha halve).'),
  beregnet: z.number().describe('Tallet Bygdevekstatlas har regnet ut fra dokumentets egne linjer.'),
  differanse: z.number().describe('Beregnet minus oppgitt.'),
  kilde: z.string().describe('Hvor det oppgitte tallet står: dokument og linjer.'),
  kildeBeregnet: z
    .array(z.string())
    .describe('Hvor tallene som er lagt sammen eller sammenlignet med, står.'),
});

export const laeringExportRow = z.strictObject({
  id: z.string().describe('Lærdommens faste id, også brukt i adressen.'),
  pastand: z.string().describe('Lærdommen i én kort setning, med våre ord.'),
  slag: z
    .enum(LAERING_SLAG_IDS)
    .describe('erfaring, anbefaling eller overforingsverdi (det en plan selv sier andre kan lære).'),
  laertAv: z
    .object({
      type: z
        .enum(['initiativ', 'pilot', 'kommune'])
        .describe('Om det er en satsing, en pilot eller en kommune som har lært.'),
      id: z
        .string()
        .nullable()
        .describe('Id-en til satsingen, piloten eller pilotkommunen; null for en kommune utenfor pilotene.'),
      navn: z.string().describe('Navnet, for eksempel «I LAG – Snåsa» eller «Rindal og Holtålen».'),
    })
    .describe('Hvem som har lært det.'),
  mottaker: z
    .string()
    .nullable()
    .describe('For en anbefaling: hvem den er rettet til, slik kilden sier det; ellers null.'),
  tema: z.array(z.string()).describe('Id-ene til temaene.'),
  tiltak: z
    .array(z.string())
    .describe('Id-ene til tiltakene i pilotene lærdommen gjelder, der kilden støtter koblingen.'),
  kilde,
  url,
});

export const initiativerExportRow = z.strictObject({
  id: z.string().describe('Satsingens faste id, også brukt i adressen.'),
  navn: z.string().describe('Satsingens navn.'),
  slag: z.enum(INITIATIV_SLAG_IDS).describe('Hva slags satsing det er.'),
  eier: z.string().describe('Hvem som eier eller driver satsingen, slik kilden sier det.'),
  periode: z.string().nullable().describe('Perioden slik kilden skriver den, eller null.'),
  fra: z.number().int().nullable().describe('Første år, eller null når kilden ikke oppgir det.'),
  til: z.number().int().nullable().describe('Siste år, eller null når kilden ikke oppgir det.'),
  fylker: z.array(z.string()).describe('Fylkene satsingen arbeider i.'),
  kommuner: z
    .array(z.string())
    .describe('Kommunene som er med, slik kilden navngir dem. De regnes aldri som pilotkommuner.'),
  piloter: z.array(z.string()).describe('Id-ene til bygdevekstpilotene, bare for bygdevekstordningen selv.'),
  tema: z.array(z.string()).describe('Id-ene til temaene.'),
  laerdommer: z.number().int().describe('Antall lærdommer satsingen har lært eller er nevnt i.'),
  kilde,
  url,
});

export const kapasitetsdiamantExportRow = z.strictObject({
  kommune: z.string().describe('Kommunens navn (en kommune i satsingen, ikke en pilotkommune).'),
  runde: z.string().describe('Runden, som «våren 2024» eller «høsten 2025».'),
  sum: z.number().nullable().describe('Den samlede skåren (av 50) slik kilden oppgir den, eller null.'),
  dimensjoner: z
    .partialRecord(z.enum(KAPASITET_DIMENSJON_IDS), z.number())
    .nullable()
    .describe(
      'Skårene (av 10) kilden oppgir for hver dimensjon; en dimensjon som mangler, er ikke oppgitt. Null når ingen er oppgitt. I CSV én kolonne per dimensjon.',
    ),
  kilde,
});

const belopFelt = (hva: string) =>
  z.number().int().nullable().describe(`${hva} Hele kroner; null når planen ikke oppgir beløp.`);

export const endringerExportRow = z.strictObject({
  id: z.string().describe('Radens faste id: den senere planens id og tiltakets id.'),
  pilot: z.string().describe('Id-en til piloten.'),
  fraAar: z
    .number()
    .int()
    .nullable()
    .describe('Året til den tidligere planen, eller null når den ikke finnes i dataene.'),
  tilAar: z.number().int().describe('Året til den senere planen.'),
  ensidig: z
    .boolean()
    .describe(
      'true når den tidligere planen mangler: raden gjengir bare det den senere planen sier, og ingenting er regnet ut.',
    ),
  type: z
    .enum(['videreført', 'slått-sammen', 'avsluttet', 'falt-bort', 'ny'])
    .describe(
      'videreført, slått-sammen (slått sammen eller overført), avsluttet (avsluttet eller utgått, slik planen sier), falt-bort (borte uten at planen sier noe) eller ny.',
    ),
  kobling: z
    .enum(['oppgitt', 'delmal-og-tittel'])
    .nullable()
    .describe(
      'For videreførte tiltak: oppgitt (planen sier det selv) eller delmal-og-tittel (samme delmål og samme tittel).',
    ),
  delmal: z.number().int().nullable().describe('Delmålets nummer, eller null for tverrgående tiltak.'),
  forTiltak: z.string().nullable().describe('Id-en til tiltaket i den tidligere planen, der det finnes.'),
  forNr: z.string().nullable().describe('Tiltakets nummer i den tidligere planen.'),
  forTittel: z.string().nullable().describe('Tiltakets tittel i den tidligere planen.'),
  etterTiltak: z.array(z.string()).describe('Id-ene til tiltaket eller tiltakene i den senere planen.'),
  etterNr: z.array(z.string()).describe('Numrene i den senere planen.'),
  etterTittel: z.array(z.string()).describe('Titlene i den senere planen.'),
  nrEndret: z.boolean().describe('true når et videreført tiltak har fått nytt nummer.'),
  tittelEndret: z.boolean().describe('true når et videreført tiltak har fått ny tittel.'),
  belopFor: belopFelt('Alle beløp ved tiltaket i den tidligere planen.'),
  belopEtter: belopFelt('Alle beløp ved tiltaket i den senere planen.'),
  endringKroner: z
    .number()
    .int()
    .nullable()
    .describe(
      'Etter minus før, i kroner. Null når en side mangler beløp, eller når tiltak er slått sammen slik at tallene ikke kan sammenlignes.',
    ),
  endringProsent: z
    .number()
    .nullable()
    .describe('Endringen i prosent av beløpet før, med én desimal; null når den ikke kan regnes ut.'),
  bygdevekstmidlerFor: belopFelt('Bygdevekstmidler ved tiltaket i den tidligere planen.'),
  bygdevekstmidlerEtter: belopFelt('Bygdevekstmidler ved tiltaket i den senere planen.'),
  oppgittStatus: z
    .string()
    .nullable()
    .describe(
      'Statusen den senere planen gir det tidligere tiltaket, slik den er trykt; null når planen ikke sier noe.',
    ),
  begrunnelse: z.string().nullable().describe('Planens begrunnelse, med våre ord.'),
  kildeFor: z.string().nullable().describe('Hvor tiltaket står i den tidligere planen: dokument og linjer.'),
  kildeEtter: z.array(z.string()).describe('Hvor tiltaket står i den senere planen: dokument og linjer.'),
  kildeOppgitt: z
    .string()
    .nullable()
    .describe('Hvor den senere planen sier hva som skjedde med tiltaket: dokument og linjer.'),
  url,
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
  endringer: {
    tittel: 'Endringer fra plan til plan',
    schema: endringerExportRow,
    beskrivelse:
      'Én rad per tiltak i to planer etter hverandre for samme pilot: videreført, slått sammen, avsluttet, falt bort eller ny, med beløp før og etter.',
  },
  avvik: {
    tittel: 'Avvik',
    schema: avvikExportRow,
    beskrivelse: 'Én rad per sted der et oppgitt tall ikke stemmer med det dokumentets egne linjer gir.',
  },
  laering: {
    tittel: 'Lærdommer',
    schema: laeringExportRow,
    beskrivelse:
      'Én rad per lærdom fra satsingene og pilotene, med anbefalingene og planenes overføringsverdi.',
  },
  initiativer: {
    tittel: 'Distriktssatsinger',
    schema: initiativerExportRow,
    beskrivelse:
      'Én rad per distriktssatsing, som I LAG og bygdevekstavtalene. Kommunene her er ikke pilotkommuner.',
  },
  kapasitetsdiamant: {
    tittel: 'Kapasitetsdiamanten',
    schema: kapasitetsdiamantExportRow,
    beskrivelse:
      'Én rad per kommune og runde: skårene slik rapporten oppgir dem. Kapasitetsdiamanten er et diskusjonsverktøy, ikke en måling.',
  },
} as const;
export type ExportName = keyof typeof EXPORTS;
