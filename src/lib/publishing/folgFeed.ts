/**
 * Feeds to follow one pilot or one kommune (pure): its new plans, the tiltak whose amounts changed
 * from one plan to the next, and the findings in its plans. A kommune's feed holds only what
 * concerns it: its pilot's plans and findings, and amount changes in tiltak that name it (or the
 * whole pilot). Entries keep the ids they have in the site-wide feed, so a reader following
 * several feeds sees one item once.
 */
import type { Collections } from '../loading/index.ts';
import { formatKroner } from '../format.ts';
import { urlFor, withBase } from '../urls.ts';
import { tiltakKommuner } from '../model/index.ts';
import type { avvikExportRow, endringerExportRow } from '../../schemas/exports.ts';
import type { z } from 'astro/zod';
import { exportRows } from './exports.ts';
import { feedEntries, type FeedEntry } from './feed.ts';

type EndringRow = z.infer<typeof endringerExportRow>;
type AvvikRow = z.infer<typeof avvikExportRow>;

export const feedPath = { pilot: urlFor.pilotFeed, kommune: urlFor.kommuneFeed };

/** The latest dated decision on the pilot's plan for `aar`, else the data date (as feed.ts does). */
function planDato(c: Collections, pilot: string, aar: number | null, fallbackDate: string): string {
  const plan = c.handlingsplaner.find((h) => h.data.pilot === pilot && h.data.aar === aar);
  const dates = (plan?.data.vedtak ?? [])
    .map((v) => v.dato)
    .filter((d): d is string => d !== null)
    .sort();
  return dates.at(-1) ?? fallbackDate;
}

const TAG = 'tag:bygdevekstatlas.no,2026';

function belopEntries(c: Collections, rows: EndringRow[], fallbackDate: string): FeedEntry[] {
  const pilotNavn = new Map(c.piloter.map((p) => [p.id, p.data.navn]));
  return rows
    .filter((r) => r.endringKroner !== null && r.endringKroner !== 0 && r.etterTiltak.length > 0)
    .map((r) => ({
      id: `${TAG}:belop/${r.id}`,
      title: `${pilotNavn.get(r.pilot) ?? r.pilot}: nytt beløp for «${r.etterTittel[0]}» i planen for ${r.tilAar}`,
      url: urlFor.tiltak(r.etterTiltak[0]),
      updated: planDato(c, r.pilot, r.tilAar, fallbackDate),
      summary: `Alle beløp ved tiltaket: ${formatKroner(r.belopFor)} i planen for ${r.fraAar}, ${formatKroner(r.belopEtter)} i planen for ${r.tilAar}.`,
    }));
}

function avvikEntries(c: Collections, rows: AvvikRow[], fallbackDate: string): FeedEntry[] {
  const pilotNavn = new Map(c.piloter.map((p) => [p.id, p.data.navn]));
  return rows.map((a) => ({
    id: `${TAG}:avvik/${a.id}`,
    title: `${pilotNavn.get(a.pilot ?? '') ?? a.pilot}: avvik i handlingsplanen for ${a.plan} – ${a.gjelder}`,
    url: withBase(`/avvik/#avvik-${a.id}`),
    updated: planDato(c, a.pilot!, a.plan, fallbackDate),
    summary: `Oppgitt ${a.oppgitt}, regnet ut ${a.beregnet} (${a.enhet}). Kilde: ${a.kilde}.`,
  }));
}

const newestFirst = (a: FeedEntry, b: FeedEntry) =>
  b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id);

/** What every pilot's and kommune's feed picks its entries from. */
interface SiteWide {
  entries: FeedEntry[];
  endringer: EndringRow[];
  avvik: AvvikRow[];
}
const siteWideMemo = new WeakMap<Collections, Map<string, SiteWide>>();

/**
 * The site-wide feed, change rows and findings, computed once per collections and date: each of
 * the 45 feeds filters them, and computing them anew per feed (the findings run every check)
 * was about 6 % of a cold build's CPU at 10,000 tiltak (profile in README, «Scale»).
 */
function siteWide(c: Collections, fallbackDate: string): SiteWide {
  let byDate = siteWideMemo.get(c);
  if (!byDate) siteWideMemo.set(c, (byDate = new Map()));
  let all = byDate.get(fallbackDate);
  if (!all)
    byDate.set(
      fallbackDate,
      (all = {
        entries: feedEntries(c, fallbackDate),
        endringer: exportRows('endringer', c) as EndringRow[],
        avvik: exportRows('avvik', c) as AvvikRow[],
      }),
    );
  return all;
}

/** Plans, change pages, changed amounts and findings of one pilot. */
export function pilotFeedEntries(c: Collections, pilot: string, fallbackDate: string): FeedEntry[] {
  const planUrls = new Set(
    c.handlingsplaner.filter((h) => h.data.pilot === pilot).map((h) => urlFor.plan(h.id)),
  );
  const endringer = `${urlFor.pilot(pilot)}endringer/`;
  const all = siteWide(c, fallbackDate);
  const own = all.entries.filter((e) => planUrls.has(e.url) || e.url.startsWith(endringer));
  const rows = all.endringer;
  const avvik = all.avvik.filter((a) => a.pilot === pilot);
  return [
    ...own,
    ...belopEntries(
      c,
      rows.filter((r) => r.pilot === pilot),
      fallbackDate,
    ),
    ...avvikEntries(c, avvik, fallbackDate),
  ].sort(newestFirst);
}

/** A kommune's pilot's plans and findings, and the changed amounts of the tiltak that concern it. */
export function kommuneFeedEntries(c: Collections, kommune: string, fallbackDate: string): FeedEntry[] {
  const k = c.kommuner.find((x) => x.id === kommune);
  if (!k) throw new Error(`Ukjent kommune «${kommune}»`);
  const pilot = k.data.pilot;
  const gjelder = new Set(c.tiltak.filter((t) => tiltakKommuner(c, t).includes(kommune)).map((t) => t.id));
  const belopIds = new Set(
    siteWide(c, fallbackDate)
      .endringer.filter((r) => r.pilot === pilot && r.etterTiltak.some((id) => gjelder.has(id)))
      .map((r) => `${TAG}:belop/${r.id}`),
  );
  return pilotFeedEntries(c, pilot, fallbackDate).filter(
    (e) => !e.id.startsWith(`${TAG}:belop/`) || belopIds.has(e.id),
  );
}
