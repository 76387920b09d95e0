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
 *   as UTF-8 CSV with BOM, semicolon-separated, made in the browser; `budsjett` is whole kroner,
 *   empty where the plans state no amount.
 * Nothing is requested from other hosts: Pagefind's files are served with the site.
 */
import { SEARCH_SORTS } from '../lib/searchRecords.ts';
import { noytraliser } from '../lib/csvCelle.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
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
}

/** Sort ids (the URL's `sort`) → Pagefind sort, from the one list the page's select is made from. */
const SORTS: Record<string, Record<string, 'asc' | 'desc'> | null> = Object.fromEntries(
  SEARCH_SORTS.map((s) => [s.id, s.pagefind]),
);
const DEFAULT_SORT: string = SEARCH_SORTS[0].id;
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 250;
const BUNDLE = '/pagefind/pagefind.js';

export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: string;
}

/** Reads a state from URL parameters, keeping only filter keys and values the page offers. */
export function stateFromParams(params: URLSearchParams, known: Map<string, Set<string>>): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [key, values] of known) {
    const chosen = params.getAll(key).filter((v) => values.has(v));
    if (chosen.length > 0) filters[key] = [...new Set(chosen)];
  }
  const sort = params.get('sort') ?? DEFAULT_SORT;
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort in SORTS ? sort : DEFAULT_SORT };
}

/** The URL query string for a state («q=…&pilot=…&sort=…»), empty for the empty search. */
export function paramsFromState(state: SearchState, order: string[]): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const key of order) for (const v of state.filters[key] ?? []) p.append(key, v);
  if (state.sort !== DEFAULT_SORT) p.set('sort', state.sort);
  return p.toString();
}

