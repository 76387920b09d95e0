import type { APIRoute } from 'astro';
import { getContent } from '../data/query.ts';
import { atomXml, feedEntries } from '../lib/feed.ts';
import { DATA_PER } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const xml = atomXml(feedEntries(await getContent(), DATA_PER), site!.href, DATA_PER);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
