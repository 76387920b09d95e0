/** Text helpers for search records: plain text from MDX, Norwegian sort keys, ASCII spellings, snippets. */

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

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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

export function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Case-insensitive de-duplication that keeps the first spelling. */
export function uniqueCi(xs: Iterable<string>): string[] {
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
