/**
 * Search records: one small document per tiltak, delmål, handlingsplan, pilot, kommune, theme,
 * actor, lesson (lærdom) and district initiative, made from content alone (never from the rendered pages), so page chrome never
 * enters the index and the index does not depend on how the pages are marked up.
 *
 * The build (scripts/build.mjs, through src/lib/search/searchIndex.ts) feeds `recordHtml(record)` for
 * each record to Pagefind's Node API after the pages, in the same process; the search page (`/sok/`) renders its filter controls from
 * `searchFacets()`, so the controls and the index always offer the same values.
 *
 * Where things are: what each kind of record says is one row of RECORD_KINDS (recordKinds.ts);
 * recordBuilder.ts makes every record from such a row the same way; mentions.ts finds the extra
 * terms; searchFacets.ts and recordHtml.ts read finished records.
 *
 * Norwegian relevance, beyond Pagefind's own «nb» stemming («tiltakene» → tiltak):
 * - Pagefind folds å → a but not ø or æ, so «okt» would not find «økt». Every word with æ, ø
 *   or å also goes into the record in ASCII spellings (ø → o and ø → oe, æ → ae, å → aa) as
 *   low-weight terms.
 * - Abbreviations find what they stand for and back: every actor a record refers to (by id) or
 *   names in its text brings along its name and all its `aliaser` from content/aktorer
 *   («TRFK» ↔ «Trøndelag fylkeskommune», «KDD», «Nav»/«NAV», «IN» ↔ «Bygdevekst Indre Namdal»),
 *   and the funding sources bring their short forms from the vocabulary («BV-midler» ↔
 *   «bygdevekstmidler»).
 *
 * Budget (whole kroner, summed by `sumFunding` in src/lib/money/budget.ts like every budget on the
 * site): for a tiltak the sum of its funding lines; for a handlingsplan, delmål or pilot the sum
 * over all its tiltak. Lines without an amount add nothing.
 * - `sort.budsjett` is that sum as a raw integer, and 0 where no amount is stated and for
 *   kommuner, themes and actors: every record needs the key, because Pagefind leaves records
 *   without it out of sorted results. So «lowest first» starts with the records without amounts.
 * - `meta.budsjett` (shown, and the CSV's `budsjett` column) is the same integer only where the
 *   plans state an amount, and empty otherwise: «ikke oppgitt» is never shown as 0.
 */
import type { Collections, Entry } from '../loading/index.ts';
import type { Tiltak } from '../../schemas/tiltak.ts';
import { sumFunding } from '../money/index.ts';
import { recordBuilder } from './recordBuilder.ts';
import { RECORD_KINDS } from './recordKinds.ts';
import { recordLookups } from './recordLookups.ts';
import type { SearchRecord } from './recordModel.ts';
import { extraTermsFinder } from './mentions.ts';

/** One record per entry of every kind in RECORD_KINDS, kind by kind, each kind in content order. */
export function searchRecords(c: Collections): SearchRecord[] {
  const lookups = recordLookups(c);
  const record = recordBuilder(lookups, extraTermsFinder(c.aktorer));
  return RECORD_KINDS.flatMap((kind) => kind.inputs(c, lookups).map(record));
}

/**
 * The sum of a tiltak's funding lines in whole kroner (lines without an amount add nothing),
 * computed by the same function as every budget on the site (src/lib/money/budget.ts).
 */
export function tiltakBudsjett(t: Entry<Tiltak>): number {
  return sumFunding([t]).belop;
}
