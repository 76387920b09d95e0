/** The site's addresses, in one place. An id is the last path segment; sources are anchors on /kilder/. */

/** The text page shown as /om/ (content/sider/bakgrunn.mdx). */
export const BAKGRUNN = 'bakgrunn';

export const urlFor = {
  pilot: (id: string) => `/piloter/${id}/`,
  plan: (id: string) => `/handlingsplaner/${id}/`,
  delmal: (id: string) => `/delmal/${id}/`,
  tiltak: (id: string) => `/tiltak/${id}/`,
  /** What changed from the pilot's previous plan to its plan for `aar`. */
  endringer: (pilot: string, aar: number) => `/piloter/${pilot}/endringer/${aar}/`,
  kommune: (id: string) => `/kommuner/${id}/`,
  /** The kommune's page for framing on its own website (the one path any site may frame). */
  kommuneInnebygd: (id: string) => `/kommuner/${id}/innebygd/`,
  kommuneFeed: (id: string) => `/kommuner/${id}/feed.xml`,
  pilotFeed: (id: string) => `/piloter/${id}/feed.xml`,
  aktor: (id: string) => `/aktorer/${id}/`,
  tema: (id: string) => `/tema/${id}/`,
  kilde: (id: string) => `/kilder/#${id}`,
  /** The document's published text, at a line when one is given. */
  kildeTekst: (id: string, linje?: number) => `/kilder/${id}/${linje ? `#L${linje}` : ''}`,
  initiativ: (id: string) => `/initiativer/${id}/`,
  laering: (id: string) => `/laering/${id}/`,
  /** An initiative's capacity diamond, on the initiative's page. */
  kapasitetsdiamant: (initiativ: string) => `/initiativer/${initiativ}/#kapasitetsdiamant`,
  /** The background page is /om/; any other text page has its own address under it. */
  side: (id: string) => (id === BAKGRUNN ? '/om/' : `/om/${id}/`),
};
