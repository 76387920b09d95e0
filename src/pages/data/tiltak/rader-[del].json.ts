import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { tiltakRaderDel, tiltakRaderDelPaths } from '../../../views/tiltak.ts';

// The /tiltak/ table's rows in chunks, so the page itself carries only one page of them.
export async function getStaticPaths() {
  return tiltakRaderDelPaths(await getSite());
}

export const GET: APIRoute = async ({ params }) =>
  new Response(`${tiltakRaderDel(await getSite(), Number(params.del))}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
