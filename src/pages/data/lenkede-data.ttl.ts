import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { linkedDataFile } from '../../views/data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(linkedDataFile(await getSite(), site!.href, 'ttl'), {
    headers: { 'content-type': 'text/turtle; charset=utf-8' },
  });
