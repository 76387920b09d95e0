import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { feedView } from '../views/data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(feedView(await getSite(), site!.href), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
