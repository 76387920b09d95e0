/**
 * The project's controlled vocabularies, defined once. Schemas, filters, chart legends,
 * labels and exports all import these lists; no page restates them.
 */

/** Status of a tiltak as the plans word it. `tekst` on the tiltak keeps the exact printed words. */
export const TILTAK_STATUSER = [
  { id: 'hovedprosjekt', navn: 'Hovedprosjekt' },
  { id: 'strategi', navn: 'Strategi' },
  { id: 'ny', navn: 'Ny' },
  { id: 'viderefores', navn: 'Videreføres' },
  { id: 'revideres-og-viderefores', navn: 'Revideres og videreføres' },
  { id: 'overfores', navn: 'Overføres til annet tiltak' },
  { id: 'slas-sammen', navn: 'Slås sammen med annet tiltak' },
  { id: 'avsluttes', navn: 'Avsluttes' },
  { id: 'utgar', navn: 'Utgår' },
  { id: 'ikke-oppgitt', navn: 'Ikke oppgitt' },
] as const;
export type TiltakStatus = (typeof TILTAK_STATUSER)[number]['id'];
export const TILTAK_STATUS_IDS = TILTAK_STATUSER.map((s) => s.id) as [TiltakStatus, ...TiltakStatus[]];

/**
 * Kinds of funding source. These are the columns of the plans' budget tables
 * («KDD 13.50 post 66», «Kommunal egenandel», «Fylkeskommunen», «Statsforvalter»,
 * «Offentlige tilskuddsordninger», «Annet»), so stated tables and funding lines compare.
 */
export const FINANSIERINGSKILDER = [
  {
    id: 'bygdevekstmidler',
    navn: 'Bygdevekstmidler',
    kort: 'BV-midler',
    forklaring: 'Statens tilskudd gjennom ordningen (kap. 13.50 post 66 i KDDs budsjett).',
  },
  {
    id: 'kommunal-egenandel',
    navn: 'Kommunal egenandel',
    kort: 'Kommunal egenandel',
    forklaring: 'Kommunenes eget bidrag, i penger eller arbeidstimer.',
  },
  {
    id: 'fylkeskommune',
    navn: 'Fylkeskommunen',
    kort: 'Fylkeskommunen',
    forklaring: 'Midler fra fylkeskommunen, for eksempel regionale utviklingsmidler.',
  },
  {
    id: 'statsforvalteren',
    navn: 'Statsforvalteren',
    kort: 'Statsforvalteren',
    forklaring: 'Midler fra Statsforvalteren, for eksempel skjønnsmidler.',
  },
  {
    id: 'offentlige-tilskudd',
    navn: 'Andre offentlige tilskudd',
    kort: 'Andre offentlige',
    forklaring: 'Andre offentlige tilskuddsordninger, for eksempel Husbanken eller DOGA.',
  },
  {
    id: 'annet',
    navn: 'Annet',
    kort: 'Annet',
    forklaring: 'Andre kilder, for eksempel private eller frivillige bidrag.',
  },
] as const;
export type Finansieringskilde = (typeof FINANSIERINGSKILDER)[number]['id'];
export const FINANSIERINGSKILDE_IDS = FINANSIERINGSKILDER.map((k) => k.id) as [
  Finansieringskilde,
  ...Finansieringskilde[],
];

/** Status of a pilot's agreement. */
export const AVTALE_STATUSER = [
  { id: 'signert', navn: 'Signert' },
  { id: 'usignert-utkast', navn: 'Avtaletekst uten signatur' },
  { id: 'ikke-registrert', navn: 'Avtaleteksten finnes ikke i kildene våre' },
] as const;
export type AvtaleStatus = (typeof AVTALE_STATUSER)[number]['id'];
export const AVTALE_STATUS_IDS = AVTALE_STATUSER.map((s) => s.id) as [AvtaleStatus, ...AvtaleStatus[]];

/** Kinds of actor (aktør). */
export const AKTOR_TYPER = [
  { id: 'stat', navn: 'Statlig virksomhet' },
  { id: 'fylkeskommune', navn: 'Fylkeskommune' },
  { id: 'kommune', navn: 'Kommune' },
  { id: 'samarbeid', navn: 'Interkommunalt samarbeid eller pilot' },
  { id: 'utdanning', navn: 'Utdanning og forskning' },
  { id: 'naeringsliv', navn: 'Næringsliv' },
  { id: 'frivillig', navn: 'Frivillig eller ideell' },
  { id: 'annet', navn: 'Annet' },
] as const;
export type AktorType = (typeof AKTOR_TYPER)[number]['id'];
export const AKTOR_TYPE_IDS = AKTOR_TYPER.map((t) => t.id) as [AktorType, ...AktorType[]];

