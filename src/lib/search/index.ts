// The public surface of src/lib/search for the rest of the site (see README.md); tests may import its modules directly.
export { writeSearchIndex } from './searchIndex.ts';
export { searchFacets } from './searchFacets.ts';
export { searchRecords } from './searchRecords.ts';
export { SEARCH_SORTS } from './sorts.ts';
export { type SearchState } from './searchUi.ts';
