/**
 * Source lists (the rule for spotting a reference is in sourceRefs.ts): which entries cite each document or web address, and a page's source list with duplicates
 * removed and adjacent line ranges merged.
 */
import type { KildeRef } from '../../schemas/common.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { compareNb } from '../format.ts';
import { indexesFor as ix } from './indexes.ts';
import { type Collections, alleKildeRefs } from '../loading/index.ts';
import { planTittel, tiltakTittel } from './entries.ts';
import { urlFor } from '../urls.ts';

/** An entry that cites a source, as a link. */
export interface Sitering {
  samling: CollectionName;
  href: string;
  tittel: string;
}

/** The page and name of any entry. */
export function oppforing(c: Collections, samling: CollectionName, id: string): Sitering {
  const pilotNavn = (pid: string) => c.piloter.find((p) => p.id === pid)?.data.navn ?? pid;
  switch (samling) {
    case 'piloter':
      return { samling, href: urlFor.pilot(id), tittel: pilotNavn(id) };
    case 'delmal': {
      const d = c.delmal.find((x) => x.id === id)!;
      return {
        samling,
        href: urlFor.delmal(id),
        tittel: `${pilotNavn(d.data.pilot)}, delmål ${d.data.nr}: ${d.data.tittel}`,
      };
    }
    case 'handlingsplaner': {
      const h = c.handlingsplaner.find((x) => x.id === id)!;
      return {
        samling,
        href: urlFor.plan(id),
        tittel: `${pilotNavn(h.data.pilot)}, ${planTittel(h).toLowerCase()}`,
      };
    }
    case 'tiltak': {
      const t = ix(c).tiltak.get(id)!;
      const h = c.handlingsplaner.find((x) => x.id === t.data.plan);
      return {
        samling,
        href: urlFor.tiltak(id),
        tittel: `${h ? `${pilotNavn(h.data.pilot)} ${h.data.aar}, ` : ''}${tiltakTittel(t).replace(/^T/, 't')}`,
      };
    }
    case 'kommuner':
      return {
        samling,
        href: urlFor.kommune(id),
        tittel: c.kommuner.find((x) => x.id === id)?.data.navn ?? id,
      };
    case 'aktorer':
      return { samling, href: urlFor.aktor(id), tittel: c.aktorer.find((x) => x.id === id)?.data.navn ?? id };
    case 'tema':
      return { samling, href: urlFor.tema(id), tittel: c.tema.find((x) => x.id === id)?.data.navn ?? id };
    case 'kilder':
      return {
        samling,
        href: urlFor.kilde(id),
        tittel: c.kilder.find((x) => x.id === id)?.data.tittel ?? id,
      };
    case 'sider':
      return { samling, href: urlFor.side(id), tittel: c.sider.find((x) => x.id === id)?.data.tittel ?? id };
    case 'initiativer':
      return {
        samling,
        href: urlFor.initiativ(id),
        tittel: c.initiativer.find((x) => x.id === id)?.data.navn ?? id,
      };
    case 'laering':
      return {
        samling,
        href: urlFor.laering(id),
        tittel: c.laering.find((x) => x.id === id)?.data.pastand ?? id,
      };
    case 'kapasitetsdiamant': {
      const d = c.kapasitetsdiamant.find((x) => x.id === id)?.data;
      return {
        samling,
        href: d ? urlFor.kapasitetsdiamant(d.initiativ) : urlFor.kapasitetsdiamant(id),
        tittel: d ? `Kapasitetsdiamant for ${d.kommune}` : id,
      };
    }
  }
}

/** Every collection whose entries may cite sources (the sources themselves do not). */
const SAMLINGER = COLLECTION_NAMES.filter((n) => n !== 'kilder');

/** Every cited source document and web address, with the entries citing it (in collection order). */
export function kildeBruk(c: Collections): {
  dokumenter: Record<string, Sitering[]>;
  nettsider: { url: string; siteringer: Sitering[] }[];
} {
  const dokumenter: Record<string, Sitering[]> = Object.fromEntries(c.kilder.map((k) => [k.id, []]));
  const nett = new Map<string, Sitering[]>();
  const legg = (liste: Sitering[], s: Sitering) => {
    if (!liste.some((x) => x.href === s.href)) liste.push(s);
  };
  for (const samling of SAMLINGER) {
    const entries = c[samling] as { id: string; data: unknown }[];
    for (const e of entries) {
      const refs = alleKildeRefs(e.data);
      const s = oppforing(c, samling, e.id);
      for (const d of refs.map((r) => r.dokument).filter((d): d is string => !!d))
        if (dokumenter[d]) legg(dokumenter[d], s);
      for (const u of refs.map((r) => r.url).filter((u): u is string => !!u)) {
        if (!nett.has(u)) nett.set(u, []);
        legg(nett.get(u)!, s);
      }
    }
  }
  return {
    dokumenter,
    nettsider: [...nett.entries()]
      .sort(([a], [b]) => compareNb(a, b))
      .map(([url, siteringer]) => ({ url, siteringer })),
  };
}

/** Distinct references, documents first (by id, then line), then web addresses, duplicates removed. */
export function unikeKilder(refs: readonly (KildeRef | undefined | null)[]): KildeRef[] {
  const sett = new Map<string, KildeRef>();
  for (const r of refs) if (r) sett.set(`${r.dokument ?? ''}|${r.linjer?.join('-') ?? ''}|${r.url ?? ''}`, r);
  return [...sett.values()].sort(
    (a, b) =>
      Number(!a.dokument) - Number(!b.dokument) ||
      compareNb(a.dokument ?? a.url ?? '', b.dokument ?? b.url ?? '') ||
      (a.linjer?.[0] ?? 0) - (b.linjer?.[0] ?? 0) ||
      (a.linjer?.[1] ?? 0) - (b.linjer?.[1] ?? 0),
  );
}

/**
 * Merges overlapping or adjacent line ranges per document, so a page citing forty tiltak of one
 * plan lists the document once with a few ranges instead of forty lines. Web addresses kept as they are.
 */
export function samleKilder(refs: readonly (KildeRef | undefined | null)[]): KildeRef[] {
  const unike = unikeKilder(refs);
  const ut: KildeRef[] = [];
  for (const r of unike) {
    const forrige = ut.at(-1);
    if (forrige && r.dokument && forrige.dokument === r.dokument) {
      if (!r.linjer) continue;
      if (!forrige.linjer) {
        ut[ut.length - 1] = r;
        continue;
      }
      if (r.linjer[0] <= forrige.linjer[1] + 1) {
        forrige.linjer = [forrige.linjer[0], Math.max(forrige.linjer[1], r.linjer[1])];
        continue;
      }
    }
    ut.push(r.linjer ? { ...r, linjer: [r.linjer[0], r.linjer[1]] } : { ...r });
  }
  return ut;
}
