/** The source list (/kilder/) and each source's full text (/kilder/<id>/). */
import { compareNb } from '../lib/format.ts';
import { KILDE_DEL_LINJER, urlFor, withBase } from '../lib/urls.ts';
import { kildeBruk, type Sitering } from '../lib/model/index.ts';
import { isKildeTekstFeil, kildeTekst } from '../lib/loading/index.ts';
import type { CollectionName } from '../schemas/index.ts';
import { idPaths } from './shared.ts';
import { sideAv, sideHref, sidePaths } from '../lib/tables/index.ts';
import type { Site } from './site.ts';

export const kildePaths = (site: Site) => idPaths(site.c.kilder);

/** How the source list names each kind of citing entry, in the order it lists them. */
export const SAMLING_NAVN: Partial<Record<CollectionName, string>> = {
  piloter: 'Piloter',
  delmal: 'Delmål',
  handlingsplaner: 'Handlingsplaner',
  tiltak: 'Tiltak',
  kommuner: 'Kommuner',
  aktorer: 'Aktører',
  tema: 'Tema',
  sider: 'Sider',
  initiativer: 'Distriktssatsinger',
  laering: 'Lærdommer',
  kapasitetsdiamant: 'Kapasitetsdiamanten',
};

/** Citing entries grouped by kind, kinds without entries left out. */
export function siteringerGruppert(s: readonly Sitering[]): { navn: string; liste: Sitering[] }[] {
  return Object.entries(SAMLING_NAVN)
    .map(([id, navn]) => ({ navn, liste: s.filter((x) => x.samling === id) }))
    .filter((g) => g.liste.length > 0);
}

