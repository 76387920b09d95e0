import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { dataPackageFile } from '../../views/data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(dataPackageFile(await getSite(), site!.href), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