/** One CSV cell: formula-like text neutralised, quoted when it holds a separator, a quote or a line break. */
function cell(value: string): string {
  const v = noytraliser(value);
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV text with BOM: tittel;type;pilot;url;budsjett;status, CRLF line ends. */
export function resultsCsv(
  rows: { tittel: string; type: string; pilot: string; url: string; budsjett: string; status: string }[],
): string {
  const cols = ['tittel', 'type', 'pilot', 'url', 'budsjett', 'status'] as const;
  const lines = [cols.join(';'), ...rows.map((r) => cols.map((c) => cell(r[c])).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function countText(n: number, state: SearchState, filterCount: number): string {
  const treff = n === 1 ? '1 treff' : `${n.toLocaleString('nb-NO')} treff`;
  const hva = state.q ? ` for «${state.q}»` : '';
  const filtre = filterCount === 0 ? '' : filterCount === 1 ? ' med 1 filter' : ` med ${filterCount} filtre`;
  if (n === 0) return `Ingen treff${hva}${filtre}. Prøv et annet ord, eller fjern filtre.`;
  return `${treff}${hva}${filtre}.`;
}

export function startSearch(): void {
  const app = document.getElementById('sok-app');
  const noJs = document.getElementById('sok-uten-js');
  const form = document.getElementById('sok-skjema') as HTMLFormElement | null;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const sortSelect = document.getElementById('sort') as HTMLSelectElement | null;
  const status = document.getElementById('sok-status');
  const list = document.getElementById('treffliste');
  const more = document.getElementById('vis-flere') as HTMLButtonElement | null;
  const download = document.getElementById('last-ned') as HTMLButtonElement | null;
  const reset = document.getElementById('nullstill') as HTMLButtonElement | null;
  if (!app || !form || !input || !sortSelect || !status || !list || !more || !download || !reset) return;

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
      await pf.options({ excerptLength: 28, excerptEllipsis: '…' });
      await pf.init();
      // Loading the filter index first makes every search return counts per filter value.
      await pf.filters();
      pagefind = pf;
      return pf;
    })
    .catch(() => {
      status.textContent =
        'Søket kunne ikke lastes. Bruk oversiktene over piloter, kommuner og tema i menyen.';
      return null;
    });

  let current: PagefindResult[] = [];
  let shown = 0;
  let seq = 0;
  let lastAnnounced = '';

  function readForm(): SearchState {
    const filters: Record<string, string[]> = {};
    for (const b of boxes) if (b.checked) (filters[b.name] ??= []).push(b.value);
    return {
      q: input!.value.trim(),
      filters,
      sort: sortSelect!.value in SORTS ? sortSelect!.value : DEFAULT_SORT,
    };
  }

  function writeForm(state: SearchState): void {
    input!.value = state.q;
    sortSelect!.value = state.sort;
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

  function resultItem(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    // Raw values for people's tools and for the tests: type, pilot ids, budget in whole kroner.
    li.dataset.type = d.filters.type?.[0] ?? '';
    li.dataset.pilot = (d.filters.pilot ?? []).join(' ');
    li.dataset.budsjett = d.meta.budsjett ?? '';
    const meta = [d.meta.type, d.meta.kontekst, d.meta.pilot, d.meta.status, d.meta.budsjettTekst]
      .filter(Boolean)
      .map((s) => escapeHtml(s!))
      .join(' · ');
    li.innerHTML =
      `<h3><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a></h3>` +
      `<p class="treff-meta">${meta}</p>` +
      // Pagefind escapes the excerpt's text and adds only <mark> elements.
      `<p class="treff-utdrag">${d.excerpt}</p>`;
    return li;
  }

  async function showMore(focusFirst: boolean): Promise<void> {
    const mySeq = seq;
    const slice = current.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (mySeq !== seq) return;
    const items = data.map(resultItem);
    list!.append(...items);
    shown += slice.length;
    more!.hidden = shown >= current.length;
    const rest = current.length - shown;
    more!.textContent =
      rest <= PAGE_SIZE ? `Vis de ${rest} siste treffene` : `Vis ${PAGE_SIZE} treff til (${rest} gjenstår)`;
    if (focusFirst && items[0]) items[0].querySelector('a')?.focus();
  }

  async function run(state: SearchState): Promise<void> {
    const mySeq = ++seq;
    writeUrl(state);
    const filterCount = Object.values(state.filters).reduce((n, v) => n + v.length, 0);
    const pf = pagefind ?? (await loading);
    if (!pf || mySeq !== seq) return;

    if (!state.q && filterCount === 0 && state.sort === DEFAULT_SORT) {
      current = [];
      shown = 0;
      list!.replaceChildren();
      more!.hidden = true;
      download!.disabled = true;
      updateCounts(await pf.filters());
      if (mySeq === seq) finish('Skriv et søkeord eller velg et filter.', 0, state);
      return;
    }

    const term = state.q || null;
    const filters: Record<string, FilterValue> = {};
    for (const [k, v] of Object.entries(state.filters)) filters[k] = { any: v };
    const sort = SORTS[state.sort] ?? undefined;
    const search = await pf.search(term, { filters, ...(sort ? { sort } : {}) });
    if (mySeq !== seq) return;

    // Counts per value: for a group with chosen values, what choosing one more would give
    // (the group's own filter left out, since its values are alternatives).
    const counts = { ...search.filters };
    await Promise.all(
      Object.keys(filters).map(async (key) => {
        const others = { ...filters };
        delete others[key];
        counts[key] = (await pf.search(term, { filters: others })).filters[key] ?? {};
      }),
    );
    if (mySeq !== seq) return;

    current = search.results;
    shown = 0;
    list!.replaceChildren();
    await showMore(false);
    if (mySeq !== seq) return;
    updateCounts(counts);
    download!.disabled = current.length === 0;
    finish(countText(current.length, state, filterCount), current.length, state);
  }

  /** Announces the result and marks the page as done with this state (tests wait for `data-ferdig`). */
  function finish(text: string, n: number, state: SearchState): void {
    announce(text);
    status!.dataset.treff = String(n);
    app!.dataset.ferdig = paramsFromState(state, order);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  function schedule(delay = DEBOUNCE_MS): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(readForm()), delay);
  }

  input.addEventListener('input', () => schedule());
  sortSelect.addEventListener('change', () => schedule(0));
  for (const b of boxes) b.addEventListener('change', () => schedule(0));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    schedule(0);
  });
  reset.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    schedule(0);
  });
  more.addEventListener('click', () => void showMore(true));

  download.addEventListener('click', async () => {
    const rows = await Promise.all(current.map((r) => r.data()));
    const csv = resultsCsv(
      rows.map((d) => ({
        tittel: d.meta.title ?? '',
        type: d.meta.type ?? '',
        pilot: d.meta.pilot ?? '',
        url: new URL(d.url, location.origin).href,
        budsjett: d.meta.budsjett ?? '',
        status: d.meta.status ?? '',
      })),
    );
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = 'bygdevekstatlas-sok.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  });

  const initial = stateFromParams(new URLSearchParams(location.search), known);
  writeForm(initial);
  void run(initial);
}
