/**
 * The one CSV writer of the site: the open-data exports (exports.ts), the money pages' files
 * (pengerSide.ts), and the downloads made in the browser (the /tiltak/ table, the search page).
 * Small and content-free on purpose: client bundles import it without the build-time export code.
 *
 * A spreadsheet treats a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula. Content is ours, but titles and names are copied from documents, so every text cell
 * is neutralised: where a cell could start, a formula gets a leading apostrophe, which
 * spreadsheets show as text. We write `;`, but a spreadsheet in a comma locale splits on `,`
 * and starts a new row at a line break, wherever the quotes are; so «Les mer,=1+1» is
 * neutralised after the comma too, and so is a line that starts with a formula.
 * Numbers are written as numbers, negative ones (differences) too: a number is never a formula,
 * so it is not neutralised.
 */

/** Cell starts that some readers run or mangle: a formula, a tab or a line break. */
const FARLIG_START = /^(?:[\s"]*[=+\-@]|[\t\r\n])/;
/**
 * After a `,` or a line break inside a text: a formula, also behind spaces or quotes (a comma
 * reader opens a quoted cell at a quote, and what follows the quotes starts the cell).
 */
const FARLIG_ETTER_SKILLE = /^[\s"]*[=+\-@]/;

/** A text cell made safe to open in a spreadsheet, with `;` or `,` as separator. */
export function noytraliser(tekst: string): string {
  let ut = FARLIG_START.test(tekst) ? `'` : '';
  let fra = 0;
  for (let i = 0; i < tekst.length; i++) {
    const tegn = tekst[i];
    // \r\n is one line break: the new line starts after the \n.
    if (tegn !== ',' && tegn !== '\n' && !(tegn === '\r' && tekst[i + 1] !== '\n')) continue;
    if (!FARLIG_ETTER_SKILLE.test(tekst.slice(i + 1, i + 40))) continue;
    ut += `${tekst.slice(fra, i + 1)}'`;
    fra = i + 1;
  }
  return ut + tekst.slice(fra);
}

/** One cell: neutralised, and quoted when it holds a separator (`;` or `,`), a quote, a line break or edge spaces. */
export function csvCelle(verdi: string | number | null | undefined): string {
  if (verdi === null || verdi === undefined) return '';
  if (typeof verdi === 'number') return String(verdi);
  const s = noytraliser(verdi);
  return /[;,"\n\r]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with BOM, semicolon-separated, CRLF: what Norwegian Excel opens without a wizard. */
export function lagCsv(kolonner: readonly string[], rader: readonly (string | number | null)[][]): string {
  const linjer = [kolonner.map(csvCelle).join(';'), ...rader.map((r) => r.map(csvCelle).join(';'))];
  return `\uFEFF${linjer.join('\r\n')}\r\n`;
}
