/** Norwegian formatting and sorting, used by every page, chart and export. */

const kroner = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const tall = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const collator = new Intl.Collator('nb');

/** «1 025 000 kr» (with non-breaking spaces); null → «ikke oppgitt». */
export function formatKroner(belop: number | null | undefined): string {
  return belop == null ? 'ikke oppgitt' : `${kroner.format(belop)} kr`;
}

/** A plain number in Norwegian style («1 234,5»). */
export function formatTall(n: number): string {
  return tall.format(n);
}

/** Compares names the Norwegian way (Æ Ø Å after Z). */
export const compareNb = (a: string, b: string): number => collator.compare(a, b);

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
