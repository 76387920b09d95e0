/**
 * The search page's pure parts, apart from Pagefind and the DOM so they are tested without a
 * browser: the state in the URL, the amount range, ranking by name, «mente du …?», the snippet,
 * and the CSV.
 * Client-safe: nothing here imports build-time code.
 */
import { BELOP_OMFANG } from '../money/client.ts';
import { lagCsv } from '../csvCelle.ts';
import { editDistance } from '../loading/client.ts';
import { SEARCH_SORTS } from './sorts.ts';
import { slug } from '../slug.ts';

const SORT_IDS = new Set<string>(SEARCH_SORTS.map((s) => s.id));
export const DEFAULT_SORT: string = SEARCH_SORTS[0].id;

export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: string;
  /**
   * Amount range in whole kroner, all sources (the same `fra`/`til` as the /tiltak/ table): only
   * hits with a stated amount inside it. null: no bound.
   */
  fra: number | null;
  til: number | null;
}

/** A whole, non-negative number of kroner from a URL or a field («500 000» and «500000» both work). */
export function kroner(v: string | null | undefined): number | null {
  const s = (v ?? '').replace(/[\s\u00a0.]/g, '');
  return /^\d{1,13}$/.test(s) ? Number(s) : null;
}

/** Reads a state from URL parameters, keeping only filter keys and values the page offers. */
export function stateFromParams(params: URLSearchParams, known: Map<string, Set<string>>): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [key, values] of known) {
    const chosen = params.getAll(key).filter((v) => values.has(v));
    if (chosen.length > 0) filters[key] = [...new Set(chosen)];
  }
  const sort = params.get('sort') ?? DEFAULT_SORT;
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: SORT_IDS.has(sort) ? sort : DEFAULT_SORT,
    fra: kroner(params.get('fra')),
    til: kroner(params.get('til')),
  };
}

/** The URL query string for a state («q=…&pilot=…&fra=…&sort=…»), empty for the empty search. */
export function paramsFromState(state: SearchState, order: string[]): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const key of order) for (const v of state.filters[key] ?? []) p.append(key, v);
  if (state.fra !== null) p.set('fra', String(state.fra));
  if (state.til !== null) p.set('til', String(state.til));
  if (state.sort !== DEFAULT_SORT) p.set('sort', state.sort);
  return p.toString();
}

/** How many narrowing choices are made: filter values, plus one for an amount range. */
export function filterCount(state: SearchState): number {
  const values = Object.values(state.filters).reduce((n, v) => n + v.length, 0);
  return values + (state.fra !== null || state.til !== null ? 1 : 0);
}

/** Whether a hit's amount (`meta.budsjett`, whole kroner or empty) is inside the range. */
export function inAmountRange(budsjett: string | undefined, fra: number | null, til: number | null): boolean {
  if (fra === null && til === null) return true;
  // «Ikke oppgitt» is not 0: a hit without a stated amount is in no range.
  const b = kroner(budsjett);
  if (b === null) return false;
  return (fra === null || b >= fra) && (til === null || b <= til);
}

// ---------------------------------------------------------------------------------------------
// Ranking

const normal = (s: string) => s.toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();
const WORDS = /[\p{L}\p{N}]+/gu;
const words = (s: string) => [...normal(s).matchAll(WORDS)].map((m) => m[0]);

/** Kinds of page, most «named thing» first: when two hits have the query as their name. */
const TYPE_ORDER = new Map<string, number>(
  ['kommune', 'pilot', 'tema', 'aktor', 'handlingsplan', 'delmal', 'tiltak'].map((t, i) => [t, i]),
);

/** Length of the common start of two words. */
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether two words are the same word, possibly inflected: one is the other plus a short ending
 * («bolig» / «boligene», «Grong» / «Grongs»), or both are a shared stem plus short endings
 * («boligene» / «boliger»). Words that only share a few first letters («Tana» / «tanken») are not.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const p = commonStart(short, long);
  if (p === short.length) return short.length >= 3 && long.length - p <= 3;
  return p >= 4 && short.length - p <= 2 && long.length - p <= 4;
}

/** Whether `text` has the query word as a word of its own, possibly inflected (see `sameWord`). */
export function hasWordOf(text: string, term: string): boolean {
  const t = normal(term);
  if (!t) return true;
  return words(text).some((w) => sameWord(w, t));
}

/** Whether `text` has a word that starts with the query word: a compound («bolig» in «boligbygging»). */
function startsWordOf(text: string, term: string): boolean {
  const t = normal(term);
  return t.length >= 2 && words(text).some((w) => w.startsWith(t));
}

/**
 * «Mente du …?»: Pagefind stems words and matches the last one as a prefix, so a misspelt word
 * («boligbyging») can still bring hits, found on a word that is spelt otherwise. Given the query
 * and the indexed text of the hits shown, the query with each word of four letters or more that
 * none of the hits has (as a word, inflected, or as the start of one) replaced by the nearest word
 * they do have, about one letter wrong in four at most; null when no word needed that.
 */
