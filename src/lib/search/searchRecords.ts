/**
 * Search records: one small document per tiltak, delmål, handlingsplan, pilot, kommune, theme,
 * actor, lesson (lærdom) and district initiative, made from content alone (never from the rendered pages), so page chrome never
 * enters the index and the index does not depend on how the pages are marked up.
 *
 * The build (scripts/build.mjs, through src/lib/search/searchIndex.ts) feeds `recordHtml(record)` for
 * each record to Pagefind's Node API after the pages, in the same process; the search page (`/sok/`) renders its filter controls from
 * `searchFacets()`, so the controls and the index always offer the same values.
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
import { tiltakKommuner } from '../model/index.ts';
import type { Collections, Entry } from '../loading/index.ts';
import type { Aktor } from '../../schemas/aktor.ts';
import type { Tiltak } from '../../schemas/tiltak.ts';
import type { KildeRef } from '../../schemas/common.ts';
import {
  isBygdevekstmidler,
  statedAmount,
  sumFunding,
  type AmountSum,
  belopOverskrift,
  omfang,
} from '../money/index.ts';
import { compareNb, formatKroner, formatLinjer } from '../format.ts';
import {
  AKTOR_TYPER,
  FINANSIERINGSKILDER,
  FYLKER,
  INITIATIV_SLAG,
  LAERING_SLAG,
  TILTAK_STATUSER,
  navnFor,
} from '../../schemas/vocabulary.ts';
import { laeringInitiativer, laertAvNavn } from '../learning/index.ts';
import { urlFor } from '../urls.ts';
import { slug } from '../slug.ts';
import { AMOUNT_FILTER, amountBuckets } from './amountBuckets.ts';

/** Kinds of record, in the order the type filter lists them. */
export const SEARCH_TYPES = [
  { id: 'pilot', navn: 'Pilot', flertall: 'Piloter', url: urlFor.pilot },
  { id: 'kommune', navn: 'Kommune', flertall: 'Kommuner', url: urlFor.kommune },
  { id: 'handlingsplan', navn: 'Handlingsplan', flertall: 'Handlingsplaner', url: urlFor.plan },
  { id: 'delmal', navn: 'Delmål', flertall: 'Delmål', url: urlFor.delmal },
  { id: 'tiltak', navn: 'Tiltak', flertall: 'Tiltak', url: urlFor.tiltak },
  { id: 'tema', navn: 'Tema', flertall: 'Tema', url: urlFor.tema },
  { id: 'aktor', navn: 'Aktør', flertall: 'Aktører', url: urlFor.aktor },
  { id: 'laerdom', navn: 'Lærdom', flertall: 'Lærdommer', url: urlFor.laering },
  { id: 'initiativ', navn: 'Distriktssatsing', flertall: 'Distriktssatsinger', url: urlFor.initiativ },
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number]['id'];

/** The filters, in the order the search page shows them. `key` is also the URL parameter. */
export const SEARCH_FILTERS = [
  { key: 'type', legend: 'Type treff' },
  { key: 'pilot', legend: 'Pilot' },
  { key: 'fylke', legend: 'Fylke' },
  { key: 'kommune', legend: 'Kommune' },
  { key: 'tema', legend: 'Tema' },
  { key: 'status', legend: 'Status (tiltak)' },
  { key: 'planaar', legend: 'Planår' },
  { key: 'aktor', legend: 'Aktør' },
  { key: 'finansieringskilde', legend: 'Finansieringskilde' },
  { key: 'initiativ', legend: 'Distriktssatsing' },
  { key: 'laeringsslag', legend: 'Slag lærdom' },
] as const;
export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

