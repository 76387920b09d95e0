import type { APIRoute } from 'astro';
import { schemaFile, schemaPaths } from '../../../views/data.ts';

export const getStaticPaths = schemaPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(schemaFile(params.fil!, site!.href), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
