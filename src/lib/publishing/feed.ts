/** The Atom feed of handlingsplaner and what changed in them (pure; the endpoint only serialises). */
import type { Collections } from '../loading/index.ts';
import { compareNb } from '../format.ts';
import { TILTAK_STATUSER, navnFor } from '../../schemas/vocabulary.ts';
import { urlFor, withBase } from '../urls.ts';
import { alleEndringer, ENDRING_TYPER } from '../plans/index.ts';

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
    .concat(endringEntries(c, fallbackDate))
    .sort((a, b) => b.updated.localeCompare(a.updated) || compareNb(a.title, b.title));
}

/** The latest dated decision on a plan, else the data date. */
function planDato(c: Collections, planId: string, fallbackDate: string): string {
  const plan = c.handlingsplaner.find((h) => h.id === planId);
  const dates = (plan?.data.vedtak ?? [])
    .map((v) => v.dato)
    .filter((d): d is string => d !== null)
    .sort();
  return dates.at(-1) ?? fallbackDate;
}

/** One entry per change page (src/lib/plans/changes.ts), dated like the later plan. */
function endringEntries(c: Collections, fallbackDate: string): FeedEntry[] {
  const pilotNavn = new Map(c.piloter.map((p) => [p.id, p.data.navn]));
  return alleEndringer(c).map((par) => {
    const navn = pilotNavn.get(par.pilot) ?? par.pilot;
    const antall = ENDRING_TYPER.filter((t) => par.antall[t.id] > 0)
      .map((t) => `${t.navn.toLowerCase()}: ${par.antall[t.id]}`)
      .join(', ');
    return {
      id: `tag:bygdevekstatlas.no,2026:endringer/${par.pilot}/${par.til.aar}`,
      title: par.ensidig
        ? `${navn}: hva handlingsplanen for ${par.til.aar} sier om tiltakene før`
        : `${navn}: endringer fra ${par.fra!.aar} til ${par.til.aar}`,
      url: urlFor.endringer(par.pilot, par.til.aar),
      updated: planDato(c, par.til.plan, fallbackDate),
      summary: `${antall}.${par.total?.kroner != null ? ` Beløpene ved tiltakene endret seg med ${par.total.kroner} kr.` : ''}`,
    };
  });
}

/** Which feed: the site-wide one by default, or a pilot's or kommune's (folgFeed.ts). */
export interface FeedMeta {
  title: string;
  selfPath: string;
  pagePath: string;
}

const SITE_FEED: FeedMeta = {
  title: 'Bygdevekstatlas: handlingsplaner',
  selfPath: withBase('/feed.xml'),
  pagePath: withBase('/'),
};

export function atomXml(
  entries: readonly FeedEntry[],
  site: string,
  updated: string,
  meta: FeedMeta = SITE_FEED,
): string {
  const abs = (u: string) => new URL(u, site).href;
  // The site-wide feed keeps the id it has always had; another feed is named by its own address.
  const id = meta === SITE_FEED ? abs(withBase('/')) : abs(meta.selfPath);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <title>${escape(meta.title)}</title>
  <id>${id}</id>
  <link rel="self" href="${abs(meta.selfPath)}"/>
  <link href="${abs(meta.pagePath)}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>Bygdevekstatlas</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title>${escape(e.title)}</title>
    <id>${e.id}</id>
    <link href="${escape(abs(e.url))}"/>
    <updated>${e.updated}T00:00:00Z</updated>
    <summary>${escape(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
