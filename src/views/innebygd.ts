/**
 * The embeddable kommune page (/kommuner/<id>/innebygd/): what the kommune's pilot does in its
 * newest plan for this kommune, with the amounts the plan states, small enough for an iframe on
 * the kommune's own website. Also the snippet the kommune page offers to copy.
 */
import { sistePlan, tiltakForKommune } from '../lib/model/index.ts';
import { tiltakBelop } from '../lib/money/index.ts';
import { compareNr, formatDato } from '../lib/format.ts';
import { urlFor, withoutBase } from '../lib/urls.ts';
import { dataPerView } from './data.ts';
import { idPaths } from './shared.ts';
import type { Site } from './site.ts';

export const innebygdPaths = (site: Site) => idPaths(site.c.kommuner);

export function innebygdView(site: Site, id: string, siteUrl: string) {
  const { c, ix } = site;
  const kommune = ix.kommuner.get(id);
  if (!kommune) throw new Error(`Ukjent kommune «${id}»`);
  const pilot = ix.piloter.get(kommune.data.pilot)!;
  const plan = sistePlan(c, pilot.id);
  const abs = (p: string) => new URL(p, siteUrl).href;
  const planTiltak = plan ? c.tiltak.filter((t) => t.data.plan === plan.id) : [];
  const egne = tiltakForKommune(c, id, planTiltak);
  const delmalNr = (id: string | null) => (id ? (ix.delmal.get(id)?.data.nr ?? Infinity) : Infinity);
  const rad = (t: (typeof planTiltak)[number]) => ({
    id: t.id,
    delmal: delmalNr(t.data.delmal),
    nr: t.data.nr,
    tittel: t.data.tittel,
    url: abs(urlFor.tiltak(t.id)),
    belop: tiltakBelop(t).alle,
  });
  // Plan order: by delmål (cross-cutting last), then the number as printed.
  const byNr = (a: { delmal: number; nr: string }, b: { delmal: number; nr: string }) =>
    a.delmal - b.delmal || compareNr(a.nr, b.nr);
  return {
    navn: kommune.data.navn,
    pilot: { navn: pilot.data.navn, url: abs(urlFor.pilot(pilot.id)) },
    kommuneUrl: abs(urlFor.kommune(id)),
    feedUrl: abs(urlFor.kommuneFeed(id)),
    plan: plan ? { tittel: plan.data.tittel, aar: plan.data.aar, url: abs(urlFor.plan(plan.id)) } : null,
    helePiloten: egne.helePiloten.map(rad).sort(byNr),
    bareNoen: egne.bareNoen.map((x) => rad(x.tiltak)).sort(byNr),
    dataPer: formatDato(dataPerView(site).dato),
  };
}

/** The iframe a kommune pastes into its own website. */
export function innebygdSnippet(site: Site, id: string, siteUrl: string): string {
  const kommune = site.ix.kommuner.get(id);
  if (!kommune) throw new Error(`Ukjent kommune «${id}»`);
  const src = new URL(urlFor.kommuneInnebygd(id), siteUrl).href;
  return `<iframe src="${src}" title="${kommune.data.navn} i bygdevekstavtalen (Bygdevekstatlas)" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

/** The «follow and share» block of a pilot or kommune page: its feed, and for a kommune the embed. */
export function folgOgDelView(site: Site, siteUrl: string, kind: 'pilot' | 'kommune', id: string) {
  if (kind === 'pilot') {
    const pilot = site.ix.piloter.get(id);
    if (!pilot) throw new Error(`Ukjent pilot «${id}»`);
    return { navn: pilot.data.navn, feed: urlFor.pilotFeed(id), innebygd: null };
  }
  const kommune = site.ix.kommuner.get(id);
  if (!kommune) throw new Error(`Ukjent kommune «${id}»`);
  return {
    navn: kommune.data.navn,
    feed: urlFor.kommuneFeed(id),
    innebygd: { url: urlFor.kommuneInnebygd(id), snippet: innebygdSnippet(site, id, siteUrl) },
  };
}

/** The feed a page offers in its head (<link rel="alternate">): a pilot's or kommune's own, else none. */
export function sideFeed(site: Site, path: string): { href: string; title: string } | null {
  // Astro gives the path with the base path the site is built under.
  const m = /^\/(piloter|kommuner)\/([^/]+)\/$/.exec(withoutBase(path) ?? path);
  if (!m) return null;
  const [, type, id] = m;
  const entry = type === 'piloter' ? site.ix.piloter.get(id) : site.ix.kommuner.get(id);
  if (!entry) return null;
  return {
    href: type === 'piloter' ? urlFor.pilotFeed(id) : urlFor.kommuneFeed(id),
    title: `Bygdevekstatlas: ${entry.data.navn}`,
  };
}
