import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { giverCsvView, giverPaths } from '../../views/penger.ts';

/** One CSV per named funder: everything it funds, line by line, with amounts and source lines. */
export async function getStaticPaths() {
  return giverPaths(await getSite());
}

export const GET: APIRoute = async ({ params, site }) => {
  const csv = giverCsvView(await getSite(), params.giver!, site?.href ?? 'https://bygdevekstatlas.no/');
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
