/**
 * The one ASCII slug rule, as the content's ids are made: lower case, æ → ae, ø → o, å → a,
 * other accents dropped («é» → «e», «á» → «a»), every run of other characters one hyphen, no
 * hyphen at either end. Used for filter values, finding ids and file names, in the build and in
 * the browser alike, so it imports nothing.
 */
export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      // Decomposed, an accented letter is its base letter plus a combining mark; drop the mark.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}