export interface SearchRecord {
  /** The page the record stands for, e.g. «/tiltak/indre-namdal-2026-d1-3/». */
  url: string;
  title: string;
  type: SearchType;
  /** The searchable text: names, titles, printed wordings and the body in plain text. */
  text: string;
  /** Low-weight extra terms: actors' other names and abbreviations, ASCII spellings. */
  terms: string[];
  /** Filter values (ids; `fylke` as an ASCII slug, `planaar` as the year). */
  filters: Partial<Record<FilterKey, string[]>>;
  sort: {
    /** Whole kroner (see the module comment). */
    budsjett: number;
    /** The title lower-cased, with æ ø å after z, so Pagefind's plain string order is Norwegian order. */
    tittel: string;
  };
  meta: {
    /** The type's Norwegian name («Tiltak»). */
    type: string;
    /** Pilot name(s), comma-separated; empty when none. */
    pilot: string;
    /** Where the record sits, e.g. «Tiltak 1.1 · Handlingsplan 2025». */
    kontekst: string;
    /** Raw whole kroner as a string, same as the sort key; empty where no amount is stated. */
    budsjett: string;
    /** The amount formatted («120 000 kr») with what it is, or empty where no amount is stated. */
    budsjettTekst: string;
    /** A tiltak's status (Norwegian name); empty for other types. */
    status: string;
    /**
     * The snippet shown under the hit: the start of the record's own summary (body or description),
     * never the index's extra terms (aliases, ASCII spellings), which are for finding, not reading.
     */
    utdrag: string;
    /** Plan year(s), comma-separated («2025, 2026»); empty where none. */
    planaar: string;
    /** The delmål a tiltak serves («1 Rekruttering …»), «tverrgående», or the delmål's own number and title. */
    delmal: string;
    /** Who is responsible: «hovedansvarlig» as printed, else the responsible actors' names. */
    ansvarlig: string;
    /** The bygdevekstmidler in the amount (whole kroner); empty where no bygdevekstmidler amount is stated. */
    bygdevekstmidler: string;
    /** Where the entry stands in the sources: document and lines («Handlingsplan 2026 …, linje 120–134»). */
    kilde: string;
    /** Other names the entry goes by («KDD», «Deatnu»), separated by « | »; used to rank, not shown. */
    andreNavn: string;
  };
}

