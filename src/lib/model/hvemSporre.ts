/**
 * «Hvem kan jeg spørre?»: the bodies a citizen can turn to about a pilot, and the role the
 * sources give each (pure). Only what the content says: the pilot's own project organisation
 * (from who is main responsible in its plans and the agreement's special roles), the kommuner,
 * the agreement's parties and partners with special roles (county, Statsforvalteren, the state),
 * each linked to its page on this site. Web addresses only where a source gives them (a kommune's
 * or the pilot's `nettsted`, a kommune's own page about the agreement); never personal contacts,
 * never an address we made up. A body is never linked to the page it is shown on: that would send
 * a reader who asks «where do I ask?» back to where they stand.
 */
import type { KildeRef } from '../../schemas/common.ts';
import { compareNb } from '../format.ts';
import type { Collections } from '../loading/index.ts';
import { aktorForKommune } from './aktorRoles.ts';
import { kommunerSortert, planerForPilot } from './contentOrder.ts';
import { urlFor } from '../urls.ts';

export type OrganRolle = 'prosjekt' | 'kommune' | 'fylkeskommune' | 'statsforvalteren' | 'staten' | 'annen';

/** Headings for each kind of body, in the order they are shown. */
export const ORGAN_ROLLER: readonly { id: OrganRolle; navn: string }[] = [
  { id: 'prosjekt', navn: 'Pilotens prosjektorganisasjon' },
  { id: 'kommune', navn: 'Kommunen' },
  { id: 'fylkeskommune', navn: 'Fylkeskommunen' },
  { id: 'statsforvalteren', navn: 'Statsforvalteren' },
  { id: 'staten', navn: 'Staten' },
  { id: 'annen', navn: 'Andre med en særlig rolle' },
];

export interface Organ {
  rolle: OrganRolle;
  navn: string;
  /**
   * The body's page on this site: an actor page, or the kommune page when there is no actor; null
   * (no link) on the kommune's own page, where its website, if known, stands in `nettsted`.
   */
  href: string | null;
  /** The body's own website with the source that gives it (kommuner: `nettsted`). */
  nettsted: { url: string; vert: string; kilde: KildeRef } | null;
  /** What the sources say the body does here, in our words; null when only its place is known. */
  beskrivelse: string | null;
  kilde: KildeRef | null;
}

export interface HvemSporre {
  pilot: { id: string; navn: string };
  /** True when we have the agreement or a plan; false for pilots known only from news and facts. */
  harDokumenter: boolean;
  organer: Organ[];
  /** The kommuner's own web pages about the agreement, where a source is one. */
  kommunesider: { url: string; vert: string }[];
  /** The pilot's own web page (`nettsted`), with who runs it; null when no source gives one. */
  pilotside: { url: string; vert: string; eier: string; kilde: KildeRef } | null;
  /** For a pilot without documents: the state body that is party to the other agreements, if any. */
  statenIAndreAvtaler: { navn: string; href: string } | null;
}

function nettstedFor(url: string): { url: string; vert: string } {
  return { url, vert: new URL(url).hostname.replace(/^www\./, '') };
}

function rolleFor(type: string, navn: string): OrganRolle {
  if (type === 'fylkeskommune') return 'fylkeskommune';
  if (type === 'kommune') return 'kommune';
  if (type === 'samarbeid') return 'prosjekt';
  if (type === 'stat' && /^statsforvalter/i.test(navn)) return 'statsforvalteren';
  if (type === 'stat') return 'staten';
  return 'annen';
}

/**
 * Who to ask about a pilot; with `kommuneId`, the kommune's own body stands first among the
 * kommuner and the other kommuner are left out (they are on their own pages).
 */
