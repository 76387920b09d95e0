/**
 * Linked data for every pilot, plan, delmål, tiltak, kommune and aktør (pure): one JSON-LD node
 * per page, whose @id is the page's canonical URL, linking its parents and parties by their URLs,
 * with amounts in NOK and the source citation (document, lines, the page with the text). The page
 * carries its own node (src/components/JsonLd.astro); /data/lenkede-data.ttl and .jsonld hold all.
 *
 * schema.org where a term fits; the site's own terms (prefix bva) are documented on /data/, where
 * their IRIs point. VOKABULAR lists which field uses which vocabulary, for that page.
 */
import type { KildeRef } from '../../schemas/common.ts';
import type { Collections } from '../loading/index.ts';
import { compareNb } from '../format.ts';
import { urlFor } from '../urls.ts';
import { isBygdevekstmidler, pilotPenger, statedAmount, sumFunding, tiltakBelop } from '../money/index.ts';
import { kommunerSortert, tiltakKommuner } from '../model/index.ts';
import { document, PREFIXES, ref, type LdDocument, type LdNode } from './rdf.ts';

export interface VokabularTerm {
  term: string;
  vokabular: 'schema.org' | 'Bygdevekstatlas';
  brukes: string;
  iri: string;
  /** The id on /data/ that a bva term's IRI points to. */
  anker: string | null;
}

/** Which vocabulary each field uses; rendered on /data/, where the bva terms' IRIs point. */
export const VOKABULAR: VokabularTerm[] = [
  ['schema:Project', 'Type for pilot og tiltak.'],
  ['schema:CreativeWork', 'Type for handlingsplan og for en kilde.'],
  ['schema:Thing', 'Type for delmål.'],
  ['schema:AdministrativeArea', 'Type for kommune.'],
  ['schema:Organization', 'Type for aktør.'],
  ['schema:name', 'Navn og titler.'],
  ['schema:alternateName', 'Andre skrivemåter for en aktør.'],
  ['schema:identifier', 'Tiltakets nummer i planen; kommunenummeret.'],
  ['schema:isPartOf', 'Tiltaket i planen; planen og delmålet i piloten.'],
  ['schema:hasPart', 'Pilotens handlingsplaner.'],
  ['schema:areaServed', 'Kommunene en pilot eller et tiltak gjelder.'],
  ['schema:member', 'Partene i pilotens avtale.'],
  ['schema:funding', 'Finansieringslinjene i et tiltak, hver en schema:MonetaryGrant.'],
  ['schema:funder', 'Aktøren som gir pengene, der planen nevner den.'],
  ['schema:amount', 'Beløpet i en finansieringslinje.'],
  ['schema:MonetaryAmount', 'Et beløp: schema:value i hele kroner og schema:currency «NOK».'],
  ['schema:citation', 'Kilden: dokumentets tittel, bva:linjer, og i schema:url siden med teksten på linjen.'],
  ['schema:sameAs', 'Kildens eller aktørens egen nettadresse.'],
  ['schema:temporalCoverage', 'Året en handlingsplan gjelder.'],
  ['bva:Pilot', 'Prosjektets type for en pilot (ved siden av schema:Project).'],
  ['bva:Handlingsplan', 'Prosjektets type for en handlingsplan.'],
  ['bva:Delmal', 'Prosjektets type for et delmål.'],
  ['bva:Tiltak', 'Prosjektets type for et tiltak (ved siden av schema:Project).'],
  ['bva:Kommune', 'Prosjektets type for en kommune.'],
  ['bva:Aktor', 'Prosjektets type for en aktør.'],
  ['bva:pilot', 'Piloten en plan, et delmål, et tiltak eller en kommune hører til.'],
  ['bva:delmal', 'Delmålet et tiltak hører til.'],
  ['bva:nr', 'Delmålets nummer i avtalen.'],
  [
    'bva:aar',
    'Året: planåret, budsjettåret til en finansieringslinje, eller året pengene til en pilot gjelder.',
  ],
  ['bva:status', 'Tiltakets status i prosjektets ordliste (som status i tiltak.json).'],
  ['bva:avtaleStatus', 'Avtalens status: signert, usignert-utkast eller ikke-registrert.'],
  ['bva:fylke', 'Fylket, med navn.'],
  ['bva:hovedansvarlig', 'En hovedansvarlig aktør for tiltaket.'],
  ['bva:samarbeidspart', 'En samarbeidspart i tiltaket eller delmålet.'],
  ['bva:finansieringskilde', 'Typen kilde for en finansieringslinje (som kilde i budsjett.json).'],
  ['bva:belopAlleKilder', 'Alle beløp til sammen, som schema:MonetaryAmount.'],
  ['bva:bygdevekstmidler', 'Bygdevekstmidler til sammen, som schema:MonetaryAmount.'],
  ['bva:folketall', 'Innbyggere i kommunen.'],
  ['bva:folketallAar', 'Året folketallet gjelder.'],
  ['bva:linjer', 'Linjene i kildedokumentet, som «203–230».'],
  ['bva:aktorType', 'Aktørens type i prosjektets ordliste.'],
].map(([term, brukes]) => ({
  term,
  brukes,
  vokabular: term.startsWith('schema:') ? 'schema.org' : 'Bygdevekstatlas',
  iri: term.startsWith('schema:')
    ? `https://schema.org/${term.slice('schema:'.length)}`
    : `${PREFIXES.bva}${term.slice('bva:'.length)}`,
  anker: term.startsWith('bva:') ? term.slice('bva:'.length) : null,
}));

