/** The search page's filter groups, built from the records themselves so controls and index agree. */
import type { Collections, Entry } from '../loading/index.ts';
import { compareNb } from '../format.ts';
import { slug } from '../slug.ts';
import {
  FINANSIERINGSKILDER,
  FYLKER,
  LAERING_SLAG,
  TILTAK_STATUSER,
  navnFor,
} from '../../schemas/vocabulary.ts';
import {
  SEARCH_FILTERS,
  SEARCH_TYPES,
  type Facet,
  type FacetOption,
  type FilterKey,
  type SearchRecord,
} from './recordModel.ts';

/** How one filter's values are named and ordered for people. */
interface FacetStyle {
  /** The value's label; without it, the value itself. */
  label?: (value: string) => string;
  order: (a: FacetOption, b: FacetOption) => number;
}

const byNb = (a: FacetOption, b: FacetOption) => compareNb(a.label, b.label);

/** Values from a fixed list (a vocabulary): its names, in its order; unknown values last. */
function listed(list: readonly { id: string; navn: string }[]): FacetStyle {
  const indexOf = (id: string) => {
    const i = list.findIndex((x) => x.id === id);
    return i < 0 ? list.length : i;
  };
  return { label: (v) => navnFor(list, v), order: (a, b) => indexOf(a.value) - indexOf(b.value) };
}

/** Entries' values: their names, in Norwegian order, or by the entries' own `rekkefolge` first. */
function named<T extends { navn: string; rekkefolge?: number }>(
  entries: readonly Entry<T>[],
  byRekkefolge = false,
): FacetStyle {
  const names = new Map(entries.map((x) => [x.id, x.data.navn]));
  const rank = new Map(entries.map((x) => [x.id, x.data.rekkefolge]));
  const rankOf = (id: string) => rank.get(id) ?? 999;
  return {
    label: (v) => names.get(v) ?? v,
    order: byRekkefolge ? (a, b) => rankOf(a.value) - rankOf(b.value) || byNb(a, b) : byNb,
  };
}

function facetStyles(c: Collections): Record<FilterKey, FacetStyle> {
  const fylker = new Map(FYLKER.map((f, i) => [slug(f), { navn: f as string, i }]));
  return {
    type: listed(SEARCH_TYPES),
    pilot: named(c.piloter),
    fylke: {
      label: (v) => fylker.get(v)?.navn ?? v,
      order: (a, b) => (fylker.get(a.value)?.i ?? 99) - (fylker.get(b.value)?.i ?? 99),
    },
    kommune: named(c.kommuner),
    tema: named(c.tema, true),
    status: listed(TILTAK_STATUSER),
    planaar: { order: (a, b) => a.value.localeCompare(b.value) },
    aktor: named(c.aktorer),
    finansieringskilde: listed(FINANSIERINGSKILDER),
    initiativ: named(c.initiativer, true),
    laeringsslag: listed(LAERING_SLAG),
  };
}

/** The filter groups with every value present in the records, labelled and ordered for people. */
export function searchFacets(records: SearchRecord[], c: Collections): Facet[] {
  const styles = facetStyles(c);
  return SEARCH_FILTERS.map(({ key, legend }) => {
    const counts = new Map<string, number>();
    for (const r of records) for (const v of r.filters[key] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
    const { label, order } = styles[key];
    const options = [...counts].map(([value, antall]) => ({ value, antall, label: label?.(value) ?? value }));
    options.sort(order);
    return { key, legend, options };
  });
}