export function hvemSporre(c: Collections, pilotId: string, kommuneId?: string): HvemSporre {
  const pilot = c.piloter.find((p) => p.id === pilotId)!;
  const avtale = pilot.data.avtale;
  const aktorer = new Map(c.aktorer.map((a) => [a.id, a]));
  const planer = planerForPilot(c, pilotId);
  const planIds = new Set(planer.map((p) => p.id));
  const tiltak = c.tiltak.filter((t) => planIds.has(t.data.plan));
  const avtaleKilde = avtale.kilder[0] ?? null;
  const organer: Organ[] = [];
  const med = new Set<string>();
  const legg = (aktorId: string, beskrivelse: string | null, kilde: KildeRef | null, rolle?: OrganRolle) => {
    const a = aktorer.get(aktorId);
    if (!a || med.has(aktorId)) return;
    med.add(aktorId);
    organer.push({
      rolle: rolle ?? rolleFor(a.data.type, a.data.navn),
      navn: a.data.navn,
      href: urlFor.aktor(aktorId),
      nettsted: null,
      beskrivelse,
      kilde,
    });
  };
  const saerlig = (id: string) => avtale.saerligeRoller.find((r) => r.aktor === id);

  // The project organisation: the pilot's own joint body, main responsible for most of its tiltak.
  const ansvar = new Map<string, number>();
  for (const t of tiltak)
    for (const a of t.data.hovedansvarlige)
      if (aktorer.get(a)?.data.type === 'samarbeid') ansvar.set(a, (ansvar.get(a) ?? 0) + 1);
  const mest = Math.max(0, ...ansvar.values());
  const prosjekt = [
    ...avtale.saerligeRoller
      .filter((r) => aktorer.get(r.aktor)?.data.type === 'samarbeid')
      .map((r) => r.aktor),
    ...[...ansvar.entries()].filter(([, n]) => n === mest).map(([a]) => a),
  ];
  const sistePlan = planer.at(-1);
  for (const id of prosjekt) {
    const r = saerlig(id);
    const n = ansvar.get(id) ?? 0;
    legg(
      id,
      r?.rolle ??
        `Hovedansvarlig for ${n} av ${tiltak.length} tiltak i ${planer.length === 1 ? 'handlingsplanen' : 'handlingsplanene'}.`,
      r?.kilde ?? sistePlan?.data.kilde ?? null,
      'prosjekt',
    );
  }

  // The kommuner: this kommune first (its own administration when it is an actor).
  const kommuner = kommunerSortert(c, pilotId).filter((k) => kommuneId === undefined || k.id === kommuneId);
  for (const k of kommuner) {
    const a = aktorForKommune(c, k.id);
    const part = a ? avtale.parter.includes(a.id) : false;
    const beskrivelse = part ? 'Part i bygdevekstavtalen.' : null;
    const nettsted = k.data.nettsted
      ? { ...nettstedFor(k.data.nettsted.url), kilde: k.data.nettsted.kilde }
      : null;
    const foer = organer.length;
    if (a) legg(a.id, beskrivelse, part ? avtaleKilde : null, 'kommune');
    else
      organer.push({
        rolle: 'kommune',
        navn: `${k.data.navn} kommune`,
        // On the kommune's own page, its page is where the reader already is.
        href: k.id === kommuneId ? null : urlFor.kommune(k.id),
        nettsted: null,
        beskrivelse: null,
        kilde: null,
      });
    if (organer.length > foer) organer.at(-1)!.nettsted = nettsted;
  }

  // Parties to the agreement, then partners with a special role.
  for (const id of avtale.parter) {
    if (aktorer.get(id)?.data.type === 'kommune') continue;
    const r = saerlig(id);
    legg(id, r?.rolle ?? 'Part i bygdevekstavtalen.', r?.kilde ?? avtaleKilde);
  }
  for (const r of avtale.saerligeRoller) legg(r.aktor, r.rolle, r.kilde);

  const orden = new Map(ORGAN_ROLLER.map((r, i) => [r.id, i]));
  organer.sort((a, b) => orden.get(a.rolle)! - orden.get(b.rolle)!);

  const kommunesider = pilot.data.kilder
    .flatMap((k) => (k.url ? [k.url] : []))
    .flatMap((u) => {
      const vert = new URL(u).hostname.replace(/^www\./, '');
      return vert.endsWith('.kommune.no') ? [{ url: u, vert }] : [];
    });

  const harDokumenter = planer.length > 0 || avtale.kilder.some((k) => k.dokument !== undefined);

  // A pilot we have no documents for: name the state body that is party to the other agreements.
  const statlige = new Map<string, number>();
  for (const p of c.piloter)
    for (const id of p.data.avtale.parter)
      if (aktorer.get(id)?.data.type === 'stat') statlige.set(id, (statlige.get(id) ?? 0) + 1);
  const staten = [...statlige.entries()].sort(
    (a, b) => b[1] - a[1] || compareNb(aktorer.get(a[0])!.data.navn, aktorer.get(b[0])!.data.navn),
  )[0];

  return {
    pilot: { id: pilot.id, navn: pilot.data.navn },
    harDokumenter,
    organer,
    kommunesider,
    pilotside: pilot.data.nettsted
      ? {
          ...nettstedFor(pilot.data.nettsted.url),
          eier: pilot.data.nettsted.eier,
          kilde: pilot.data.nettsted.kilde,
        }
      : null,
    statenIAndreAvtaler:
      !harDokumenter && staten
        ? { navn: aktorer.get(staten[0])!.data.navn, href: urlFor.aktor(staten[0]) }
        : null,
  };
}
