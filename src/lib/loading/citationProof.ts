/**
 * Citation proof: every amount with cited lines must stand on those lines of the source text,
 * and every title kept «as printed» must stand inside its cited lines. A wrong line number is as
 * misleading to a reader who follows the link as a wrong figure, so a miss is an error unless the
 * entry states, in `unntak`, why the figure is deliberately not found there.
 *
 * Pure: the source text comes in as a function from a `kilder` id to its lines.
 */
import type { Collections } from './loadContent.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Problem } from './problem.ts';
import { formatKronebelop, formatKroner } from '../format.ts';
import { egetDokument, linjerAv } from './sourceRefs.ts';

export type Linjer = readonly [number, number];

/** One figure or title and where it claims to stand. */
export interface Citation {
  kind: 'belop' | 'tittel';
  file: string;
  felt: string;
  /** The amount in kroner, or the title text. */
  value: number | string;
  dokument: string | null;
  linjer: Linjer | null;
  /** The stated reason why the value is not where it is cited, if the entry gives one. */
  unntak: string | null;
}

export interface ProofResult {
  problems: Problem[];
  /** Amounts found on their lines. */
  provenAmounts: number;
  /** Titles found on their lines. */
  provenTitles: number;
  /** Citations skipped because they carry a stated exception. */
  exceptions: Citation[];
  /** Citations that could not be checked: no lines, or no text for the document. */
  unchecked: number;
}

// Separators Norwegian documents put between groups of three digits: space, no-break space,
// thin space, narrow no-break space, full stop, apostrophe.
const GROUP_SEP = "[ \\u00a0\\u2009\\u202f.']";
const SPACE = '[\\s\\u00a0\\u2009\\u202f]';
// Only these count as joining digits into one number; a tab separates table cells.
const BEFORE = `(?<![\\d,]|\\d${GROUP_SEP})`;
const AFTER = `(?!\\d|${GROUP_SEP}\\d{3}(?!\\d)|,\\d)`;
const MILL = `${SPACE}*(?:mill(?:ion(?:er)?)?\\.?|mnok|mkr|mill\\.?${SPACE}*kr)`;
const TUSEN = `${SPACE}*(?:tusen|k(?:r)?\\.?${SPACE}*tusen)`;

function groupsOfThree(digits: string): string[] {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups;
}

/** `n / 10^power` written with a decimal comma (or point) and no trailing zeros, e.g. 375000, 6 → "0[,.]375". */
function scaled(n: number, power: number): string | null {
  const unit = 10 ** power;
  const whole = Math.floor(n / unit);
  const rest = n % unit;
  if (whole === 0 && rest === 0) return null;
  if (rest === 0) return `${whole}(?:[,.]0+)?`;
  const decimals = String(rest).padStart(power, '0').replace(/0+$/, '');
  return `${whole}[,.]${decimals}`;
}

/**
 * A pattern that matches the amount `n` kroner in every way the documents write it:
 * 375000, 375 000 (any space), 375.000, «kr 375 000,-», 0,375 mill., 3,5 millioner, 375 tusen.
 */
export function amountPattern(n: number): RegExp {
  if (!Number.isInteger(n) || n < 0) throw new Error(`ikke et beløp i hele kroner: ${n}`);
  const digits = String(n);
  const alternatives = [`${BEFORE}${digits}${AFTER}`];
  // Tables print a zero as a lone dash in its cell («kr -»).
  if (n === 0) alternatives.push('(?<!\\S)[-\u2013](?!\\S)');
  if (digits.length > 3) {
    alternatives.push(`${BEFORE}${groupsOfThree(digits).join(GROUP_SEP)}${AFTER}`);
  }
  const millions = n >= 10_000 ? scaled(n, 6) : null;
  if (millions) alternatives.push(`${BEFORE}${millions}${MILL}`);
  const thousands = n >= 1000 ? scaled(n, 3) : null;
  if (thousands) alternatives.push(`${BEFORE}${thousands}${TUSEN}`);
  return new RegExp(alternatives.map((a) => `(?:${a})`).join('|'), 'iu');
}

export function amountAppears(n: number, text: string): boolean {
  return amountPattern(n).test(text);
}

/**
 * Text as compared for titles: soft hyphens gone, words split by a hyphen at a line break joined,
 * quotes and dashes of one kind, all runs of white space one space.
 */
export function normaliseText(s: string): string {
  return s
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})-[ \t]*\n[ \t]*(\p{Ll})/gu, '$1$2')
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[\u201c\u201d\u201e«»]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    .trim();
}

export function titleAppears(title: string, text: string): boolean {
  const t = normaliseText(title);
  const hay = normaliseText(text);
  if (hay.includes(t)) return true;
  // A title broken over two lines with a hyphen ends up as «ut- vikling» once lines are joined.
  return hay.replace(/(\p{L})- (\p{Ll})/gu, '$1$2').includes(t.replace(/(\p{L})- (\p{Ll})/gu, '$1$2'));
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** Fields that hold a title exactly as printed, next to a `kilde` or `linjer` that says where. */
const TITLE_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  tiltak: ['tittel'],
  delmal: ['tittel'],
};

