/** Everything the tiltak page and the list of all tiltak show. */
import { isBygdevekstmidler, sumFunding, BELOP_OMFANG } from '../lib/money/index.ts';
import { samleKilder, tiltakGruppert } from '../lib/model/index.ts';
import { tiltakHistorikk } from '../lib/plans/index.ts';
import { sideAv, sideHref, sidePaths, tiltakCeller, tiltakJson, tiltakTabell } from '../lib/tables/index.ts';
import { withBase } from '../lib/urls.ts';
import { aktorListe } from './delmal.ts';
import { planListeView } from './plan.ts';
import { endringerForTiltak } from './endringer.ts';
import { idPaths } from './shared.ts';
import { tiltakKommunerView } from './tiltakKommuner.ts';
import type { Site } from './site.ts';
import { unntakNotater } from './unntak.ts';
import { tiltakLaering } from './laering.ts';

export const tiltakPaths = (site: Site) => idPaths(site.c.tiltak);

export function tiltakView(site: Site, id: string) {
  const { c, ix, navn } = site;
  const tiltak = ix.tiltak.get(id);
  if (!tiltak) throw new Error(`Ukjent tiltak «${id}»`);
  const t = tiltak.data;
  const plan = ix.planer.get(t.plan)!;
  const delmal = t.delmal ? (ix.delmal.get(t.delmal) ?? null) : null;
  const historikk = tiltakHistorikk(c, id);
  return {
    tiltak,
    plan,
    pilot: ix.piloter.get(plan.data.pilot)!,
    delmal,
    historikk,
    navn,
    /** Where the tiltak sits in its plan, as a phrase («delmål 2», «de tverrgående tiltakene»). */
    hvor: delmal ? `delmål ${delmal.data.nr}` : 'de tverrgående tiltakene',
    planTittel: `Handlingsplan ${plan.data.aar}`,
    hovedansvarlige: aktorListe(site, t.hovedansvarlige),
    samarbeidsparter: aktorListe(site, t.samarbeidsparter),
    /** The change pages this tiltak is part of. */
    endringSider: endringerForTiltak(c, id),
    /** Which kommuner the tiltak is for. */
    gjelder: tiltakKommunerView(c, id),
    sum: sumFunding([tiltak]),
    bygdevekstmidler: sumFunding([tiltak], isBygdevekstmidler),
    /** Lessons that name this tiltak (src/views/laering.ts). */
    laerdommer: tiltakLaering(c, id),
    /** Figures and printed texts the content states are not found as written, with why. */
    unntak: unntakNotater('tiltak', tiltak),
    kilder: samleKilder([
      t.kilde,
      ...t.andreTitler.map((a) => a.kilde),
      ...t.finansiering.map((f) => ({ dokument: plan.data.dokument, linjer: f.linjer })),
      ...historikk.forgjengere.map((f) => f.endring.kilde),
      ...historikk.etterfolgere.map((f) => f.endring.kilde),
    ]),
  };
}
export type TiltakView = ReturnType<typeof tiltakView>;

/** Every tiltak, plan by plan (pilots by name, then year), grouped by delmål; empty groups left out. */
export function tiltakListeView(site: Site) {
  const { c, navn } = site;
  return {
    navn,
    antall: c.tiltak.length,
    planer: planListeView(site).map((p) => ({
      ...p,
      grupper: tiltakGruppert(c, p.plan.id).filter((g) => g.tiltak.length > 0),
    })),
  };
}

/** A column of the /tiltak/ table; `sorterbar: false` for columns the client cannot sort by. */
interface TabellKolonne {
  id: string;
  navn: string;
  num?: boolean;
  sorterbar?: boolean;
}

/**
 * Rows per data chunk the /tiltak/ script loads (/data/tiltak/rader-<n>.json): few requests for the
 * whole table, and no single file that grows without bound.
 */
export const TILTAK_DEL_RADER = 1000;

/**
 * The table of every tiltak at /tiltak/ (rows and filter choices from src/lib/tables/tiltakTabell.ts):
 * the filters, the columns, every row, and where the script loads the rows from.
 */
export const tiltakTabellView = (site: Site) =>
  site.memo('tiltakTabell', () => {
    const { rader, valg } = tiltakTabell(site.c);
    const kolonner: TabellKolonne[] = [
      { id: 'pilot', navn: 'Pilot' },
      { id: 'aar', navn: 'Planår' },
      { id: 'delmal', navn: 'Delmål' },
      { id: 'nr', navn: 'Nr.' },
      { id: 'tittel', navn: 'Tiltak' },
      ...BELOP_OMFANG.map((o) => ({ id: o.id, navn: o.overskrift, num: true })),
      { id: 'givere', navn: 'Navngitte givere', sorterbar: false },
      { id: 'status', navn: 'Status' },
      { id: 'ansvarlig', navn: 'Hovedansvarlig' },
      { id: 'tema', navn: 'Tema' },
    ];
    return {
      antall: rader.length,
      filtre: [
        { id: 'pilot', etikett: 'Pilot', valg: valg.piloter },
        { id: 'aar', etikett: 'Planår', valg: valg.aar },
        { id: 'tema', etikett: 'Tema', valg: valg.tema },
        { id: 'status', etikett: 'Status', valg: valg.status },
        { id: 'giver', etikett: 'Navngitt giver', valg: valg.givere },
        { id: 'aktor', etikett: 'Aktør i hvilken som helst rolle', valg: valg.aktorer },
      ],
      kolonner,
      /** Every row, in the table's own order (pilot, plan year, delmål, number). */
      rader,
      /** The data chunks holding every row, in order. */
      deler: Array.from({ length: Math.ceil(rader.length / TILTAK_DEL_RADER) }, (_, i) =>
        withBase(`/data/tiltak/rader-${i + 1}.json`),
      ),
    };
  });

/** Page `nr` of the /tiltak/ table (page 1 is /tiltak/, page n /tiltak/side/<n>/), rows as cells. */
export function tiltakTabellSideView(site: Site, nr: number) {
  const { rader, ...v } = tiltakTabellView(site);
  const side = sideAv(rader, nr, sideHref(withBase('/tiltak/')));
  return { ...v, side: { ...side, rader: side.rader.map((r) => ({ id: r.id, celler: tiltakCeller(r) })) } };
}

/** Pages 2 … n of the /tiltak/ table. */
export const tiltakTabellSidePaths = (site: Site) => sidePaths(tiltakTabellView(site).antall);

/** Chunk `del` (from 1) of the rows the /tiltak/ script filters, sorts and exports: script-safe JSON. */
export function tiltakRaderDel(site: Site, del: number): string {
  const { rader, deler } = tiltakTabellView(site);
  if (!Number.isSafeInteger(del) || del < 1 || del > deler.length)
    throw new Error(`Datadel ${del} av tiltakstabellen finnes ikke (${deler.length} deler).`);
  return tiltakJson(rader.slice((del - 1) * TILTAK_DEL_RADER, del * TILTAK_DEL_RADER));
}

export const tiltakRaderDelPaths = (site: Site) =>
  tiltakTabellView(site).deler.map((_, i) => ({ params: { del: String(i + 1) } }));
