/**
 * The search page's client: Pagefind's JavaScript API behind the page's own form, so the
 * controls are plain labelled HTML that work by keyboard and screen reader.
 *
 * - State (query, filters, sort) lives in the URL: `/sok/?q=bolig&pilot=indre-namdal&sort=budsjett-desc`.
 *   It is read on load and written back with history.replaceState on every change, so a search
 *   can be shared and bookmarked.
 * - Within one filter group the values are alternatives (any of them); groups narrow each other.
 * - The result count is announced through a polite live region, once per finished search.
 * - «Last ned treffene (CSV)» writes the whole current result set (not only the shown page)
 *   as UTF-8 CSV with BOM, semicolon-separated, made in the browser (columns in src/lib/search/searchUi.ts).
 * - For «Relevans» the hits Pagefind scores highest are put in order by name (rankByName): the
 *   entity whose name is the query first, prefix-only matches last.
 * - The amount range (`fra`/`til`, all sources) keeps hits with a stated amount inside it. It is a
 *   Pagefind filter over amount buckets (src/lib/search/amountBuckets.ts), so neither the range nor the
 *   filter counts under it need any hit's data: only the hits shown (and the CSV) are fetched.
 * - Fast at thousands of records: the first page is shown as soon as its hits' data is in, the
 *   counts follow; a search already made in this visit (the same URL state) is shown from memory.
 * - On a phone the filters fold behind «Filtrer (n)», so the hits come first.
 * Nothing is requested from other hosts: Pagefind's files are served with the site.
 */
import {
  AMOUNT_FILTER,
  correctedQuery,
  rangeBuckets,
  SEARCH_SORTS,
  DEFAULT_SORT,
  csvFileName,
  filterCount,
  kroner,
  markSnippet,
  paramsFromState,
  rankByName,
  resultsCsv,
  stateFromParams,
  type SearchState,
} from '../lib/search/client.ts';

export { paramsFromState, resultsCsv, stateFromParams, type SearchState };

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text of the record, extra terms included (used for ranking, never shown). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  /** Per filter value: the hits if that value were chosen too (Pagefind's own count, no data needed). */
  filters: Counts;
  /** Per filter value: the hits for the term alone, with no filter. */
  totalFilters: Counts;
}
type FilterValue = { any: string[] };
interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    o?: { filters?: Record<string, FilterValue>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string) => Promise<void>;
}

/** Sort ids (the URL's `sort`) → Pagefind sort, from the one list the page's select is made from. */
const SORTS: Record<string, Record<string, 'asc' | 'desc'> | null> = Object.fromEntries(
  SEARCH_SORTS.map((s) => [s.id, s.pagefind]),
);
const PAGE_SIZE = 20;
/**
 * How many of Pagefind's best hits are put in order by name; the rest keep Pagefind's order.
 * One page: ranking then needs the data of no hit that is not shown anyway.
 */
const RANK_WINDOW = PAGE_SIZE;
const DEBOUNCE_MS = 150;
/** A filter value no record has: an amount range that holds no amount («fra» above «til»). */
const NO_AMOUNT = 'ingen';
/** Pagefind's bundle, under the base path the site was built for (Astro sets BASE_URL from it). */
const BUNDLE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function countText(n: number, state: SearchState, filters: number): string {
  const treff = n === 1 ? '1 treff' : `${n.toLocaleString('nb-NO')} treff`;
  const hva = state.q ? ` for «${state.q}»` : '';
  const filtre = filters === 0 ? '' : filters === 1 ? ' med 1 filter' : ` med ${filters} filtre`;
  if (n === 0) return `Ingen treff${hva}${filtre}. Prøv et annet ord, eller fjern filtre.`;
  return `${treff}${hva}${filtre}.`;
}

