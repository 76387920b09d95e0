/** Sort orders offered on the search page; the value is the URL's `sort` parameter. */
export const SEARCH_SORTS = [
  { id: 'relevans', navn: 'Relevans', pagefind: null },
  { id: 'budsjett-desc', navn: 'Budsjett, høyeste først', pagefind: { budsjett: 'desc' } },
  { id: 'budsjett-asc', navn: 'Budsjett, laveste først', pagefind: { budsjett: 'asc' } },
  { id: 'tittel', navn: 'Tittel (A–Å)', pagefind: { tittel: 'asc' } },
] as const;
