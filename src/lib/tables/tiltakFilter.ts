/**
 * The /tiltak/ table's state, filters, sorting and CSV, as pure functions: the page renders the
 * full table sorted by pilot and number without JavaScript, and the small client script
 * (src/scripts/tiltakTabell.ts) applies these to the rows it is given. Client-safe: no build-time
 * imports, so the browser bundle stays small.
 *
 * State lives in the URL: `/tiltak/?fra=500001` is every tiltak over 500 000 kr (all sources),
 * `/tiltak/?giver=trondelag-fylkeskommune` everything Trøndelag fylkeskommune funds, and
 * `/tiltak/?aktor=husbanken` every tiltak Husbanken is in, in any role (as its actor page lists them).
 */
import { lagCsv } from '../csvCelle.ts';

/** One row of the table: everything shown, sorted, filtered and exported. */
export interface TiltakRad {
  id: string;
  url: string;
  pilot: string;
  pilotNavn: string;
  pilotUrl: string;
  plan: string;
  planAar: number;
  planUrl: string;
  /** Delmål number; null for cross-cutting tiltak. */
  delmal: number | null;
  delmalTittel: string | null;
  nr: string;
  tittel: string;
  status: string;
  statusNavn: string;
  /** Main responsible as actors; empty when the plan names none we could match. */
  ansvarlige: { id: string; navn: string; url: string }[];
  /** Main responsible as printed, for when no actor is matched. */
  ansvarligTekst: string | null;
  /** Stated amounts; null = the plan states none in that scope («ikke oppgitt»). */
  alle: number | null;
  bygdevekstmidler: number | null;
  andre: number | null;
  tema: { id: string; navn: string; url: string }[];
  /** Organisations named as givers, with their stated amount for this tiltak. */
  givere: { id: string; navn: string; url: string; belop: number | null }[];
  /** Every actor in the tiltak in any role: responsible, partner or funder. */
  aktorer: string[];
  /** Where the tiltak stands: document title and lines. */
  kilde: string;
}

export const SORT_KOLONNER = [
  'pilot',
  'aar',
  'delmal',
  'nr',
  'tittel',
  'status',
  'ansvarlig',
  'alle',
  'bygdevekstmidler',
  'andre',
  'tema',
] as const;
export type SortKolonne = (typeof SORT_KOLONNER)[number];

export type Omfang = 'alle' | 'bygdevekstmidler';

export interface TabellTilstand {
  /** null: the table's own order (pilot, plan year, delmål, number). */
  sort: SortKolonne | null;
  retning: 'asc' | 'desc';
  /** Amount range in whole kroner, both ends included; applies to `omfang`. */
  fra: number | null;
  til: number | null;
  omfang: Omfang;
  pilot: string | null;
  aar: number | null;
  tema: string | null;
  status: string | null;
  giver: string | null;
  /** An actor in any role (responsible, partner, funder). */
  aktor: string | null;
}

export const STANDARD_TILSTAND: TabellTilstand = {
  sort: null,
  retning: 'asc',
  fra: null,
  til: null,
  omfang: 'alle',
  pilot: null,
  aar: null,
  tema: null,
  status: null,
  giver: null,
  aktor: null,
};

function heltall(v: string | null): number | null {
  if (v === null || v.trim() === '') return null;
  const n = Number(v.replace(/[\s\u00a0]/g, ''));
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}
const tekst = (v: string | null): string | null => (v && v.trim() !== '' ? v.trim() : null);

/** Reads the state from a query string; anything unknown or malformed falls back to the default. */
export function lesTilstand(params: URLSearchParams): TabellTilstand {
  const sort = params.get('sort');
  return {
    sort: (SORT_KOLONNER as readonly string[]).includes(sort ?? '') ? (sort as SortKolonne) : null,
    retning: params.get('retning') === 'desc' ? 'desc' : 'asc',
    fra: heltall(params.get('fra')),
    til: heltall(params.get('til')),
    omfang: params.get('omfang') === 'bygdevekstmidler' ? 'bygdevekstmidler' : 'alle',
    pilot: tekst(params.get('pilot')),
    aar: heltall(params.get('aar')),
    tema: tekst(params.get('tema')),
    status: tekst(params.get('status')),
    giver: tekst(params.get('giver')),
    aktor: tekst(params.get('aktor')),
  };
}

/** The state as a query string, defaults left out, in a fixed order (so equal states give equal URLs). */
export function skrivTilstand(s: TabellTilstand): string {
  const p = new URLSearchParams();
  const sett = (k: string, v: string | number | null) => {
    if (v !== null) p.set(k, String(v));
  };
  sett('pilot', s.pilot);
  sett('aar', s.aar);
  sett('tema', s.tema);
  sett('status', s.status);
  sett('giver', s.giver);
  sett('aktor', s.aktor);
  sett('fra', s.fra);
  sett('til', s.til);
  if (s.omfang !== 'alle') p.set('omfang', s.omfang);
  if (s.sort) {
    p.set('sort', s.sort);
    if (s.retning === 'desc') p.set('retning', 'desc');
  }
  return p.toString();
}

