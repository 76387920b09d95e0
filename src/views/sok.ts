/** The search page: its filter groups, from the same records the index is built from. */
import { belopOverskrift } from '../lib/money/index.ts';
import { SEARCH_SORTS, searchFacets, searchRecords } from '../lib/search/index.ts';
import type { Site } from './site.ts';

/** Every search record, once per build (the page's filters and the index share them). */
export const sokPoster = (site: Site) => site.memo('searchRecords', () => searchRecords(site.c));

export function sokView(site: Site) {
  return {
    facets: searchFacets(sokPoster(site), site.c).filter((f) => f.options.length > 0),
    /** The amount range's legend, in the words every amount of a tiltak uses («Alle kilder»). */
    belopLegend: `${belopOverskrift('alle')}, i kroner`,
    sorter: SEARCH_SORTS,
  };
}