/** A web address without scheme and trailing slash, for showing in full. */
export const visUrl = (u: string) => u.replace(/^https?:\/\//, '').replace(/\/$/, '');

/**
 * At most this many citing pages per kind on /kilder/; a document cited more often gets its own
 * paged list at /kilder/<id>/bruk/, so /kilder/ stays bounded as the plans grow.
 */
export const SITERINGER_PA_KILDER = 20;

const kildeBrukMemo = (site: Site) => site.memo('kildeBruk', () => kildeBruk(site.c));
const brukHref = (id: string) => sideHref(withBase(`/kilder/${id}/bruk/`));

export function kildeListeView(site: Site) {
  const bruk = kildeBrukMemo(site);
  return {
    navn: site.navn,
    dokumenter: [...site.c.kilder]
      .sort((a, b) => compareNb(a.data.tittel, b.data.tittel))
      .map((kilde) => {
        const siteringer = bruk.dokumenter[kilde.id] ?? [];
        return {
          kilde,
          /** As printed, a misprint marked [sic] with what was meant. */
          tittel: site.navn.kilder[kilde.id] ?? kilde.data.tittel,
          url: kilde.data.url ? visUrl(kilde.data.url) : null,
          fil: kildeFil(kilde.data),
          antallSiteringer: siteringer.length,
          grupper: siteringerGruppert(siteringer).map((g) => ({
            ...g,
            liste: g.liste.slice(0, SITERINGER_PA_KILDER),
            flere: Math.max(0, g.liste.length - SITERINGER_PA_KILDER),
          })),
          /** Every citing page, paged, when some are left out above. */
          alle: siteringerGruppert(siteringer).some((g) => g.liste.length > SITERINGER_PA_KILDER)
            ? brukHref(kilde.id)(1)
            : null,
        };
      }),
    nettsider: bruk.nettsider.map((n) => ({ ...n, visning: visUrl(n.url) })),
  };
}

/** The file the text comes from, as the kilde names it: the PDF, or the text file in shared/seeds. */
export const kildeFil = (k: { seed?: string; pdf?: string }) => k.pdf ?? k.seed ?? '';

/** «side 3» or «side 3–5». */
const sideSpenn = (fra: number, til: number) => (fra === til ? `side ${fra}` : `side ${fra}–${til}`);

/**
 * A source document with its text, line by line. Reads the text file (the text, not the
 * content); a PDF's text also gives the page of each line.
 */
export function kildeTekstView(site: Site, id: string) {
  const kilde = site.ix.kilder.get(id);
  if (!kilde) throw new Error(`Ukjent kilde «${id}»`);
  const tekst = site.memo(`kildeLinjer:${id}`, () => kildeTekst(kilde.data));
  if (!tekst || isKildeTekstFeil(tekst)) {
    throw new Error(
      `Fant ikke teksten til kilden «${id}» (${kildeFil(kilde.data)}): ${tekst?.melding ?? 'ingen fil'}`,
    );
  }
  const { linjer, sider } = tekst;
  const antallDeler = Math.max(1, Math.ceil(linjer.length / KILDE_DEL_LINJER));
  const deler = Array.from({ length: antallDeler }, (_, i) => {
    const fra = i * KILDE_DEL_LINJER + 1;
    const til = Math.min(linjer.length, (i + 1) * KILDE_DEL_LINJER);
    const linjeTekst = `Linje ${fra}–${til}`;
    return {
      del: i + 1,
      fra,
      til,
      url: urlFor.kildeTekstDel(id, i + 1),
      tekst:
        sider && til >= fra ? `${linjeTekst} (${sideSpenn(sider[fra - 1], sider[til - 1])})` : linjeTekst,
    };
  });
  return {
    kilde,
    antallLinjer: linjer.length,
    /** The page of the PDF's last line of text (blank pages after it have no lines); null without pages. */
    sisteSide: sider && sider.length > 0 ? sider[sider.length - 1] : null,
    deler,
    linjer,
    sider,
    fil: kildeFil(kilde.data),
    tittel: site.navn.kilder[id] ?? kilde.data.tittel,
  };
}

/** Every part of every source text, as /kilder/<id>/<del>/. */
export function kildeDelPaths(site: Site) {
  return site.c.kilder.flatMap((k) =>
    kildeTekstView(site, k.id).deler.map((d) => ({ params: { id: k.id, del: String(d.del) } })),
  );
}

/**
 * One part of a source text: its lines (numbered as in the whole document, so «linje 1182» is
 * item 1182), for a PDF the page of each line and a «side N» mark where a page begins, and the
 * parts before and after it.
 */
export function kildeDelView(site: Site, id: string, del: number) {
  const { kilde, antallLinjer, deler, linjer, sider, fil, tittel } = kildeTekstView(site, id);
  const denne = deler.find((d) => d.del === del);
  if (!denne) throw new Error(`Kilden «${id}» har ingen del ${del}`);
  return {
    kilde,
    tittel,
    antallLinjer,
    deler,
    denne,
    forrige: deler.find((d) => d.del === del - 1) ?? null,
    neste: deler.find((d) => d.del === del + 1) ?? null,
    fil,
    linjer: linjer.slice(denne.fra - 1, denne.til).map((tekst, i) => {
      const nr = denne.fra + i;
      const side = sider ? sider[nr - 1] : null;
      // The page is named where it begins, and on the part's first line, so every line's page is in view above it.
      const visSide = side !== null && (i === 0 || sider![nr - 2] !== side);
      return { nr, tekst, side, sideMerke: visSide ? `side ${side}` : null };
    }),
  };
}

/** Documents cited by more pages than /kilder/ lists: each gets /kilder/<id>/bruk/, paged. */
function medEgenBruk(site: Site): string[] {
  const bruk = kildeBrukMemo(site);
  return site.c.kilder
    .filter((k) =>
      siteringerGruppert(bruk.dokumenter[k.id] ?? []).some((g) => g.liste.length > SITERINGER_PA_KILDER),
    )
    .map((k) => k.id);
}

/** Pages of /kilder/<id>/bruk/: page 1 per document (`side` undefined), then side/<n>/. */
export function kildeBrukPaths(site: Site) {
  const bruk = kildeBrukMemo(site);
  return medEgenBruk(site).flatMap((id) => [
    { params: { id, side: undefined } },
    ...sidePaths((bruk.dokumenter[id] ?? []).length).map((p) => ({
      params: { id, side: `side/${p.params.side}` },
    })),
  ]);
}

/** Page `nr` of the pages citing document `id`, grouped by kind as on /kilder/. */
export function kildeBrukView(site: Site, id: string, nr: number) {
  const kilde = site.ix.kilder.get(id);
  if (!kilde) throw new Error(`Ukjent kilde «${id}»`);
  const alle = siteringerGruppert(kildeBrukMemo(site).dokumenter[id] ?? []).flatMap((g) =>
    g.liste.map((x) => ({ gruppe: g.navn, x })),
  );
  const side = sideAv(alle, nr, brukHref(id));
  const grupper = [...new Set(side.rader.map((r) => r.gruppe))].map((navn) => ({
    navn,
    liste: side.rader.filter((r) => r.gruppe === navn).map((r) => r.x),
  }));
  return {
    kilde,
    tittel: site.navn.kilder[id] ?? kilde.data.tittel,
    side: { ...side, rader: [] },
    grupper,
  };
}
