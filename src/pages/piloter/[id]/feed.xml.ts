import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { pilotFeedPaths, pilotFeedView } from '../../../views/data.ts';

export const getStaticPaths = async () => pilotFeedPaths(await getSite());

export const GET: APIRoute = async ({ params, site }) =>
  new Response(pilotFeedView(await getSite(), site!.href, params.id!), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
