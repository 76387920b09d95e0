/** What a search record is: its kinds, its filters, and the facets the search page builds from them. */
import { urlFor } from '../urls.ts';

/** Kinds of record, in the order the type filter lists them. */
export const SEARCH_TYPES = [
  { id: 'pilot', navn: 'Pilot', flertall: 'Piloter', url: urlFor.pilot },
  { id: 'kommune', navn: 'Kommune', flertall: 'Kommuner', url: urlFor.kommune },
  { id: 'handlingsplan', navn: 'Handlingsplan', flertall: 'Handlingsplaner', url: urlFor.plan },
  { id: 'delmal', navn: 'Delmål', flertall: 'Delmål', url: urlFor.delmal },
  { id: 'tiltak', navn: 'Tiltak', flertall: 'Tiltak', url: urlFor.tiltak },
  { id: 'tema', navn: 'Tema', flertall: 'Tema', url: urlFor.tema },
  { id: 'aktor', navn: 'Aktør', flertall: 'Aktører', url: urlFor.aktor },
  { id: 'laerdom', navn: 'Lærdom', flertall: 'Lærdommer', url: urlFor.laering },
  { id: 'initiativ', navn: 'Distriktssatsing', flertall: 'Distriktssatsinger', url: urlFor.initiativ },
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number]['id'];

/** The filters, in the order the search page shows them. `key` is also the URL parameter. */
export const SEARCH_FILTERS = [
  { key: 'type', legend: 'Type treff' },
  { key: 'pilot', legend: 'Pilot' },
  { key: 'fylke', legend: 'Fylke' },
  { key: 'kommune', legend: 'Kommune' },
  { key: 'tema', legend: 'Tema' },
  { key: 'status', legend: 'Status (tiltak)' },
  { key: 'planaar', legend: 'Planår' },
  { key: 'aktor', legend: 'Aktør' },
  { key: 'finansieringskilde', legend: 'Finansieringskilde' },
  { key: 'initiativ', legend: 'Distriktssatsing' },
  { key: 'laeringsslag', legend: 'Slag lærdom' },
] as const;
export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

export interface SearchRecord {
  /** The page the record stands for, e.g. «/tiltak/indre-namdal-2026-d1-3/». */
  url: string;
  title: string;
  type: SearchType;
  /** The searchable text: names, titles, printed wordings and the body in plain text. */
  text: string;
  /** Low-weight extra terms: actors' other names and abbreviations, ASCII spellings. */
  terms: string[];
  /** Filter values (ids; `fylke` as an ASCII slug, `planaar` as the year). */
  filters: Partial<Record<FilterKey, string[]>>;
  sort: {
    /** Whole kroner (see the module comment). */
    budsjett: number;
    /** The title lower-cased, with æ ø å after z, so Pagefind's plain string order is Norwegian order. */
    tittel: string;
  };
  meta: {
    /** The type's Norwegian name («Tiltak»). */
    type: string;
    /** Pilot name(s), comma-separated; empty when none. */
    pilot: string;
    /** Where the record sits, e.g. «Tiltak 1.1 · Handlingsplan 2025». */
    kontekst: string;
    /** Raw whole kroner as a string, same as the sort key; empty where no amount is stated. */
    budsjett: string;
    /** The amount formatted («120 000 kr») with what it is, or empty where no amount is stated. */
    budsjettTekst: string;
    /** A tiltak's status (Norwegian name); empty for other types. */
    status: string;
    /**
     * The snippet shown under the hit: the start of the record's own summary (body or description),
     * never the index's extra terms (aliases, ASCII spellings), which are for finding, not reading.
     */
    utdrag: string;
    /** Plan year(s), comma-separated («2025, 2026»); empty where none. */
    planaar: string;
    /** The delmål a tiltak serves («1 Rekruttering …»), «tverrgående», or the delmål's own number and title. */
    delmal: string;
    /** Who is responsible: «hovedansvarlig» as printed, else the responsible actors' names. */
    ansvarlig: string;
    /** The bygdevekstmidler in the amount (whole kroner); empty where no bygdevekstmidler amount is stated. */
    bygdevekstmidler: string;
    /** Where the entry stands in the sources: document and lines («Handlingsplan 2026 …, linje 120–134»). */
    kilde: string;
    /** Other names the entry goes by («KDD», «Deatnu»), separated by « | »; used to rank, not shown. */
    andreNavn: string;
  };
}

export interface FacetOption {
  value: string;
  label: string;
  /** Records with this value. */
  antall: number;
}
export interface Facet {
  key: FilterKey;
  legend: string;
  options: FacetOption[];
}