/** Official other-language names of a kommune. */
export const SPRAK = [
  { id: 'nordsamisk', navn: 'nordsamisk' },
  { id: 'lulesamisk', navn: 'lulesamisk' },
  { id: 'sorsamisk', navn: 'sørsamisk' },
  { id: 'kvensk', navn: 'kvensk' },
] as const;
export type Sprak = (typeof SPRAK)[number]['id'];
export const SPRAK_IDS = SPRAK.map((s) => s.id) as [Sprak, ...Sprak[]];

/** The HTML `lang` code of each official other-language name (BCP 47 / ISO 639-3). */
export const SPRAK_LANG: Record<Sprak, string> = {
  nordsamisk: 'se',
  lulesamisk: 'smj',
  sorsamisk: 'sma',
  kvensk: 'fkv',
};

/** The counties the ten pilots lie in (fylke names as of 2024). */
export const FYLKER = [
  'Finnmark',
  'Troms',
  'Trøndelag',
  'Møre og Romsdal',
  'Vestland',
  'Telemark',
  'Innlandet',
] as const;
export type Fylke = (typeof FYLKER)[number];

/** Years a plan or budget figure may plausibly concern; outside this a date is treated as a typo. */
export const RIMELIGE_AAR = { fra: 2022, til: 2030 } as const;

export function navnFor<T extends { id: string; navn: string }>(liste: readonly T[], id: string): string {
  return liste.find((x) => x.id === id)?.navn ?? id;
}

/**
 * Kinds of district initiative (distriktssatsing). The bygdevekst scheme itself is one of them,
 * so the initiatives can be compared; its pilots are never counted as initiative kommuner.
 */
export const INITIATIV_SLAG = [
  { id: 'statlig-ordning', navn: 'Statlig ordning' },
  { id: 'fylkeskommunal-satsing', navn: 'Fylkeskommunal satsing' },
  { id: 'pilotprosjekt', navn: 'Pilotprosjekt' },
  { id: 'program', navn: 'Program' },
  { id: 'fellesprosjekt', navn: 'Fellesprosjekt mellom kommuner' },
  { id: 'regional-plan', navn: 'Regional plan' },
] as const;
export type InitiativSlag = (typeof INITIATIV_SLAG)[number]['id'];
export const INITIATIV_SLAG_IDS = INITIATIV_SLAG.map((s) => s.id) as [InitiativSlag, ...InitiativSlag[]];

/** Kinds of lesson (lærdom). A recommendation is a lesson of its own kind, with an addressee. */
export const LAERING_SLAG = [
  {
    id: 'erfaring',
    navn: 'Erfaring',
    forklaring: 'Noe en satsing, en pilot eller en kommune har erfart, slik en kilde beskriver det.',
  },
  {
    id: 'anbefaling',
    navn: 'Anbefaling',
    forklaring: 'Et råd fra følgeforskerne, rettet til en bestemt mottaker.',
  },
  {
    id: 'overforingsverdi',
    navn: 'Overføringsverdi',
    forklaring: 'Det en handlingsplan selv sier at andre kommuner kan lære av et tiltak.',
  },
] as const;
export type LaeringSlag = (typeof LAERING_SLAG)[number]['id'];
export const LAERING_SLAG_IDS = LAERING_SLAG.map((s) => s.id) as [LaeringSlag, ...LaeringSlag[]];

/**
 * The five dimensions of Distriktssenteret's capacity diamond (kapasitetsdiamanten), in the order
 * the I LAG report lists them. Each is scored out of 10 (DIAMANT_MAKS in kapasitetsdiamant.ts).
 */
export const KAPASITET_DIMENSJONER = [
  { id: 'utviklingskultur', navn: 'Utviklingskultur' },
  { id: 'tidsressurser', navn: 'Tidsressurser til utvikling' },
  { id: 'utviklingskompetanse', navn: 'Utviklingskompetanse' },
  { id: 'utviklingsokonomi', navn: 'Utviklingsøkonomi' },
  { id: 'utviklingsledelse', navn: 'Utviklingsledelse' },
] as const;
export type KapasitetDimensjon = (typeof KAPASITET_DIMENSJONER)[number]['id'];
export const KAPASITET_DIMENSJON_IDS = KAPASITET_DIMENSJONER.map((d) => d.id) as [
  KapasitetDimensjon,
  ...KapasitetDimensjon[],
];
