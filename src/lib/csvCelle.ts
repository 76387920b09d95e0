/**
 * The one CSV writer of the site: the open-data exports (exports.ts), the money pages' files
 * (pengerSide.ts), and the downloads made in the browser (the /tiltak/ table, the search page).
 * Small and content-free on purpose: client bundles import it without the build-time export code.
 *
 * A spreadsheet treats a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula. Content is ours, but titles and names are copied from documents, so every text cell
 * is neutralised: such a cell gets a leading apostrophe, which spreadsheets show as text.
 * Numbers are written as numbers, negative ones (differences) too: a number is never a formula,
 * so it is not neutralised.
 */

const FORMEL_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet. */
export function noytraliser(tekst: string): string {
  return FORMEL_START.test(tekst) ? `'${tekst}` : tekst;
}

/** One cell: neutralised, and quoted when it holds the separator, a quote or a line break. */
export function csvCelle(verdi: string | number | null | undefined): string {
  if (verdi === null || verdi === undefined) return '';
  if (typeof verdi === 'number') return String(verdi);
  const s = noytraliser(verdi);
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with BOM, semicolon-separated, CRLF: what Norwegian Excel opens without a wizard. */
export function lagCsv(kolonner: readonly string[], rader: readonly (string | number | null)[][]): string {
  const linjer = [kolonner.map(csvCelle).join(';'), ...rader.map((r) => r.map(csvCelle).join(';'))];
  return `\uFEFF${linjer.join('\r\n')}\r\n`;
}
