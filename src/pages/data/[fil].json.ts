import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { exportJson, exportPaths } from '../../views/data.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(`${exportJson(await getSite(), params.fil!)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