/** Rows that pass every filter. A range excludes rows whose amount is not stated. */
export function filtrer(rader: readonly TiltakRad[], s: TabellTilstand): TiltakRad[] {
  return rader.filter((r) => {
    if (s.pilot && r.pilot !== s.pilot) return false;
    if (s.aar !== null && r.planAar !== s.aar) return false;
    if (s.tema && !r.tema.some((t) => t.id === s.tema)) return false;
    if (s.status && r.status !== s.status) return false;
    if (s.giver && !r.givere.some((g) => g.id === s.giver)) return false;
    if (s.aktor && !r.aktorer.includes(s.aktor)) return false;
    if (s.fra !== null || s.til !== null) {
      const b = r[s.omfang];
      if (b === null) return false;
      if (s.fra !== null && b < s.fra) return false;
      if (s.til !== null && b > s.til) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator('nb');
const nrCollator = new Intl.Collator('nb', { numeric: true });

/** The table's own order: pilot name, plan year, delmål (cross-cutting last), printed number. */
export function standardRekkefolge(a: TiltakRad, b: TiltakRad): number {
  return (
    collator.compare(a.pilotNavn, b.pilotNavn) ||
    a.planAar - b.planAar ||
    (a.delmal ?? Infinity) - (b.delmal ?? Infinity) ||
    nrCollator.compare(a.nr, b.nr)
  );
}

function nokkel(r: TiltakRad, k: SortKolonne): string | number | null {
  switch (k) {
    case 'pilot':
      return r.pilotNavn;
    case 'aar':
      return r.planAar;
    case 'delmal':
      return r.delmal;
    case 'nr':
      return r.nr;
    case 'tittel':
      return r.tittel;
    case 'status':
      return r.statusNavn;
    case 'ansvarlig':
      return r.ansvarlige.map((a) => a.navn).join(', ') || r.ansvarligTekst;
    case 'tema':
      return r.tema.map((t) => t.navn).join(', ') || null;
    default:
      return r[k];
  }
}

/**
 * Sorted by a column, stable on the table's own order. Unknown values («ikke oppgitt») go last
 * in both directions: they are not zero, so they must not lead a «largest first» list.
 */
export function sorter(rader: readonly TiltakRad[], s: TabellTilstand): TiltakRad[] {
  const basis = [...rader].sort(standardRekkefolge);
  if (!s.sort) return s.retning === 'desc' ? basis.reverse() : basis;
  const k = s.sort;
  const fortegn = s.retning === 'desc' ? -1 : 1;
  return basis
    .map((r, i) => ({ r, i }))
    .sort((x, y) => {
      const a = nokkel(x.r, k);
      const b = nokkel(y.r, k);
      if (a === null || b === null) return a === b ? x.i - y.i : a === null ? 1 : -1;
      const d =
        typeof a === 'number' && typeof b === 'number'
          ? a - b
          : k === 'nr'
            ? nrCollator.compare(String(a), String(b))
            : collator.compare(String(a), String(b));
      return d * fortegn || x.i - y.i;
    })
    .map((x) => x.r);
}

/** The table as the user sees it: filtered, then sorted. */
export function visteRader(rader: readonly TiltakRad[], s: TabellTilstand): TiltakRad[] {
  return sorter(filtrer(rader, s), s);
}

/** CSV column names; the amount columns say what they cover (see src/lib/money/belopOmfang.ts). */
export const CSV_KOLONNER = [
  'pilot',
  'planAar',
  'delmal',
  'nr',
  'tittel',
  'status',
  'hovedansvarlig',
  'belopAlleKilder',
  'belopBygdevekstmidler',
  'belopAndreKilder',
  'givere',
  'tema',
  'kilde',
  'url',
] as const;

/**
 * The CSV of exactly these rows, in this order. With a funder filter, that funder's own amount
 * for each tiltak is added as the last column, `belopFraGiver`.
 */
export function tabellCsv(rader: readonly TiltakRad[], opphav: string, giver: string | null = null): string {
  const kolonner: string[] = [...CSV_KOLONNER];
  if (giver) kolonner.push('belopFraGiver');
  return lagCsv(
    kolonner,
    rader.map((r) => {
      const celler: (string | number | null)[] = [
        r.pilotNavn,
        r.planAar,
        r.delmal,
        r.nr,
        r.tittel,
        r.statusNavn,
        r.ansvarlige.map((a) => a.navn).join(' | ') || r.ansvarligTekst,
        r.alle,
        r.bygdevekstmidler,
        r.andre,
        r.givere.map((g) => `${g.navn}: ${g.belop ?? 'ikke oppgitt'}`).join(' | '),
        r.tema.map((t) => t.navn).join(' | '),
        r.kilde,
        new URL(r.url, opphav).href,
      ];
      if (giver) celler.push(r.givere.find((g) => g.id === giver)?.belop ?? null);
      return celler;
    }),
  );
}

/** A file name that says what is in it: «tiltak-giver-trondelag-fylkeskommune-fra-500001.csv». */
export function csvFilnavn(s: TabellTilstand): string {
  const deler = ['tiltak'];
  for (const k of ['pilot', 'aar', 'tema', 'status', 'giver', 'aktor', 'fra', 'til'] as const)
    if (s[k] !== null) deler.push(k, String(s[k]));
  if (s.omfang !== 'alle' && (s.fra !== null || s.til !== null)) deler.push(s.omfang);
  return `${deler.join('-').replace(/[^a-z0-9-]+/gi, '-')}.csv`;
}
