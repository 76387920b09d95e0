/**
 * One search record from what its kind (recordKinds.ts) says about an entry: the text, the extra
 * terms, filters, sort keys and the shown metadata, the same way for every kind.
 */
import { belopOverskrift, omfang, statedAmount, type AmountSum } from '../money/index.ts';
import type { KildeRef } from '../../schemas/common.ts';
import { formatKroner } from '../format.ts';
import type { Lookups } from './recordLookups.ts';
import { SEARCH_TYPES, type FilterKey, type SearchRecord, type SearchType } from './recordModel.ts';
import { excerpt, titleSortKey, unique, uniqueCi } from './recordText.ts';

/** What a record kind says about one entry. */
export interface RecordInput {
  type: SearchType;
  id: string;
  title: string;
  parts: (string | null | undefined)[];
  actorIds?: string[];
  fundingIds?: string[];
  filters: Partial<Record<FilterKey, string[]>>;
  /** The funding sum, for records that have one (tiltak, delmål, plans, pilots). */
  budsjett?: AmountSum;
  /** The bygdevekstmidler part of it. */
  bygdevekstmidler?: AmountSum;
  budsjettHva?: string;
  pilots: string[];
  kontekst: string;
  status?: string;
  /** The record's own summary, the source of the snippet. */
  sammendrag: string | null | undefined;
  planaar?: string[];
  delmal?: string;
  ansvarlig?: string;
  kilde?: KildeRef;
  andreNavn?: string[];
}

/** The function that makes a record, for one set of lookups and extra-term finder. */
export function recordBuilder(
  { pilotName, kildeTekst }: Pick<Lookups, 'pilotName' | 'kildeTekst'>,
  extraTerms: (text: string, actorIds: string[], fundingIds: string[]) => string[],
): (r: RecordInput) => SearchRecord {
  return (r) => {
    // The title is already the weighted h1; repeating it here only doubles it in excerpts.
    const text = uniqueCi(
      r.parts
        .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
        .map((p) => p.replace(/\s+/g, ' ')),
    )
      .filter((p) => p.toLocaleLowerCase('nb') !== r.title.toLocaleLowerCase('nb'))
      .join('. ');
    const typeInfo = SEARCH_TYPES.find((t) => t.id === r.type)!;
    // «Ikke oppgitt» is not zero: only amounts the plans state are shown (the sort key is 0 without).
    const stated = (r.budsjett?.linjerMedBelop ?? 0) > 0;
    const uten = r.budsjett?.tiltakUtenBelop ?? 0;
    const utenBelop = r.type !== 'tiltak' && uten > 0 ? ` (${uten} tiltak uten oppgitt beløp)` : '';
    const bvm = r.bygdevekstmidler ? statedAmount(r.bygdevekstmidler) : null;
    const bvmTekst =
      bvm === null ? '' : `, av dette ${omfang('bygdevekstmidler').etter} ${formatKroner(bvm)}`;
    const filters: Partial<Record<FilterKey, string[]>> = { type: [r.type] };
    for (const [k, v] of Object.entries(r.filters) as [FilterKey, string[]][])
      if (v.length > 0) filters[k] = unique(v);
    return {
      url: typeInfo.url(r.id),
      title: r.title,
      type: r.type,
      text,
      terms: extraTerms(`${r.title}. ${text}`, r.actorIds ?? [], r.fundingIds ?? []),
      filters,
      sort: { budsjett: r.budsjett?.belop ?? 0, tittel: titleSortKey(r.title) },
      meta: {
        type: typeInfo.navn,
        pilot: r.pilots.map(pilotName).join(', '),
        kontekst: r.kontekst,
        budsjett: stated ? String(r.budsjett!.belop) : '',
        budsjettTekst: stated
          ? `${r.budsjettHva ? `${r.budsjettHva}, ${omfang('alle').etter}` : belopOverskrift('alle')}: ${formatKroner(r.budsjett!.belop)}${bvmTekst}${utenBelop}`
          : '',
        status: r.status ?? '',
        utdrag: excerpt(r.sammendrag ?? ''),
        planaar: (r.planaar ?? []).join(', '),
        delmal: r.delmal ?? '',
        ansvarlig: r.ansvarlig ?? '',
        bygdevekstmidler: bvm === null ? '' : String(bvm),
        kilde: r.kilde ? kildeTekst(r.kilde) : '',
        andreNavn: uniqueCi(r.andreNavn ?? []).join(' | '),
      },
    };
  };
}
