import type { APIRoute } from 'astro';
import { getExportRows } from '../../data/query.ts';
import { EXPORTS, type ExportName } from '../../schemas/exports.ts';

export function getStaticPaths() {
  return Object.keys(EXPORTS).map((fil) => ({ params: { fil } }));
}

export const GET: APIRoute = async ({ params }) => {
  const rows = await getExportRows(params.fil as ExportName);
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
