/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs).
 * Every page is a pure function of its view, so a page whose key is unchanged renders the same
 * HTML as last time, and Astro copies that instead of rendering again (when the page's code is
 * unchanged too: Astro hashes the route's module graph itself).
 *
 * A key is the digest of everything a route renders besides its code: its params and props, its
 * view, the frame every page has (rammeView: the «data per» date, linked data, feed link) and
 * the rendered body it shows. A route states its view once, here, beside its paths:
 *
 *   export const getStaticPaths = keyedPaths(tiltakPaths, (site, { id }) => tiltakView(site, id), 'tiltak');
 *
 * The view given here must be everything the page reads from the site; a route that shows more
 * (another view, site.navn) returns that too, as a list.
 */
import type { GetStaticPathsOptions } from 'astro';
import { newDigestMemo, valueDigest, type DigestMemo } from '../lib/digest.ts';
import { routePath, SITE_URL } from '../lib/urls.ts';
import { rammeView } from '../views/ramme.ts';
import type { Site } from '../views/site.ts';
import { renderedBody, type RenderableCollection } from './astroContent.ts';
import { getSite } from './site.ts';

type Params = Record<string, string | number | undefined>;

/** One digest memo per site: a build has one site, so shared entries are hashed once. */
const memos = new WeakMap<Site, DigestMemo>();

/**
 * getStaticPaths for a route: its paths, each with the cache key of what the page renders.
 * `view(site, params, siteUrl)` returns what the route renders from the site; `body` names the
 * collection whose entry `params.id` the page renders the body of, if any.
 */
export function keyedPaths<P extends { params: Params; props?: Record<string, unknown> }>(
  paths: (site: Site) => P[],
  view: (site: Site, params: P['params'], siteUrl: string) => unknown,
  body?: RenderableCollection,
) {
  return async ({ routePattern }: GetStaticPathsOptions): Promise<(P & { cacheKey?: string })[]> => {
    const site = await getSite();
    const list = paths(site);
    // Keys only serve the build; `astro dev` renders every request anyway.
    if (import.meta.env.DEV) return list;
    let memo = memos.get(site);
    if (!memo) memos.set(site, (memo = newDigestMemo()));
    const siteUrl = new URL(SITE_URL).href;
    const keyed: (P & { cacheKey: string })[] = [];
    for (const p of list) {
      const path = routePath(routePattern, p.params);
      const shown = [
        p.params,
        p.props ?? null,
        view(site, p.params, siteUrl),
        rammeView(site, siteUrl, path),
        body ? await renderedBody(body, String(p.params.id)) : null,
      ];
      keyed.push({ ...p, cacheKey: valueDigest(shown, memo) });
    }
    return keyed;
  };
}
