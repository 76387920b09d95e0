import type { APIRoute } from 'astro';
import { getExportRows } from '../../data/query.ts';
import { toCsv } from '../../lib/exports.ts';
import { EXPORTS, type ExportName } from '../../schemas/exports.ts';

export function getStaticPaths() {
  return Object.keys(EXPORTS).map((fil) => ({ params: { fil } }));
}

export const GET: APIRoute = async ({ params }) => {
  const rows = await getExportRows(params.fil as ExportName);
  return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
