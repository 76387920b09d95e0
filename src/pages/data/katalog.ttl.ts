import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { katalogFile } from '../../views/data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(katalogFile(await getSite(), site!.href, 'ttl'), {
    headers: { 'content-type': 'text/turtle; charset=utf-8' },
  });
