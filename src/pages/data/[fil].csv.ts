import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { exportCsv, exportPaths } from '../../views/data.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(exportCsv(await getSite(), params.fil!), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
