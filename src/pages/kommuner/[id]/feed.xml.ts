import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { kommuneFeedPaths, kommuneFeedView } from '../../../views/data.ts';

export const getStaticPaths = async () => kommuneFeedPaths(await getSite());

export const GET: APIRoute = async ({ params, site }) =>
  new Response(kommuneFeedView(await getSite(), site!.href, params.id!), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
