/** The site's addresses, in one place. An id is the last path segment; sources are anchors on /kilder/. */

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
  pilot: (id: string) => `/piloter/${id}/`,
  plan: (id: string) => `/handlingsplaner/${id}/`,
  delmal: (id: string) => `/delmal/${id}/`,
  tiltak: (id: string) => `/tiltak/${id}/`,
  /** The table of all tiltak, showing those an actor is in, in any role. */
  tiltakForAktor: (aktor: string) => `/tiltak/?aktor=${aktor}`,
  /** What changed from the pilot's previous plan to its plan for `aar`. */
  endringer: (pilot: string, aar: number) => `/piloter/${pilot}/endringer/${aar}/`,
  kommune: (id: string) => `/kommuner/${id}/`,
  aktor: (id: string) => `/aktorer/${id}/`,
  tema: (id: string) => `/tema/${id}/`,
  kilde: (id: string) => `/kilder/#${id}`,
  /** The document's published text: its overview, or the part holding a line, at that line. */
  kildeTekst: (id: string, linje?: number) =>
    linje ? `/kilder/${id}/${kildeDel(linje)}/#L${linje}` : `/kilder/${id}/`,
  /** One part of a document's published text. */
  kildeTekstDel: (id: string, del: number) => `/kilder/${id}/${del}/`,
  initiativ: (id: string) => `/initiativer/${id}/`,
  laering: (id: string) => `/laering/${id}/`,
  /** An initiative's capacity diamond, on the initiative's page. */
  kapasitetsdiamant: (initiativ: string) => `/initiativer/${initiativ}/#kapasitetsdiamant`,
  /** The background page is /om/; any other text page has its own address under it. */
  side: (id: string) => (id === BAKGRUNN ? '/om/' : `/om/${id}/`),
};
