/** The small HTML document Pagefind indexes for one search record. */
import { AMOUNT_FILTER, amountBuckets } from './amountBuckets.ts';
import type { FilterKey, SearchRecord } from './recordModel.ts';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The small HTML document Pagefind indexes for a record: `lang="nb"` for Norwegian stemming,
 * the title in a heavily weighted h1, the text, the extra terms at low weight, and filters,
 * sort keys and metadata as attributes with raw values inside an ignored element, so they
 * never become searchable text.
 */
export function recordHtml(r: SearchRecord): string {
  const attr = (kind: 'filter' | 'sort' | 'meta', key: string, value: string) =>
    `<span data-pagefind-${kind}="${key}[data-v]" data-v="${esc(value)}"></span>`;
  const filters = (Object.entries(r.filters) as [FilterKey, string[]][]).flatMap(([k, vs]) =>
    vs.map((v) => attr('filter', k, v)),
  );
  // Only a stated amount is in any amount range («ikke oppgitt» is not 0).
  if (r.meta.budsjett !== '')
    for (const b of amountBuckets(Number(r.meta.budsjett))) filters.push(attr('filter', AMOUNT_FILTER, b));
  const sorts = [attr('sort', 'budsjett', String(r.sort.budsjett)), attr('sort', 'tittel', r.sort.tittel)];
  const meta = (Object.entries(r.meta) as [string, string][])
    .filter(([, v]) => v !== '')
    .map(([k, v]) => attr('meta', k, v));
  return [
    '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>',
    esc(r.title),
    '</title></head><body><main data-pagefind-body>',
    `<h1 data-pagefind-weight="10">${esc(r.title)}</h1>`,
    `<p>${esc(r.text)}</p>`,
    r.terms.length > 0 ? `<p data-pagefind-weight="0.5">Også: ${esc(r.terms.join(', '))}</p>` : '',
    `<div data-pagefind-ignore>${attr('meta', 'title', r.title)}${[...filters, ...sorts, ...meta].join('')}</div>`,
    '</main></body></html>',
  ].join('');
}
