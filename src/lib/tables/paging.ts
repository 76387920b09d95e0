/**
 * Paging for every list that grows with the content (issue 24): a page carries at most one page
 * of items, so no HTML page grows without bound, and page links reach every item without
 * JavaScript. Pure and client-safe: the views slice pages at build time with it, and the /tiltak/
 * script pages its filtered rows with the same function.
 */

/** Rows per page of a list. 100 rows of the widest list (the /tiltak/ table) stay near 100 KB. */
export const SIDE_RADER = 100;

export interface SideLenke {
  nr: number;
  href: string;
  gjeldende: boolean;
}

export interface Side<T> {
  /** This page's number, from 1. */
  nr: number;
  antallSider: number;
  /** Items in the whole list. */
  totalt: number;
  /** First and last item on this page, counted from 1; both 0 when the list is empty. */
  fra: number;
  til: number;
  rader: T[];
  /** One link per page, in order; empty when the list fits on one page (no nav needed). */
  lenker: SideLenke[];
  forrige: string | null;
  neste: string | null;
}

function sjekkStorrelse(storrelse: number): void {
  if (!Number.isSafeInteger(storrelse) || storrelse < 1)
    throw new Error(`Sidestørrelsen må være et helt tall over 0, ikke ${storrelse}.`);
}

/** How many pages a list of `totalt` items takes; an empty list is still one page (it says so). */
export function antallSider(totalt: number, storrelse: number = SIDE_RADER): number {
  sjekkStorrelse(storrelse);
  if (!Number.isSafeInteger(totalt) || totalt < 0)
    throw new Error(`Antall rader må være et helt tall, 0 eller mer, ikke ${totalt}.`);
  return Math.max(1, Math.ceil(totalt / storrelse));
}

/**
 * Page `nr` of `items`. `href(n)` is the address of page n. A page number outside the list is a
 * programming error at build time (a route for a page that does not exist), so it throws.
 */
export function sideAv<T>(
  items: readonly T[],
  nr: number,
  href: (nr: number) => string,
  storrelse: number = SIDE_RADER,
): Side<T> {
  const sider = antallSider(items.length, storrelse);
  if (!Number.isSafeInteger(nr) || nr < 1 || nr > sider)
    throw new Error(`Side ${nr} finnes ikke: listen har ${sider} ${sider === 1 ? 'side' : 'sider'}.`);
  const start = (nr - 1) * storrelse;
  const rader = items.slice(start, start + storrelse);
  return {
    nr,
    antallSider: sider,
    totalt: items.length,
    fra: rader.length === 0 ? 0 : start + 1,
    til: start + rader.length,
    rader,
    lenker:
      sider === 1
        ? []
        : Array.from({ length: sider }, (_, i) => ({
            nr: i + 1,
            href: href(i + 1),
            gjeldende: i + 1 === nr,
          })),
    forrige: nr > 1 ? href(nr - 1) : null,
    neste: nr < sider ? href(nr + 1) : null,
  };
}

/** Every page of a list, in order (page 1 first). */
export function alleSider<T>(
  items: readonly T[],
  href: (nr: number) => string,
  storrelse: number = SIDE_RADER,
): Side<T>[] {
  return Array.from({ length: antallSider(items.length, storrelse) }, (_, i) =>
    sideAv(items, i + 1, href, storrelse),
  );
}

/**
 * Addresses of a paged list at `sti` («/tiltak/»): page 1 is the list's own address, page n is
 * `<sti>side/<n>/`, so the first page keeps its address and every later page has a plain link.
 */
export const sideHref =
  (sti: string) =>
  (nr: number): string =>
    nr === 1 ? sti : `${sti}side/${nr}/`;

/** Static paths for pages 2 … n of a list (page 1 is the list's own route). */
export function sidePaths(totalt: number, storrelse: number = SIDE_RADER): { params: { side: string } }[] {
  return Array.from({ length: antallSider(totalt, storrelse) - 1 }, (_, i) => ({
    params: { side: String(i + 2) },
  }));
}

/** A page number from a URL (`?side=3`); anything malformed or past the end gives the nearest page. */
export function lesSide(raw: string | null, sider: number): number {
  const n = Number(raw);
  if (raw === null || raw.trim() === '' || !Number.isSafeInteger(n) || n < 1) return 1;
  return Math.min(n, Math.max(1, sider));
}
