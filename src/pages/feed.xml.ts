import type { APIRoute } from 'astro';
import { getContent } from '../data/query.ts';
import { atomXml, feedEntries } from '../lib/feed.ts';
import { dataPer } from '../lib/dataPer.ts';

export const GET: APIRoute = async ({ site }) => {
  const c = await getContent();
  // Atom needs a full date; a document date known only to the month counts from its first day.
  const dato = (dataPer(c).dato ?? '2026-01-01').padEnd(10, '-01').slice(0, 10);
  const xml = atomXml(feedEntries(c, dato), site!.href, dato);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
