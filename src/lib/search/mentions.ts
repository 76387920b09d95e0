/**
 * Abbreviations and other names in search records: every actor a record refers to (by id) or
 * names in its text brings along its name and aliases, and funding sources their short forms, as
 * low-weight extra terms (see searchRecords.ts).
 */
import type { Aktor } from '../../schemas/aktor.ts';
import { FINANSIERINGSKILDER } from '../../schemas/vocabulary.ts';
import type { Entry } from '../loading/index.ts';
import { asciiVariants, escapeRegExp, unique, uniqueCi } from './recordText.ts';

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

/** A function giving a record's extra terms, for one set of actors (compiled once per build). */
export function extraTermsFinder(
  aktorer: readonly Entry<Aktor>[],
): (text: string, actorIds: string[], fundingIds: string[]) => string[] {
  const actorAbbrev = new Map(aktorer.map((a) => [a.id, actorAbbreviation(a)]));
  const mentionables: Abbreviation[] = [...actorAbbrev.values(), ...FUNDING_ABBREVIATIONS];

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
  return extraTerms;
}
