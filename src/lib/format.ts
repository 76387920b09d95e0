/** Norwegian formatting and sorting, used by every page, chart and export. */
import type { KildeRef } from '../schemas/common.ts';

// The one set of number formats: every page, chart, note and export formats kroner through here.
const heltall = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const heltallMedFortegn = new Intl.NumberFormat('nb-NO', {
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});
const tall = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const tallMedFortegn = new Intl.NumberFormat('nb-NO', {
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const collator = new Intl.Collator('nb');

/** An amount without the unit, «1 025 000» (non-breaking spaces). */
export function formatKronebelop(belop: number): string {
  return heltall.format(belop);
}

/** «1 025 000 kr» (with non-breaking spaces); null → «ikke oppgitt». */
export function formatKroner(belop: number | null | undefined): string {
  return belop == null ? 'ikke oppgitt' : `${heltall.format(belop)} kr`;
}

/** A difference in kroner: «+1 000 kr», «−1 000 kr», «0 kr». */
export function formatKronerMedFortegn(belop: number): string {
  return `${heltallMedFortegn.format(belop)} kr`;
}

const grader = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 4 });
/** Degrees of latitude or longitude as the source gives them, to four decimals («64,4561°»). */
export function formatGrader(n: number): string {
  return `${grader.format(n)}°`;
}

/** A plain number in Norwegian style («1 234,5»). */
export function formatTall(n: number): string {
  return tall.format(n);
}

/** A difference as a plain number: «+1,5», «−2», «0». */
export function formatTallMedFortegn(n: number): string {
  return tallMedFortegn.format(n);
}

/** Compares names the Norwegian way (Æ Ø Å after Z). */
export const compareNb = (a: string, b: string): number => collator.compare(a, b);

/** Printed numbers in natural order: «1.2» before «1.10», digits before «T1». */
const nrCollator = new Intl.Collator('nb', { numeric: true });
export const compareNr = (a: string, b: string): number => nrCollator.compare(a, b);

export function sortByNb<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNb(key(a), key(b)));
}

const MAANEDER = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** «30. april 2024», «november 2022» or «2023», as precise as the date is. */
export function formatDato(dato: string | null | undefined): string {
  if (!dato) return 'ikke oppgitt';
  const [y, m, d] = dato.split('-').map(Number);
  if (d) return `${d}. ${MAANEDER[m - 1]} ${y}`;
  if (m) return `${MAANEDER[m - 1]} ${y}`;
  return String(y);
}

/** «linje 12–30» / «linje 12». */
export function formatLinjer(linjer: readonly [number, number] | undefined): string {
  if (!linjer) return '';
  return linjer[0] === linjer[1] ? `linje ${linjer[0]}` : `linje ${linjer[0]}–${linjer[1]}`;
}

/**
 * A citation as one readable string, as the exports and search results write it: «Handlingsplan
 * 2026 …, linje 1169–1182»; the document id where its title is unknown, the web address where
 * there is no document.
 */
export function formatKilde(ref: KildeRef, tittel: (dokument: string) => string | undefined): string {
  const doc = ref.dokument ? (tittel(ref.dokument) ?? ref.dokument) : (ref.url ?? '');
  const linjer = formatLinjer(ref.linjer);
  return linjer ? `${doc}, ${linjer}` : doc;
}

/**
 * The text of <title>: the page title and « – Bygdevekstatlas», within `maks` characters (search
 * engines and tabs cut longer ones). A long title is cut at a word and ends with «…»; the page's
 * h1 keeps the whole title.
 */
export function sideTittel(tittel: string, suffiks = ' – Bygdevekstatlas', maks = 70): string {
  if (tittel.length + suffiks.length <= maks) return tittel + suffiks;
  const plass = maks - suffiks.length - 1;
  const kuttet = tittel.slice(0, plass + 1);
  const ord = kuttet.lastIndexOf(' ');
  const kort = (ord > plass / 2 ? kuttet.slice(0, ord) : tittel.slice(0, plass)).replace(/[\s,.:;–-]+$/, '');
  return `${kort}…${suffiks}`;
}

/**
 * A web address short enough to read in a sentence: host and path without «https://», long
 * paths cut to their last part («github.com/…/befolkning_2024.csv»). The link keeps the whole
 * address, and print shows it.
 */
export function kortUrl(url: string, maks = 48): string {
  const uten = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (uten.length <= maks) return uten;
  const deler = uten.split('/');
  const vert = deler[0];
  const siste = deler.at(-1) ?? '';
  const kort = `${vert}/…/${siste}`;
  return kort.length <= maks + 10 ? kort : `${vert}/…`;
}
