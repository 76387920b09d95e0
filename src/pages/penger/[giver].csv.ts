import type { APIRoute } from 'astro';
import { getContent } from '../../data/query.ts';
import { finansiorer } from '../../lib/funders.ts';
import { giverCsv } from '../../lib/pengerSide.ts';

/** One CSV per named funder: everything it funds, line by line, with amounts and source lines. */
export async function getStaticPaths() {
  return finansiorer(await getContent()).map((f) => ({ params: { giver: f.aktor } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const csv = giverCsv(await getContent(), params.giver!, site?.href ?? 'https://bygdevekstatlas.no/');
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