export function correctedQuery(q: string, texts: readonly string[]): string | null {
  const termer = words(q);
  const ord = new Map<string, number>();
  for (const t of texts) for (const w of words(t)) if (w.length >= 4) ord.set(w, (ord.get(w) ?? 0) + 1);
  let rettet = false;
  const ut = termer.map((t) => {
    if (t.length < 4 || texts.some((x) => hasWordOf(x, t) || startsWordOf(x, t))) return t;
    const grense = Math.max(1, Math.floor(t.length / 4));
    let best: string | null = null;
    let bestAvstand = Infinity;
    for (const [w, n] of ord) {
      const d = editDistance(t, w);
      // The nearer word wins; between equally near ones, the one more hits use.
      if (d < bestAvstand || (d === bestAvstand && best !== null && n > ord.get(best)!)) {
        best = w;
        bestAvstand = d;
      }
    }
    if (best === null || bestAvstand === 0 || bestAvstand > grense) return t;
    rettet = true;
    return best;
  });
  return rettet ? ut.join(' ') : null;
}

export interface RankInput {
  title: string;
  /** Other names it goes by (aliases, abbreviations, Sami names). */
  names?: string[];
  type: string;
  /** The record's indexed text (title, text and extra terms). */
  content: string;
}

/**
 * Orders hits for «relevans» after Pagefind has scored them. Groups, best first:
 * 0. the hit whose name, or one of its other names, is the query (the kommune «Grong» before the
 *    actor «Grong kommune»; the ministry for «KDD»);
 * 1. hits that have every query word as a word, possibly inflected;
 * 2. hits where every query word at least starts a word (compounds: «bolig» → «boligbygging»);
 * 3. the rest: hits Pagefind found only because a short stem or prefix matched («Tana» → «tanken»).
 * Group 3 is left out when any hit is in a better group: it is noise beside real matches.
 * Stable within each group, so Pagefind's own order decides there. Returns the indices of the
 * hits to show, in order.
 */
export function rankByName(hits: readonly RankInput[], q: string): number[] {
  const query = normal(q);
  const terms = words(q);
  const tier = (h: RankInput) => {
    const text = `${h.title} ${h.content}`;
    if (query && [h.title, ...(h.names ?? [])].some((n) => normal(n) === query)) return 0;
    if (terms.every((t) => hasWordOf(text, t))) return 1;
    return terms.every((t) => hasWordOf(text, t) || startsWordOf(text, t)) ? 2 : 3;
  };
  const keyed = hits.map((h, i) => ({ i, tier: tier(h), type: TYPE_ORDER.get(h.type) ?? 99 }));
  keyed.sort((a, b) => a.tier - b.tier || (a.tier === 0 ? a.type - b.type : 0) || a.i - b.i);
  const real = keyed.some((k) => k.tier < 3);
  return keyed.filter((k) => !real || k.tier < 3).map((k) => k.i);
}

// ---------------------------------------------------------------------------------------------
// Snippet

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A snippet as safe HTML: the text escaped, with the words that match a query word (as
 * `hasWordOf` decides) marked.
 */
export function markSnippet(text: string, q: string): string {
  const terms = words(q);
  if (terms.length === 0) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(WORDS)) {
    const i = m.index ?? 0;
    out += escapeHtml(text.slice(last, i));
    out += terms.some((t) => hasWordOf(m[0], t)) ? `<mark>${escapeHtml(m[0])}</mark>` : escapeHtml(m[0]);
    last = i + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

// ---------------------------------------------------------------------------------------------
// CSV

/** What a hit gives the CSV: Pagefind's metadata for it and its address. */
export interface CsvHit {
  url: string;
  meta: Record<string, string | undefined>;
}

const kolonne = (id: 'alle' | 'bygdevekstmidler') => BELOP_OMFANG.find((o) => o.id === id)!.kolonne;

/** Columns of the search CSV, in order. Amount columns are named as in the data exports. */
export const CSV_COLUMNS = [
  'tittel',
  'type',
  'pilot',
  'planaar',
  'delmal',
  'ansvarlig',
  'status',
  kolonne('alle'),
  kolonne('bygdevekstmidler'),
  'kilde',
  'url',
] as const;

const amount = (v: string | undefined) => kroner(v);

/**
 * The hits as CSV: UTF-8 with BOM, semicolons, CRLF, amounts as whole kroner (empty where none is
 * stated), every text cell neutralised against spreadsheet formulas.
 */
export function resultsCsv(hits: readonly CsvHit[]): string {
  return lagCsv(
    CSV_COLUMNS,
    hits.map(({ url, meta: m }) => [
      m.title ?? '',
      m.type ?? '',
      m.pilot ?? '',
      m.planaar ?? '',
      m.delmal ?? '',
      m.ansvarlig ?? '',
      m.status ?? '',
      amount(m.budsjett),
      amount(m.bygdevekstmidler),
      m.kilde ?? '',
      url,
    ]),
  );
}

/** A file name that says what is in it: «sok-grong-type-tiltak-fra-500000.csv». */
export function csvFileName(state: SearchState, order: string[]): string {
  const parts = ['bygdevekstatlas', 'sok'];
  if (state.q) parts.push(state.q);
  for (const key of order) for (const v of state.filters[key] ?? []) parts.push(key, v);
  if (state.fra !== null) parts.push('fra', String(state.fra));
  if (state.til !== null) parts.push('til', String(state.til));
  const name = slug(parts.join('-')).slice(0, 120).replace(/-+$/, '');
  return `${name}.csv`;
}
