/**
 * The site every route renders from. In a build it is made once and shared by every page; in
 * `astro dev` it is rebuilt whenever an entry changes (Astro's digests), so edits show without
 * a restart and no page sees stale content.
 */
import { buildSite, type Site } from '../views/site.ts';
import { loadFromAstro } from './astroContent.ts';

export { renderBody } from './astroContent.ts';

let current: { fingerprint: string; site: Site } | undefined;
let once: Promise<Site> | undefined;

async function fresh(): Promise<Site> {
  const { collections, fingerprint } = await loadFromAstro();
  if (current?.fingerprint !== fingerprint) current = { fingerprint, site: buildSite(collections) };
  return current.site;
}

export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return fresh();
  once ??= fresh();
  return once;
}