export interface FacetOption {
  value: string;
  label: string;
  /** Records with this value. */
  antall: number;
}
export interface Facet {
  key: FilterKey;
  legend: string;
  options: FacetOption[];
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** The sort key for titles: lower case, with æ ø å after z («{» sorts after «z»). */
export function titleSortKey(title: string): string {
  return title.toLowerCase().replace(/æ/g, '{a').replace(/ø/g, '{b').replace(/å/g, '{c').trim();
}

/** An MDX body as plain text: no headings marks, emphasis, links, tags or expressions. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * ASCII spellings of the words with æ, ø or å: «økt» → «okt», «oekt»; «næring» → «naering»;
 * «Holtålen» → «holtaalen» (Pagefind itself folds å → a, so «holtalen» is not added).
 */
export function asciiVariants(text: string): string[] {
  const out = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    // Two-letter words («på», «nå», «få») give nothing worth finding.
    if (word.length < 3 || !/[æøå]/.test(word)) continue;
    if (/[æø]/.test(word)) out.add(word.replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a'));
    out.add(word.replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa'));
  }
  return [...out];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Short forms that stand for a longer name in the sources, each way round. */
interface Abbreviation {
  /** All the names, the first the normal one. */
  names: string[];
  /** Patterns that tell that a text speaks of it. */
  patterns: Mention[];
}

/**
 * Whether an actor's alias is distinctive enough to recognise it in free text: a name of
 * several words, an abbreviation with capitals («TRFK», «AtB», «IN»), or the normal name.
 * Generic single words such as «Fylkeskommunen» or «Bygdevekst» are left out: they would tie
 * texts about other counties and pilots to the wrong actor.
 */
function distinctive(alias: string, navn: string): boolean {
  if (alias.length < 2) return false;
  if (alias === navn) return true;
  if (/\s/.test(alias.trim())) return true;
  return /^\p{Lu}.*\p{Lu}/u.test(alias);
}

/**
 * A pattern, and a lower-case piece of text that must occur for it to match: testing that first
 * keeps the search index step fast at thousands of records (most texts mention few actors).
 */
interface Mention {
  needle: string;
  re: RegExp;
}

function mentioned(m: Mention, text: string, lowerText: string): boolean {
  return lowerText.includes(m.needle) && m.re.test(text);
}

function mentionPattern(name: string): Mention {
  const body = escapeRegExp(name.trim()).replace(/\s+/g, '\\s+');
  // Single words are proper nouns or abbreviations and match case-sensitively («IN» is not the
  // word «in», «Nav» not «nav»); names of several words match in any case («Trøndelag Fylkeskommune»).
  const caseSensitive = !/\s/.test(name.trim());
  return {
    needle: name.trim().split(/\s+/)[0].toLowerCase(),
    re: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu'),
  };
}

function actorAbbreviation(a: Entry<Aktor>): Abbreviation {
  const names = unique([a.data.navn, ...a.data.aliaser]);
  return { names, patterns: names.filter((n) => distinctive(n, a.data.navn)).map(mentionPattern) };
}

/** Funding sources whose short form differs from the name («BV-midler» / «Bygdevekstmidler»). */
const FUNDING_ABBREVIATIONS: Abbreviation[] = FINANSIERINGSKILDER.filter(
  (k) => k.kort !== k.navn && /^\p{Lu}{2,}/u.test(k.kort),
).map((k) => ({
  names: [k.navn, k.kort],
  // The long form also inflected («bygdevekstmidlene»).
  patterns: [
    mentionPattern(k.kort),
    {
      needle: k.navn.slice(0, -2).toLowerCase(),
      re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(k.navn.slice(0, -2))}\\p{L}*`, 'iu'),
    },
  ],
}));

/**
 * The first sentences of a text up to about `max` characters, cut after a full stop where one
 * falls late enough, else at a word boundary with «…».
 */
export function excerpt(text: string, max = 220): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const stop = cut.lastIndexOf('. ');
  if (stop >= max * 0.5) return cut.slice(0, stop + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : max).replace(/[\s,;:–-]+$/, '')} …`;
}

function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Case-insensitive de-duplication that keeps the first spelling. */
function uniqueCi(xs: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const k = x.trim().toLowerCase();
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(x.trim());
  }
  return out;
}

/**
 * The sum of a tiltak's funding lines in whole kroner (lines without an amount add nothing),
 * computed by the same function as every budget on the site (src/lib/money/budget.ts).
 */
export function tiltakBudsjett(t: Entry<Tiltak>): number {
  return sumFunding([t]).belop;
}

// ---------------------------------------------------------------------------------------------
// Records

/** One record per tiltak, delmål, handlingsplan, pilot, kommune, theme and actor. */
export function searchRecords(c: Collections): SearchRecord[] {
  const byId = <T>(xs: Entry<T>[]) => new Map(xs.map((x) => [x.id, x]));
  const piloter = byId(c.piloter);
  const planer = byId(c.handlingsplaner);
  const delmal = byId(c.delmal);
  const kommuner = byId(c.kommuner);
  const aktorer = byId(c.aktorer);
  const tema = byId(c.tema);

  const actorAbbrev = new Map(c.aktorer.map((a) => [a.id, actorAbbreviation(a)]));
  const mentionables: Abbreviation[] = [...actorAbbrev.values(), ...FUNDING_ABBREVIATIONS];

  const pilotOfPlan = (planId: string) => planer.get(planId)?.data.pilot;
  const pilotName = (id: string) => piloter.get(id)?.data.navn ?? id;
  const pilotKommuner = (id: string) => piloter.get(id)?.data.kommuner ?? [];
  const pilotFylke = (id: string) => {
    const f = piloter.get(id)?.data.fylke;
    return f ? [slug(f)] : [];
  };
  const actorName = (id: string) => aktorer.get(id)?.data.navn ?? id;
  const temaName = (id: string) => tema.get(id)?.data.navn ?? id;
  const kommuneName = (id: string) => kommuner.get(id)?.data.navn ?? id;
  const dokumenter = new Map(c.kilder.map((k) => [k.id, k.data.tittel]));
  /** A citation as one readable string, as the data exports write it. */
  const kildeTekst = (ref: KildeRef) => {
    const doc = ref.dokument ? (dokumenter.get(ref.dokument) ?? ref.dokument) : (ref.url ?? '');
    const linjer = formatLinjer(ref.linjer);
    return linjer ? `${doc}, ${linjer}` : doc;
  };
  const bvmOf = (ts: Entry<Tiltak>[] | undefined) => sumFunding(ts ?? [], isBygdevekstmidler);

  const tiltakActors = (t: Tiltak) =>
    unique([
      ...t.hovedansvarlige,
      ...t.samarbeidsparter,
      ...t.finansiering.flatMap((l) => (l.giver ? [l.giver] : [])),
    ]);
  const tiltakByPlan = new Map<string, Entry<Tiltak>[]>();
  const tiltakByDelmal = new Map<string, Entry<Tiltak>[]>();
  const tiltakByPilot = new Map<string, Entry<Tiltak>[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const t of c.tiltak) {
    push(tiltakByPlan, t.data.plan, t);
    if (t.data.delmal) push(tiltakByDelmal, t.data.delmal, t);
    const p = pilotOfPlan(t.data.plan);
    if (p) push(tiltakByPilot, p, t);
  }
  const sumOf = (ts: Entry<Tiltak>[] | undefined): AmountSum => sumFunding(ts ?? []);
  const yearsOf = (ts: Entry<Tiltak>[] | undefined) =>
    unique(
      (ts ?? []).flatMap((t) => {
        const aar = planer.get(t.data.plan)?.data.aar;
        return aar ? [String(aar)] : [];
      }),
    ).sort();
  const temaOf = (ts: Entry<Tiltak>[] | undefined) => unique((ts ?? []).flatMap((t) => t.data.tema));
  const kilderOf = (ts: Entry<Tiltak>[] | undefined) =>
    unique((ts ?? []).flatMap((t) => t.data.finansiering.map((l) => l.kilde)));
  const actorsOf = (ts: Entry<Tiltak>[] | undefined) =>
    unique((ts ?? []).flatMap((t) => tiltakActors(t.data)));

  /**
   * What a record that stands for a group of one pilot's tiltak (a delmål, a plan, the pilot) is
   * filed and summed under: the pilot's place, and the themes, years, actors, funding sources and
   * amounts of its tiltak, plus what the record itself names (`own`). `own.planaar` replaces the
   * tiltak's years (a plan has its own year).
   */
  const tiltakGroup = (
    pilot: string,
    ts: Entry<Tiltak>[] | undefined,
    own: { tema?: string[]; planaar?: string[]; aktor: string[] },
  ) => ({
    fundingIds: kilderOf(ts),
    filters: {
      pilot: [pilot],
      fylke: pilotFylke(pilot),
      kommune: pilotKommuner(pilot),
      tema: unique([...(own.tema ?? []), ...temaOf(ts)]),
      planaar: own.planaar ?? yearsOf(ts),
      aktor: unique([...own.aktor, ...actorsOf(ts)]),
      finansieringskilde: kilderOf(ts),
    },
    budsjett: sumOf(ts),
    bygdevekstmidler: bvmOf(ts),
    budsjettHva: 'Tiltakene til sammen',
    pilots: [pilot],
  });

  const wholeWords = new Map<string, Mention>();
  /** A name as a whole word in any case; compiled once per name, since the same names recur in thousands of records. */
  const wholeWord = (name: string): Mention => {
    let m = wholeWords.get(name);
    if (!m)
      wholeWords.set(
        name,
        (m = {
          needle: name.toLowerCase(),
          re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu'),
        }),
      );
    return m;
  };

  /** Extra terms: names and aliases of the actors referred to or mentioned, funding short forms, ASCII spellings. */
  function extraTerms(text: string, actorIds: string[], fundingIds: string[]): string[] {
    const names: string[] = [];
    for (const id of actorIds) names.push(...(actorAbbrev.get(id)?.names ?? []));
    for (const k of FINANSIERINGSKILDER) if (fundingIds.includes(k.id)) names.push(k.navn, k.kort);
    const lower = text.toLowerCase();
    for (const ab of mentionables)
      if (ab.patterns.some((p) => mentioned(p, text, lower))) names.push(...ab.names);
    // Only what the text does not already say (as whole words, in any case), then ASCII spellings of all of it.
    const added = uniqueCi(names).filter((n) => !mentioned(wholeWord(n), text, lower));
    return uniqueCi([...added, ...asciiVariants(`${text} ${added.join(' ')}`)]);
  }

  function record(r: {
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
  }): SearchRecord {
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
  }

  const out: SearchRecord[] = [];

  for (const t of c.tiltak) {
    const d = t.data;
    const plan = planer.get(d.plan);
    const pilot = plan?.data.pilot;
    const dm = d.delmal ? delmal.get(d.delmal) : undefined;
    const actors = tiltakActors(d);
    const kilder = unique(d.finansiering.map((l) => l.kilde));
    const status = navnFor(TILTAK_STATUSER, d.status);
    out.push(
      record({
        type: 'tiltak',
        id: t.id,
        title: d.tittel,
        parts: [
          d.tittel,
          ...d.andreTitler.map((a) => a.tekst),
          plainText(t.body),
          dm ? `Delmål ${dm.data.nr}: ${dm.data.tittel}` : 'Tverrgående tiltak',
          pilot ? pilotName(pilot) : null,
          d.statusTekst ?? status,
          d.hovedansvarligTekst,
          d.samarbeidsparterTekst,
          d.tidsramme,
          ...actors.map(actorName),
          ...d.tema.map(temaName),
          ...d.finansiering.map((l) => l.formal),
          ...kilder.map((k) => navnFor(FINANSIERINGSKILDER, k)),
        ],
        actorIds: actors,
        fundingIds: kilder,
        filters: {
          pilot: pilot ? [pilot] : [],
          fylke: pilot ? pilotFylke(pilot) : [],
          // Only the kommuner the tiltak is for (the whole pilot unless the plan names some).
          kommune: tiltakKommuner(c, t),
          tema: d.tema,
          status: [d.status],
          planaar: plan ? [String(plan.data.aar)] : [],
          aktor: actors,
          finansieringskilde: kilder,
        },
        budsjett: sumFunding([t]),
        bygdevekstmidler: bvmOf([t]),
        pilots: pilot ? [pilot] : [],
        sammendrag: plainText(t.body),
        planaar: plan ? [String(plan.data.aar)] : [],
        delmal: dm ? `${dm.data.nr} ${dm.data.tittel}` : d.delmal === null ? 'tverrgående' : '',
        ansvarlig: d.hovedansvarligTekst ?? d.hovedansvarlige.map(actorName).join(', '),
        kilde: d.kilde,
        kontekst: `Tiltak ${d.nr}${plan ? ` i handlingsplan ${plan.data.aar}` : ''}${dm ? `, delmål ${dm.data.nr}` : d.delmal === null ? ', tverrgående' : ''}`,
        status,
      }),
    );
  }

  for (const dm of c.delmal) {
    const d = dm.data;
    const ts = tiltakByDelmal.get(dm.id);
    const actors = unique([...d.samarbeidsparter, ...d.kanInviteres]);
    out.push(
      record({
        type: 'delmal',
        id: dm.id,
        title: d.tittel,
        parts: [
          d.tittel,
          d.kortTittel,
          ...d.andreTitler.map((a) => a.tekst),
          plainText(dm.body),
          pilotName(d.pilot),
          ...actors.map(actorName),
          ...d.tema.map(temaName),
        ],
        actorIds: actors,
        ...tiltakGroup(d.pilot, ts, { tema: d.tema, aktor: actors }),
        kontekst: `Delmål ${d.nr}`,
        sammendrag: plainText(dm.body),
        planaar: yearsOf(ts),
        delmal: `${d.nr} ${d.tittel}`,
        kilde: d.kilde,
      }),
    );
  }

  for (const p of c.handlingsplaner) {
    const d = p.data;
    const ts = tiltakByPlan.get(p.id);
    const actors = unique([
      ...d.vedtak.flatMap((v) => (v.aktor ? [v.aktor] : [])),
      ...d.godkjennere.flatMap((g) => (g.aktor ? [g.aktor] : [])),
    ]);
    out.push(
      record({
        type: 'handlingsplan',
        id: p.id,
        title: d.tittel,
        parts: [
          d.tittel,
          `Handlingsplan ${d.aar}`,
          pilotName(d.pilot),
          plainText(p.body),
          ...d.vedtak.map((v) => `${v.organ} ${v.hva}`),
          ...actors.map(actorName),
        ],
        actorIds: actors,
        ...tiltakGroup(d.pilot, ts, { planaar: [String(d.aar)], aktor: actors }),
        kontekst: `Handlingsplan ${d.aar}`,
        sammendrag: plainText(p.body),
        planaar: [String(d.aar)],
        kilde: d.kilde,
      }),
    );
  }

  for (const p of c.piloter) {
    const d = p.data;
    const ts = tiltakByPilot.get(p.id);
    const dms = c.delmal.filter((x) => x.data.pilot === p.id);
    const parter = unique([...d.avtale.parter, ...d.avtale.saerligeRoller.map((r) => r.aktor)]);
    const kommuneNames = d.kommuner.flatMap((k) => [
      kommuneName(k),
      ...(kommuner.get(k)?.data.andreNavn.map((n) => n.navn) ?? []),
    ]);
    out.push(
      record({
        type: 'pilot',
        id: p.id,
        title: d.navn,
        parts: [
          d.navn,
          ...d.andreNavn,
          `Bygdevekstpilot i ${d.fylke}`,
          ...kommuneNames,
          plainText(p.body),
          d.avtale.periodeTekst,
          ...parter.map(actorName),
          ...d.avtale.saerligeRoller.map((r) => r.rolle),
          ...d.ukjent,
          ...d.merknader,
        ],
        actorIds: parter,
        ...tiltakGroup(p.id, ts, {
          tema: dms.flatMap((x) => x.data.tema),
          planaar: unique([
            ...c.handlingsplaner.filter((h) => h.data.pilot === p.id).map((h) => String(h.data.aar)),
            ...yearsOf(ts),
          ]).sort(),
          aktor: parter,
        }),
        kontekst: `Pilot i ${d.fylke}, pulje ${d.pulje}`,
        sammendrag: plainText(p.body),
        planaar: yearsOf(ts),
        kilde: d.kilder[0],
        andreNavn: d.andreNavn,
      }),
    );
  }

  for (const k of c.kommuner) {
    const d = k.data;
    const pilotIds = unique([
      d.pilot,
      ...c.piloter.filter((p) => p.data.kommuner.includes(k.id)).map((p) => p.id),
    ]);
    out.push(
      record({
        type: 'kommune',
        id: k.id,
        title: d.navn,
        parts: [
          d.navn,
          ...d.andreNavn.map((n) => `${n.navn} (${n.sprak})`),
          `Kommune i ${d.fylke}`,
          `Kommunenummer ${d.kommunenummer}`,
          ...pilotIds.map((p) => `Del av bygdevekstpiloten ${pilotName(p)}`),
          ...d.merknader,
        ],
        // The kommune as an actor («Grong kommune»), where it is one.
        actorIds: c.aktorer
          .filter((a) => a.data.type === 'kommune' && a.data.navn.startsWith(`${d.navn} `))
          .map((a) => a.id),
        filters: { pilot: pilotIds, fylke: [slug(d.fylke)], kommune: [k.id] },
        pilots: pilotIds,
        kontekst: `Kommune i ${d.fylke}`,
        sammendrag: [
          `Kommune i ${d.fylke}, kommunenummer ${d.kommunenummer}.`,
          ...pilotIds.map((p) => `Del av bygdevekstpiloten ${pilotName(p)}.`),
          ...d.merknader,
        ].join(' '),
        kilde: d.kommunenummerKilde,
        andreNavn: d.andreNavn.map((n) => n.navn),
      }),
    );
  }

  for (const t of c.tema) {
    const tiltakHere = c.tiltak.filter((x) => x.data.tema.includes(t.id));
    const delmalHere = c.delmal.filter((x) => x.data.tema.includes(t.id));
    const pilotIds = unique([
      ...delmalHere.map((x) => x.data.pilot),
      ...tiltakHere.flatMap((x) => pilotOfPlan(x.data.plan) ?? []),
    ]).filter((p) => piloter.has(p));
    out.push(
      record({
        type: 'tema',
        id: t.id,
        title: t.data.navn,
        parts: [t.data.navn, t.data.beskrivelse],
        filters: { pilot: pilotIds, tema: [t.id] },
        pilots: [],
        kontekst: 'Tema på tvers av pilotene',
        sammendrag: t.data.beskrivelse,
      }),
    );
  }

  for (const a of c.aktorer) {
    const d = a.data;
    const pilotIds = unique([
      ...c.tiltak
        .filter((t) => tiltakActors(t.data).includes(a.id))
        .flatMap((t) => pilotOfPlan(t.data.plan) ?? []),
      ...c.delmal
        .filter((x) => x.data.samarbeidsparter.includes(a.id) || x.data.kanInviteres.includes(a.id))
        .map((x) => x.data.pilot),
      ...c.piloter
        .filter(
          (p) =>
            p.data.avtale.parter.includes(a.id) || p.data.avtale.saerligeRoller.some((r) => r.aktor === a.id),
        )
        .map((p) => p.id),
    ]).filter((p) => piloter.has(p));
    const typeNavn = navnFor(AKTOR_TYPER, d.type);
    out.push(
      record({
        type: 'aktor',
        id: a.id,
        title: d.navn,
        parts: [d.navn, ...d.aliaser, d.beskrivelse, typeNavn],
        actorIds: [a.id],
        filters: { pilot: pilotIds, aktor: [a.id] },
        pilots: pilotIds,
        kontekst: typeNavn,
        sammendrag: d.beskrivelse ?? `${typeNavn}.`,
        kilde: d.kilde,
        andreNavn: d.aliaser,
      }),
    );
  }

  const initiativNavn = (id: string) => c.initiativer.find((i) => i.id === id)?.data.navn ?? id;

  // Lessons: the claim is the title; evidence, who learned it and the addressee are the text.
  for (const l of c.laering) {
    const d = l.data;
    const pilotIds = unique([
      ...(d.laertAv.pilot ? [d.laertAv.pilot] : []),
      ...(d.laertAv.kommune ? [kommuner.get(d.laertAv.kommune)?.data.pilot ?? ''] : []),
      ...d.tiltak.flatMap((t) => {
        const tt = c.tiltak.find((x) => x.id === t);
        return tt ? (pilotOfPlan(tt.data.plan) ?? []) : [];
      }),
    ]).filter((p) => piloter.has(p));
    const initiativer = laeringInitiativer(d);
    const slagNavn = navnFor(LAERING_SLAG, d.slag);
    out.push(
      record({
        type: 'laerdom',
        id: l.id,
        title: d.pastand,
        parts: [
          laertAvNavn(c, d.laertAv).navn,
          d.mottaker?.tekst,
          ...d.belegg.map((b) => b.tekst),
          ...d.tema.map(temaName),
          ...initiativer.map(initiativNavn),
          slagNavn,
        ],
        filters: {
          pilot: pilotIds,
          tema: d.tema,
          initiativ: initiativer,
          laeringsslag: [d.slag],
          kommune: d.laertAv.kommune ? [d.laertAv.kommune] : [],
        },
        pilots: pilotIds,
        kontekst: `${slagNavn} · ${laertAvNavn(c, d.laertAv).navn}`,
        sammendrag: d.belegg[0]?.tekst,
        kilde: d.kilde,
      }),
    );
  }

  // Initiatives. Their kommuner are searchable by name, but only pilot kommuner become filter values.
  for (const i of c.initiativer) {
    const d = i.data;
    const pilotKommuner = d.kommuner.flatMap((k) => (k.kommune ? [k.kommune] : []));
    const slagNavn = navnFor(INITIATIV_SLAG, d.slag);
    out.push(
      record({
        type: 'initiativ',
        id: i.id,
        title: d.navn,
        parts: [
          ...d.andreNavn,
          d.beskrivelse,
          d.eier.tekst,
          d.periode.tekst,
          ...d.fylker,
          ...d.kommuner.map((k) => k.navn),
          d.premiss.tekst,
          d.metode.tekst,
          ...d.virker.map((v) => v.tekst),
          ...d.virkerIkke.map((v) => v.tekst),
          ...d.tema.map(temaName),
          slagNavn,
        ],
        actorIds: d.eier.aktorer,
        filters: {
          pilot: d.piloter.filter((p) => piloter.has(p)),
          tema: d.tema,
          initiativ: [i.id],
          kommune: pilotKommuner,
          aktor: d.eier.aktorer,
        },
        pilots: [],
        kontekst: `${slagNavn} · ${d.eier.tekst}`,
        sammendrag: d.beskrivelse,
        kilde: d.kilde,
        andreNavn: d.andreNavn,
      }),
    );
  }

  return out;
}

// ---------------------------------------------------------------------------------------------
// Facets for the search page

/** The filter groups with every value present in the records, labelled and ordered for people. */
export function searchFacets(records: SearchRecord[], c: Collections): Facet[] {
  const name = <T extends { navn: string }>(xs: Entry<T>[]) => new Map(xs.map((x) => [x.id, x.data.navn]));
  const pilotNames = name(c.piloter);
  const kommuneNames = name(c.kommuner);
  const temaOrder = new Map(c.tema.map((t) => [t.id, t.data.rekkefolge]));
  const temaNames = name(c.tema);
  const aktorNames = name(c.aktorer);
  const fylker = new Map(FYLKER.map((f, i) => [slug(f), { navn: f as string, i }]));
  const indexOf = (list: readonly { id: string }[], id: string) => {
    const i = list.findIndex((x) => x.id === id);
    return i < 0 ? list.length : i;
  };
  const byNb = (a: FacetOption, b: FacetOption) => compareNb(a.label, b.label);

  return SEARCH_FILTERS.map(({ key, legend }) => {
    const counts = new Map<string, number>();
    for (const r of records) for (const v of r.filters[key] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
    const options = [...counts].map(([value, antall]) => ({ value, antall, label: value }));
    switch (key) {
      case 'type':
        options.forEach((o) => (o.label = navnFor(SEARCH_TYPES, o.value)));
        options.sort((a, b) => indexOf(SEARCH_TYPES, a.value) - indexOf(SEARCH_TYPES, b.value));
        break;
      case 'pilot':
        options.forEach((o) => (o.label = pilotNames.get(o.value) ?? o.value));
        options.sort(byNb);
        break;
      case 'fylke':
        options.forEach((o) => (o.label = fylker.get(o.value)?.navn ?? o.value));
        options.sort((a, b) => (fylker.get(a.value)?.i ?? 99) - (fylker.get(b.value)?.i ?? 99));
        break;
      case 'kommune':
        options.forEach((o) => (o.label = kommuneNames.get(o.value) ?? o.value));
        options.sort(byNb);
        break;
      case 'tema':
        options.forEach((o) => (o.label = temaNames.get(o.value) ?? o.value));
        options.sort(
          (a, b) => (temaOrder.get(a.value) ?? 999) - (temaOrder.get(b.value) ?? 999) || byNb(a, b),
        );
        break;
      case 'status':
        options.forEach((o) => (o.label = navnFor(TILTAK_STATUSER, o.value)));
        options.sort((a, b) => indexOf(TILTAK_STATUSER, a.value) - indexOf(TILTAK_STATUSER, b.value));
        break;
      case 'planaar':
        options.sort((a, b) => a.value.localeCompare(b.value));
        break;
      case 'aktor':
        options.forEach((o) => (o.label = aktorNames.get(o.value) ?? o.value));
        options.sort(byNb);
        break;
      case 'finansieringskilde':
        options.forEach((o) => (o.label = navnFor(FINANSIERINGSKILDER, o.value)));
        options.sort((a, b) => indexOf(FINANSIERINGSKILDER, a.value) - indexOf(FINANSIERINGSKILDER, b.value));
        break;
      case 'initiativ': {
        const order = new Map(c.initiativer.map((i) => [i.id, i.data.rekkefolge]));
        options.forEach((o) => (o.label = c.initiativer.find((i) => i.id === o.value)?.data.navn ?? o.value));
        options.sort((a, b) => (order.get(a.value) ?? 999) - (order.get(b.value) ?? 999) || byNb(a, b));
        break;
      }
      case 'laeringsslag':
        options.forEach((o) => (o.label = navnFor(LAERING_SLAG, o.value)));
        options.sort((a, b) => indexOf(LAERING_SLAG, a.value) - indexOf(LAERING_SLAG, b.value));
        break;
    }
    return { key, legend, options };
  });
}

// ---------------------------------------------------------------------------------------------
// The document Pagefind indexes

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
