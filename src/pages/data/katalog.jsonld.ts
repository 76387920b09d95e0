import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { katalogFile } from '../../views/data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(katalogFile(await getSite(), site!.href, 'jsonld'), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
