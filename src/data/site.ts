/**
 * The site every route renders from. In a build it is made once and shared by every page; in
 * `astro dev` it is rebuilt whenever an entry changes (Astro's digests), so edits show without
 * a restart and no page sees stale content.
 */
import { buildSite, type Site } from '../views/site.ts';
import { loadFromAstro } from './astroContent.ts';
import { ContentError, contentProblems, registerSite } from './contentLoader.ts';

export { renderBody } from './astroContent.ts';

let current: { fingerprint: string; site: Site } | undefined;
let once: Promise<Site> | undefined;

async function fresh(): Promise<Site> {
  const { collections, fingerprint } = await loadFromAstro();
  if (current?.fingerprint !== fingerprint) {
    current = { fingerprint, site: buildSite(collections) };
    registerSite(current.site);
  }
  return current.site;
}

export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) {
    // The same Norwegian file/field messages as the build, on the page (Vite's overlay) and in the terminal.
    const problems = contentProblems();
    if (problems.length > 0) return Promise.reject(new ContentError(problems));
    return fresh();
  }
  once ??= fresh();
  return once;
}