const NOK = (belop: number): LdNode => ({
  '@type': 'schema:MonetaryAmount',
  'schema:value': belop,
  'schema:currency': 'NOK',
});

function lines(l: readonly [number, number] | undefined): string | null {
  if (!l) return null;
  return l[0] === l[1] ? String(l[0]) : `${l[0]}–${l[1]}`;
}

const sorted = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => compareNb(a.id, b.id));

/** Every entity's node, keyed by its page's path. */
export function linkedDataNodes(c: Collections, siteUrl: string): Map<string, LdNode> {
  const abs = (path: string) => new URL(path, siteUrl).href;
  const kilder = new Map(c.kilder.map((k) => [k.id, k.data]));
  const planer = new Map(c.handlingsplaner.map((h) => [h.id, h.data]));
  const aktorIds = new Set(c.aktorer.map((a) => a.id));
  const aktorer = (ids: readonly string[]) =>
    ids.filter((id) => aktorIds.has(id)).map((id) => ref(abs(urlFor.aktor(id))));
  const citation = (k: KildeRef): LdNode => {
    const doc = k.dokument ? kilder.get(k.dokument) : undefined;
    const l = lines(k.linjer);
    const side = k.dokument ? abs(urlFor.kildeTekst(k.dokument, k.linjer?.[0])) : (k.url ?? null);
    return {
      '@type': 'schema:CreativeWork',
      ...(doc ? { 'schema:name': doc.tittel } : {}),
      ...(side ? { 'schema:url': ref(side) } : {}),
      ...(doc?.url ? { 'schema:sameAs': ref(doc.url) } : {}),
      ...(l ? { 'bva:linjer': l } : {}),
    };
  };
  const nodes = new Map<string, LdNode>();
  const add = (path: string, node: Omit<LdNode, '@id'>) => nodes.set(path, { '@id': abs(path), ...node });

  for (const p of sorted(c.piloter)) {
    const penger = pilotPenger(c, p.id);
    const bv = statedAmount(penger.bygdevekstmidler);
    const alle = statedAmount(penger.alleKilder);
    // The money of a pilot is its newest plan's (src/lib/money/grunnlag.ts): the year says which.
    const aar = penger.grunnlag?.aar;
    const belop = (b: number) => (aar ? { ...NOK(b), 'bva:aar': aar } : NOK(b));
    add(urlFor.pilot(p.id), {
      '@type': ['schema:Project', 'bva:Pilot'],
      'schema:name': p.data.navn,
      'bva:fylke': p.data.fylke,
      'bva:avtaleStatus': p.data.avtale.status,
      'schema:areaServed': kommunerSortert(c, p.id).map((k) => ref(abs(urlFor.kommune(k.id)))),
      'schema:member': aktorer(p.data.avtale.parter),
      'schema:hasPart': c.handlingsplaner
        .filter((h) => h.data.pilot === p.id)
        .map((h) => ref(abs(urlFor.plan(h.id)))),
      ...(bv !== null ? { 'bva:bygdevekstmidler': belop(bv) } : {}),
      ...(alle !== null ? { 'bva:belopAlleKilder': belop(alle) } : {}),
      'schema:citation': p.data.avtale.kilder.map(citation),
    });
  }
  for (const h of sorted(c.handlingsplaner)) {
    add(urlFor.plan(h.id), {
      '@type': ['schema:CreativeWork', 'bva:Handlingsplan'],
      'schema:name': h.data.tittel,
      'schema:isPartOf': ref(abs(urlFor.pilot(h.data.pilot))),
      'bva:pilot': ref(abs(urlFor.pilot(h.data.pilot))),
      'bva:aar': h.data.aar,
      'schema:temporalCoverage': String(h.data.aar),
      'schema:citation': citation(h.data.kilde),
    });
  }
  for (const d of sorted(c.delmal)) {
    add(urlFor.delmal(d.id), {
      '@type': ['schema:Thing', 'bva:Delmal'],
      'schema:name': d.data.tittel,
      'bva:nr': d.data.nr,
      'schema:isPartOf': ref(abs(urlFor.pilot(d.data.pilot))),
      'bva:pilot': ref(abs(urlFor.pilot(d.data.pilot))),
      'bva:samarbeidspart': aktorer(d.data.samarbeidsparter),
      'schema:citation': citation(d.data.kilde),
    });
  }
  for (const t of sorted(c.tiltak)) {
    const plan = planer.get(t.data.plan)!;
    const belop = tiltakBelop(t);
    const bv = statedAmount(sumFunding([t], isBygdevekstmidler));
    add(urlFor.tiltak(t.id), {
      '@type': ['schema:Project', 'bva:Tiltak'],
      'schema:name': t.data.tittel,
      'schema:identifier': t.data.nr,
      'schema:isPartOf': ref(abs(urlFor.plan(t.data.plan))),
      'bva:pilot': ref(abs(urlFor.pilot(plan.pilot))),
      ...(t.data.delmal ? { 'bva:delmal': ref(abs(urlFor.delmal(t.data.delmal))) } : {}),
      'bva:status': t.data.status,
      'schema:areaServed': tiltakKommuner(c, t).map((k) => ref(abs(urlFor.kommune(k)))),
      'bva:hovedansvarlig': aktorer(t.data.hovedansvarlige),
      'bva:samarbeidspart': aktorer(t.data.samarbeidsparter),
      'schema:funding': t.data.finansiering.map((f): LdNode => ({
        '@type': 'schema:MonetaryGrant',
        'bva:finansieringskilde': f.kilde,
        ...(f.giver && aktorIds.has(f.giver) ? { 'schema:funder': ref(abs(urlFor.aktor(f.giver))) } : {}),
        ...(f.belop !== null ? { 'schema:amount': NOK(f.belop) } : {}),
        ...(f.aar !== null ? { 'bva:aar': f.aar } : {}),
        ...(f.linjer ? { 'schema:citation': citation({ dokument: plan.dokument, linjer: f.linjer }) } : {}),
      })),
      ...(belop.alle !== null ? { 'bva:belopAlleKilder': NOK(belop.alle) } : {}),
      ...(bv !== null ? { 'bva:bygdevekstmidler': NOK(bv) } : {}),
      'schema:citation': citation(t.data.kilde),
    });
  }
  for (const k of sorted(c.kommuner)) {
    add(urlFor.kommune(k.id), {
      '@type': ['schema:AdministrativeArea', 'bva:Kommune'],
      'schema:name': k.data.navn,
      'schema:identifier': k.data.kommunenummer,
      'bva:fylke': k.data.fylke,
      'bva:pilot': ref(abs(urlFor.pilot(k.data.pilot))),
      'bva:folketall': k.data.folketall.antall,
      'bva:folketallAar': k.data.folketall.aar,
    });
  }
  for (const a of sorted(c.aktorer)) {
    add(urlFor.aktor(a.id), {
      '@type': ['schema:Organization', 'bva:Aktor'],
      'schema:name': a.data.navn,
      ...(a.data.aliaser.length > 0 ? { 'schema:alternateName': a.data.aliaser } : {}),
      'bva:aktorType': a.data.type,
      ...(a.data.kilde?.url ? { 'schema:sameAs': ref(a.data.kilde.url) } : {}),
    });
  }
  return nodes;
}

/** The JSON-LD for one page, with its context; null for a page that is not an entity. */
export function pageJsonLd(
  nodes: Map<string, LdNode>,
  path: string,
): (LdNode & { '@context': typeof PREFIXES }) | null {
  const node = nodes.get(path);
  return node ? { '@context': PREFIXES, ...node } : null;
}

/** Every entity in one document: the dump. */
export const linkedDataDump = (nodes: Map<string, LdNode>): LdDocument => document([...nodes.values()]);