/**
 * Every amount and printed title in one entry, with the document and lines it cites.
 * Walks the data so that new fields with a `belop` and a `kilde`/`linjer`, or a stated table's
 * `verdier` with `linjer`, are proven without a change here. A `kilde.dokument` (or a plan's
 * `dokument`) is inherited by everything below it.
 */
export function citationsIn(collection: CollectionName, file: string, data: Json): Citation[] {
  const out: Citation[] = [];
  const titleFields = TITLE_FIELDS[collection] ?? [];

  function visit(node: Json, path: string, dokument: string | null, topLevel: boolean): void {
    if (Array.isArray(node)) {
      node.forEach((v, i) => visit(v, join(path, i), dokument, false));
      return;
    }
    if (!isObject(node)) return;
    const kilde = isObject(node.kilde) ? node.kilde : null;
    const doc = egetDokument(node) ?? dokument;
    const linjer = linjerAv(node.linjer) ?? (kilde ? linjerAv(kilde.linjer) : null);
    const unntak = typeof node.unntak === 'string' && node.unntak.trim() ? node.unntak : null;

    if (typeof node.belop === 'number') {
      out.push({
        kind: 'belop',
        file,
        felt: join(path, 'belop'),
        value: node.belop,
        dokument: doc,
        linjer,
        unntak,
      });
    }
    if (isObject(node.verdier)) {
      for (const [key, v] of Object.entries(node.verdier)) {
        if (typeof v === 'number') {
          out.push({
            kind: 'belop',
            file,
            felt: join(join(path, 'verdier'), key),
            value: v,
            dokument: doc,
            linjer: linjerAv(node.linjer),
            unntak,
          });
        }
      }
    }
    // «Other wordings» of a title are quoted text with their own place: {tekst, kilde}.
    if (path.match(/andreTitler\[\d+\]$/) && typeof node.tekst === 'string') {
      out.push({
        kind: 'tittel',
        file,
        felt: join(path, 'tekst'),
        value: node.tekst,
        dokument: doc,
        linjer,
        unntak,
      });
    }
    if (topLevel) {
      const tk = isObject(node.tittelKilde) ? node.tittelKilde : null;
      const tittelUnntak =
        typeof node.tittelUnntak === 'string' && node.tittelUnntak.trim() ? node.tittelUnntak : null;
      for (const f of titleFields) {
        if (typeof node[f] === 'string') {
          out.push({
            kind: 'tittel',
            file,
            felt: f,
            value: node[f],
            dokument: tk && typeof tk.dokument === 'string' ? tk.dokument : doc,
            linjer: tk ? linjerAv(tk.linjer) : linjer,
            unntak: tittelUnntak,
          });
        }
      }
    }
    for (const [key, v] of Object.entries(node)) {
      if (key === 'kilde' || key === 'verdier') continue;
      visit(v, join(path, key), doc, false);
    }
  }

  visit(data, '', null, true);
  return out;
}

function problemFor(c: Citation): Problem {
  const [fra, til] = c.linjer!;
  const sted = fra === til ? `linje ${fra}` : `linjene ${fra}–${til}`;
  const hva =
    c.kind === 'belop'
      ? `beløpet ${formatKroner(c.value as number)} står ikke på ${sted} i kilden «${c.dokument}» (heller ikke skrevet som ${formatKronebelop(c.value as number)},- eller i mill.)`
      : `teksten «${c.value}» står ikke på ${sted} i kilden «${c.dokument}»`;
  return {
    file: c.file,
    felt: c.felt,
    melding: `${hva}. Finn tallet eller teksten i kildeteksten og rett linjene, eller rett ${c.kind === 'belop' ? 'beløpet' : 'teksten'} så det står nøyaktig som i dokumentet. Er avviket bevisst, skriv grunnen i feltet «unntak» på samme sted.`,
  };
}

/**
 * Proves every citation in the collections against the source text.
 * `lines(dokument)` gives the text of a `kilder` id, or null when there is none (the integrity
 * check already reports an unknown document or a missing file, so those are not repeated here).
 */
export function proveCitations(
  collections: Partial<Collections>,
  lines: (dokument: string) => readonly string[] | null,
): ProofResult {
  const result: ProofResult = {
    problems: [],
    provenAmounts: 0,
    provenTitles: 0,
    exceptions: [],
    unchecked: 0,
  };
  for (const [name, entries] of Object.entries(collections) as [
    CollectionName,
    Collections[CollectionName],
  ][]) {
    for (const e of entries ?? []) {
      for (const c of citationsIn(name, e.file, e.data)) {
        const text = c.dokument && c.linjer ? lines(c.dokument) : null;
        if (!text || !c.linjer || c.linjer[1] > text.length || c.linjer[0] > c.linjer[1]) {
          result.unchecked++;
          continue;
        }
        const cited = text.slice(c.linjer[0] - 1, c.linjer[1]).join('\n');
        const found =
          c.kind === 'belop'
            ? amountAppears(c.value as number, cited)
            : titleAppears(c.value as string, cited);
        if (c.unntak !== null) result.exceptions.push(c);
        else if (found) {
          if (c.kind === 'belop') result.provenAmounts++;
          else result.provenTitles++;
        } else result.problems.push(problemFor(c));
      }
    }
  }
  return result;
}