export function startSearch(): void {
  const app = document.getElementById('sok-app');
  const noJs = document.getElementById('sok-uten-js');
  const form = document.getElementById('sok-skjema') as HTMLFormElement | null;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const sortSelect = document.getElementById('sort') as HTMLSelectElement | null;
  const fraInput = document.getElementById('fra') as HTMLInputElement | null;
  const tilInput = document.getElementById('til') as HTMLInputElement | null;
  const status = document.getElementById('sok-status');
  const mente = document.getElementById('sok-mente');
  const list = document.getElementById('treffliste');
  const more = document.getElementById('vis-flere') as HTMLButtonElement | null;
  const download = document.getElementById('last-ned') as HTMLButtonElement | null;
  const reset = document.getElementById('nullstill') as HTMLButtonElement | null;
  const toggle = document.getElementById('vis-filtre') as HTMLButtonElement | null;
  const toggleCount = toggle?.querySelector('[data-filter-antall]');
  if (!app || !form || !input || !sortSelect || !fraInput || !tilInput || !status || !mente || !list) return;
  if (!more || !download || !reset || !toggle || !toggleCount) return;

  const boxes = [
    ...document.querySelectorAll<HTMLInputElement>('fieldset[data-filter] input[type=checkbox]'),
  ];
  const order = [...document.querySelectorAll<HTMLElement>('fieldset[data-filter]')].map(
    (f) => f.dataset.filter!,
  );
  const known = new Map<string, Set<string>>(
    order.map((k) => [k, new Set(boxes.filter((b) => b.name === k).map((b) => b.value))]),
  );

  app.hidden = false;
  noJs?.setAttribute('hidden', '');

  let pagefind: PagefindApi | null = null;
  const loading: Promise<PagefindApi | null> = import(/* @vite-ignore */ BUNDLE as string)
    .then(async (pf: PagefindApi) => {
      // The records' addresses carry the base path already (src/lib/urls.ts); Pagefind would add it again.
      await pf.options({ baseUrl: '/' });
      await pf.init();
      performance.mark('sok:pagefind-init');
      // Loading the filter index first makes every search return counts per filter value.
      await pf.filters();
      performance.mark('sok:pagefind-filtre');
      pagefind = pf;
      return pf;
    })
    .catch(() => {
      status.textContent =
        'Søket kunne ikke lastes. Bruk oversiktene over piloter, kommuner og tema i menyen.';
      return null;
    });

  /** Each hit's data is fetched once, whether for ranking, the amount range, showing or the CSV. */
  const cache = new Map<string, Promise<PagefindResultData>>();
  const dataOf = (r: PagefindResult) => {
    let d = cache.get(r.id);
    if (!d) cache.set(r.id, (d = r.data()));
    return d;
  };

  let current: PagefindResult[] = [];
  let shown = 0;
  let seq = 0;
  let lastAnnounced = '';

  /** An amount field's value in kroner; a field that is not a whole number is marked and left out. */
  function amountOf(field: HTMLInputElement): number | null {
    const v = kroner(field.value);
    const bad = field.value.trim() !== '' && v === null;
    if (bad) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
    return v;
  }

  function readForm(): SearchState {
    const filters: Record<string, string[]> = {};
    for (const b of boxes) if (b.checked) (filters[b.name] ??= []).push(b.value);
    return {
      q: input!.value.trim(),
      filters,
      sort: sortSelect!.value in SORTS ? sortSelect!.value : DEFAULT_SORT,
      fra: amountOf(fraInput!),
      til: amountOf(tilInput!),
    };
  }

  function writeForm(state: SearchState): void {
    input!.value = state.q;
    sortSelect!.value = state.sort;
    fraInput!.value = state.fra === null ? '' : String(state.fra);
    tilInput!.value = state.til === null ? '' : String(state.til);
    for (const b of boxes) b.checked = (state.filters[b.name] ?? []).includes(b.value);
  }

  function writeUrl(state: SearchState): void {
    const qs = paramsFromState(state, order);
    const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  function updateCounts(counts: Record<string, Record<string, number>> | undefined): void {
    for (const b of boxes) {
      const span = b.parentElement?.querySelector('[data-antall]');
      if (!span) continue;
      const n = counts?.[b.name]?.[b.value];
      span.textContent = `(${n ?? 0})`;
    }
  }

  function announce(text: string): void {
    // Setting the same text twice is not announced again; a changed text is.
    if (text === lastAnnounced) status!.textContent = '';
    status!.textContent = text;
    lastAnnounced = text;
  }

  /**
   * «Mente du …?» when the hits were found on a word spelt otherwise than the query's: the nearest
   * word the shown hits have, linked as a search of its own (src/lib/search/searchUi.ts).
   */
  async function showCorrection(state: SearchState): Promise<void> {
    const data = state.q ? await Promise.all(current.slice(0, PAGE_SIZE).map(dataOf)) : [];
    const rettet =
      data.length > 0
        ? correctedQuery(
            state.q,
            data.map((d) => d.content),
          )
        : null;
    if (!rettet) {
      mente!.replaceChildren();
      return;
    }
    const lenke = document.createElement('a');
    lenke.href = `${location.pathname}?${paramsFromState({ ...state, q: rettet }, order)}`;
    lenke.textContent = rettet;
    mente!.replaceChildren(
      'Mente du «',
      lenke,
      `»? Ingen av treffene har «${state.q}»; de er funnet på ord som ligner.`,
    );
  }

  function resultItem(d: PagefindResultData, q: string): HTMLLIElement {
    const li = document.createElement('li');
    // Raw values for people's tools and for the tests: type, pilot ids, budget in whole kroner.
    li.dataset.type = d.filters.type?.[0] ?? '';
    li.dataset.pilot = (d.filters.pilot ?? []).join(' ');
    li.dataset.budsjett = d.meta.budsjett ?? '';
    const meta = [d.meta.kontekst, d.meta.pilot, d.meta.status]
      .filter(Boolean)
      .map((s) => escapeHtml(s!))
      .join(' · ');
    li.innerHTML =
      `<h3><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a></h3>` +
      `<p class="treff-meta"><span class="ds-tag" data-size="sm">${escapeHtml(d.meta.type ?? '')}</span> ${meta}</p>` +
      (d.meta.budsjettTekst ? `<p class="treff-belop">${escapeHtml(d.meta.budsjettTekst)}</p>` : '') +
      // The record's own summary, never Pagefind's excerpt: that may show the index's extra terms.
      (d.meta.utdrag ? `<p class="treff-utdrag">${markSnippet(d.meta.utdrag, q)}</p>` : '');
    return li;
  }

  /**
   * Lists the next page of hits. For a new search (`progressive`) each hit is listed as soon as
   * it and those before it have arrived, so the first shows without waiting for the last; a page
   * asked for with «Vis flere» comes all at once, with the button updated in the same step.
   */
  async function showMore(focusFirst: boolean, q: string, progressive = false): Promise<void> {
    const mySeq = seq;
    const slice = current.slice(shown, shown + PAGE_SIZE);
    const pending = slice.map(dataOf);
    if (!progressive) await Promise.all(pending);
    for (const [i, p] of pending.entries()) {
      const d = await p;
      if (mySeq !== seq) return;
      const item = resultItem(d, q);
      list!.append(item);
      if (i > 0) continue;
      performance.mark('sok:treff');
      if (focusFirst) item.querySelector('a')?.focus();
    }
    shown += slice.length;
    more!.hidden = shown >= current.length;
    const rest = current.length - shown;
    more!.textContent =
      rest <= PAGE_SIZE ? `Vis de ${rest} siste treffene` : `Vis ${PAGE_SIZE} treff til (${rest} gjenstår)`;
  }

  /** For «relevans» with a query, Pagefind's best hits put in order by name (their data is shown anyway). */
  async function arrange(results: PagefindResult[], state: SearchState): Promise<PagefindResult[]> {
    if (!state.q || state.sort !== DEFAULT_SORT) return results;
    const head = results.slice(0, RANK_WINDOW);
    const data = await Promise.all(head.map(dataOf));
    const ranked = rankByName(
      data.map((d) => ({
        title: d.meta.title ?? '',
        names: (d.meta.andreNavn ?? '').split(' | ').filter(Boolean),
        type: d.filters.type?.[0] ?? '',
        content: d.content,
      })),
      state.q,
    );
    return [...ranked.map((i) => head[i]), ...results.slice(RANK_WINDOW)];
  }

  /** Pagefind filters for a state: the chosen values, and the amount range as amount buckets. */
  function pagefindFilters(state: SearchState): Record<string, FilterValue> {
    const filters: Record<string, FilterValue> = {};
    for (const [k, v] of Object.entries(state.filters)) filters[k] = { any: v };
    if (state.fra !== null || state.til !== null) {
      const buckets = rangeBuckets(state.fra, state.til);
      filters[AMOUNT_FILTER] = { any: buckets.length > 0 ? buckets : [NO_AMOUNT] };
    }
    return filters;
  }

  /**
   * Counts per value, all from Pagefind's own counts (no hit's data): for a group with chosen
   * values, what choosing one more would give, so the group's own filter is left out (its values
   * are alternatives), the other groups and the amount range kept. With no other filter that is
   * Pagefind's `totalFilters`; otherwise one more search per such group.
   */
  async function countsFor(
    pf: PagefindApi,
    term: string | null,
    search: PagefindSearch,
    filters: Record<string, FilterValue>,
  ): Promise<Counts> {
    const counts = { ...search.filters };
    await Promise.all(
      Object.keys(filters)
        .filter((key) => key !== AMOUNT_FILTER)
        .map(async (key) => {
          const others = { ...filters };
          delete others[key];
          counts[key] =
            Object.keys(others).length === 0
              ? (search.totalFilters[key] ?? {})
              : ((await pf.search(term, { filters: others })).filters[key] ?? {});
        }),
    );
    return counts;
  }

  let currentState: SearchState | null = null;
  /** Searches made in this visit, by URL state: going back to one shows it at once. */
  const made = new Map<string, { results: PagefindResult[]; counts: Promise<Counts> }>();

  async function run(state: SearchState): Promise<void> {
    const mySeq = ++seq;
    // Marks for scripts/bench-search.mjs: search started, first hits shown, all done.
    performance.mark('sok:start');
    currentState = state;
    writeUrl(state);
    const chosen = filterCount(state);
    toggleCount!.textContent = String(chosen);
    const pf = pagefind ?? (await loading);
    if (!pf || mySeq !== seq) return;

    if (!state.q && chosen === 0 && state.sort === DEFAULT_SORT) {
      current = [];
      shown = 0;
      list!.replaceChildren();
      more!.hidden = true;
      download!.disabled = true;
      mente!.replaceChildren();
      updateCounts(await pf.filters());
      if (mySeq === seq) finish('Skriv et søkeord eller velg et filter.', 0, state);
      return;
    }

    const key = paramsFromState(state, order);
    let outcome = made.get(key);
    if (!outcome) {
      const term = state.q || null;
      const filters = pagefindFilters(state);
      // With no query and no filter, Pagefind needs a sort to list every record: highest amount first.
      const sort =
        SORTS[state.sort] ??
        (!term && Object.keys(filters).length === 0 ? ({ budsjett: 'desc' } as const) : undefined);
      const search = await pf.search(term, { filters, ...(sort ? { sort } : {}) });
      if (mySeq !== seq) return;
      const results = await arrange(search.results, state);
      if (mySeq !== seq) return;
      outcome = { results, counts: countsFor(pf, term, search, filters) };
      made.set(key, outcome);
    }

    // The first page as soon as its data is in; the counts after.
    current = outcome.results;
    shown = 0;
    list!.replaceChildren();
    await showMore(false, state.q, true);
    if (mySeq !== seq) return;
    await showCorrection(state);
    if (mySeq !== seq) return;
    download!.disabled = current.length === 0;
    const counts = await outcome.counts;
    if (mySeq !== seq) return;
    updateCounts(counts);
    finish(countText(current.length, state, chosen), current.length, state);
  }

  /** Announces the result and marks the page as done with this state (tests wait for `data-ferdig`). */
  function finish(text: string, n: number, state: SearchState): void {
    announce(text);
    status!.dataset.treff = String(n);
    app!.dataset.ferdig = paramsFromState(state, order);
    performance.mark('sok:ferdig');
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  function schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(readForm()), delay);
  }

  /**
   * Waits for typing to pause, unless the search is already made in this visit; meanwhile
   * Pagefind fetches the index chunks for the words typed so far.
   */
  const typed = () => {
    const q = input.value.trim();
    if (q) void pagefind?.preload(q).catch(() => null);
    schedule(made.has(paramsFromState(readForm(), order)) ? 0 : DEBOUNCE_MS);
  };
  input.addEventListener('input', typed);
  fraInput.addEventListener('input', typed);
  tilInput.addEventListener('input', typed);
  sortSelect.addEventListener('change', () => schedule(0));
  for (const b of boxes) b.addEventListener('change', () => schedule(0));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    schedule(0);
  });
  reset.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    fraInput.value = '';
    tilInput.value = '';
    schedule(0);
  });
  more.addEventListener('click', () => void showMore(true, currentState?.q ?? ''));
  // On a phone the filters are folded away under the hits' heading; the button opens them.
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    app.dataset.filtre = open ? 'apne' : '';
  });

  download.addEventListener('click', async () => {
    const rows = await Promise.all(current.map(dataOf));
    const csv = resultsCsv(rows.map((d) => ({ url: new URL(d.url, location.origin).href, meta: d.meta })));
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = csvFileName(currentState ?? readForm(), order);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  });

  const initial = stateFromParams(new URLSearchParams(location.search), known);
  writeForm(initial);
  void run(initial);
}
