// What browser code may import from src/lib/search: modules free of build-time code, so client bundles stay small.
export { AMOUNT_FILTER, rangeBuckets } from './amountBuckets.ts';
export { SEARCH_SORTS } from './sorts.ts';
export {
  correctedQuery,
  csvFileName,
  DEFAULT_SORT,
  filterCount,
  kroner,
  markSnippet,
  paramsFromState,
  rankByName,
  resultsCsv,
  type SearchState,
  stateFromParams,
} from './searchUi.ts';
