/**
 * What the frame of every page (src/layouts/Base.astro and the head it fills, SideData.astro)
 * shows from the site: the «data per» date, the page's linked data and its own Atom feed. The
 * frame reads the site only through this view, so a page's cache key (src/data/pageKeys.ts)
 * covers the frame by including it.
 */
import { dataPerView, pageLinkedData } from './data.ts';
import { sideFeed } from './innebygd.ts';
import type { Site } from './site.ts';

/** The frame of the page at `path` (as Astro gives it, with the base path). */
export function rammeView(site: Site, siteUrl: string, path: string) {
  return {
    dataPer: dataPerView(site).dato,
    linkedData: pageLinkedData(site, siteUrl, path),
    feed: sideFeed(site, path),
  };
}
