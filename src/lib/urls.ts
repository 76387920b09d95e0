/**
 * The site's addresses, in one place. An id is the last path segment; sources are anchors on /kilder/.
 *
 * Where the site is published is set once, at build time: BASE_PATH («/bygdevekstatlas/» for a GitHub
 * Pages project site; «/» when unset) and SITE_URL (the origin, «https://bygdevekstatlas.no» when
 * unset). astro.config.mjs, the search index, the sitemap, the host files and `npm run serve` all
 * read them from here, and every address below carries the base path.
 */

const env = (name: string): string | undefined =>
  typeof process === 'undefined' ? undefined : process.env[name]?.trim() || undefined;

/** «bygdevekstatlas», «/bygdevekstatlas» or «/bygdevekstatlas/» → «/bygdevekstatlas/»; nothing → «/». */
export function normaliseBasePath(raw: string | undefined): string {
  if (!raw || raw === '/') return '/';
  const parts = raw.split('/').filter(Boolean);
  if (parts.some((p) => !/^[A-Za-z0-9._~-]+$/.test(p) || p === '.' || p === '..'))
    throw new Error(
      `BASE_PATH «${raw}» er ikke en gyldig sti: bruk bokstaver, tall, «-», «_», «.» og «/», for eksempel /bygdevekstatlas/.`,
    );
  return `/${parts.join('/')}/`;
}

/** The origin the site is published at, without a path (the path is BASE_PATH). */
export function normaliseSiteUrl(raw: string | undefined): string {
  const url = new URL(raw ?? 'https://bygdevekstatlas.no');
  if (!['https:', 'http:'].includes(url.protocol))
    throw new Error(`SITE_URL «${raw}» må begynne med https:// (eller http://).`);
  return url.origin;
}

export const BASE_PATH = normaliseBasePath(env('BASE_PATH'));
export const SITE_URL = normaliseSiteUrl(env('SITE_URL'));

/** A site path («/piloter/») as the published address («/bygdevekstatlas/piloter/»). */
export function withBase(path: string): string {
  return path.startsWith('/') ? `${BASE_PATH}${path.slice(1)}` : path;
}

/** The other way: the published address as a site path; null when it is outside the site. */
export function withoutBase(path: string, base: string = BASE_PATH): string | null {
  if (base === '/') return path;
  if (path === base.slice(0, -1)) return '/';
  return path.startsWith(base) ? `/${path.slice(base.length)}` : null;
}

/**
 * The address of the page a route pattern («/tiltak/[id]») gives for these params, as Astro shows
 * it in `Astro.url.pathname`: with the base path and a trailing slash, percent-encoded.
 */
export function routePath(routePattern: string, params: Record<string, string | number | undefined>): string {
  const filled = routePattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${routePattern} mangler parameteren «${name}».`);
    return String(value);
  });
  const path = `${BASE_PATH}${filled.replace(/^\/+/, '')}`.replace(/\/?$/, '/');
  return new URL(path, 'http://sti.invalid').pathname;
}

/** The full address of a site path, for the sitemap, the feed and canonical links. */
export const absoluteUrl = (path: string): string => new URL(withBase(path), SITE_URL).href;

/**
 * A source text is published in parts of this many lines (/kilder/<id>/<del>/), so that a cited
 * line opens a page a phone loads quickly, instead of one page of several thousand lines.
 */
export const KILDE_DEL_LINJER = 200;

/** The part (1, 2, …) of a source text that holds line `linje`. */
export const kildeDel = (linje: number) => Math.max(1, Math.ceil(linje / KILDE_DEL_LINJER));

/** The text page shown as /om/ (content/sider/bakgrunn.mdx). */
export const BAKGRUNN = 'bakgrunn';

export const urlFor = {
  pilot: (id: string) => withBase(`/piloter/${id}/`),
  plan: (id: string) => withBase(`/handlingsplaner/${id}/`),
  delmal: (id: string) => withBase(`/delmal/${id}/`),
  tiltak: (id: string) => withBase(`/tiltak/${id}/`),
  /** The table of all tiltak, showing those an actor is in, in any role. */
  tiltakForAktor: (aktor: string) => withBase(`/tiltak/?aktor=${aktor}`),
  /** What changed from the pilot's previous plan to its plan for `aar`. */
  endringer: (pilot: string, aar: number) => withBase(`/piloter/${pilot}/endringer/${aar}/`),
  kommune: (id: string) => withBase(`/kommuner/${id}/`),
  /** The kommune's page for framing on its own website (the one path any site may frame). */
  kommuneInnebygd: (id: string) => withBase(`/innebygd/${id}/`),
  kommuneFeed: (id: string) => withBase(`/kommuner/${id}/feed.xml`),
  pilotFeed: (id: string) => withBase(`/piloter/${id}/feed.xml`),
  aktor: (id: string) => withBase(`/aktorer/${id}/`),
  tema: (id: string) => withBase(`/tema/${id}/`),
  kilde: (id: string) => withBase(`/kilder/#${id}`),
  /** The document's published text: its overview, or the part holding a line, at that line. */
  kildeTekst: (id: string, linje?: number) =>
    withBase(linje ? `/kilder/${id}/${kildeDel(linje)}/#L${linje}` : `/kilder/${id}/`),
  /** One part of a document's published text. */
  kildeTekstDel: (id: string, del: number) => withBase(`/kilder/${id}/${del}/`),
  initiativ: (id: string) => withBase(`/initiativer/${id}/`),
  laering: (id: string) => withBase(`/laering/${id}/`),
  /** An initiative's capacity diamond, on the initiative's page. */
  kapasitetsdiamant: (initiativ: string) => withBase(`/initiativer/${initiativ}/#kapasitetsdiamant`),
  /** The background page is /om/; any other text page has its own address under it. */
  side: (id: string) => withBase(id === BAKGRUNN ? '/om/' : `/om/${id}/`),
};
