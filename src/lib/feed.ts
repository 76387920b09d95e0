/** The Atom feed of handlingsplaner and what changed in them (pure; the endpoint only serialises). */
import type { Collections } from './loadContent.ts';
import { compareNb } from './format.ts';
import { TILTAK_STATUSER, navnFor } from '../schemas/vocabulary.ts';
import { urlFor } from './urls.ts';

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  updated: string;
  summary: string;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One entry per plan. Its date is the latest dated decision on the plan; a plan without one
 * falls back to `fallbackDate` (the data date) rather than an invented decision date.
 */
export function feedEntries(c: Collections, fallbackDate: string): FeedEntry[] {
  const pilotNavn = new Map(c.piloter.map((p) => [p.id, p.data.navn]));
  return c.handlingsplaner
    .map((h) => {
      const tiltak = c.tiltak.filter((t) => t.data.plan === h.id).length;
      const endringer = new Map<string, number>();
      for (const e of h.data.endringerFraForrige) endringer.set(e.status, (endringer.get(e.status) ?? 0) + 1);
      const changes = [...endringer]
        .map(([status, n]) => `${navnFor(TILTAK_STATUSER, status).toLowerCase()}: ${n}`)
        .join(', ');
      const dates = h.data.vedtak
        .map((v) => v.dato)
        .filter((d): d is string => d !== null)
        .sort();
      return {
        id: `tag:bygdevekstatlas.no,2026:handlingsplan/${h.id}`,
        title: `${pilotNavn.get(h.data.pilot) ?? h.data.pilot}: ${h.data.tittel}`,
        url: urlFor.plan(h.id),
        updated: dates.at(-1) ?? fallbackDate,
        summary: `${tiltak} tiltak.${changes ? ` Tiltak fra forrige plan – ${changes}.` : ''}`,
      };
    })
    .sort((a, b) => b.updated.localeCompare(a.updated) || compareNb(a.title, b.title));
}

export function atomXml(entries: readonly FeedEntry[], site: string, updated: string): string {
  const abs = (u: string) => new URL(u, site).href;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <title>Bygdevekstatlas: handlingsplaner</title>
  <id>${abs('/')}</id>
  <link rel="self" href="${abs('/feed.xml')}"/>
  <link href="${abs('/')}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>Bygdevekstatlas</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title>${escape(e.title)}</title>
    <id>${e.id}</id>
    <link href="${abs(e.url)}"/>
    <updated>${e.updated}T00:00:00Z</updated>
    <summary>${escape(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
