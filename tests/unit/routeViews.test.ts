/**
 * The views behind routes that used to word, sort or sum in their templates (/tiltak/, the change
 * pages, the findings notes, lessons and initiatives), run without Astro on real and fixture content.
 */
import { describe, expect, it } from 'vitest';
import { findAvvik } from '../../src/lib/checks/index.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { avvikView } from '../../src/views/avvik.ts';
import { antallAvvikTekst, avvikNote } from '../../src/views/avvikNote.ts';
import { endringerView } from '../../src/views/endringer.ts';
import { initiativView, laeringHubView, laeringView } from '../../src/views/laering.ts';
import { planView } from '../../src/views/plan.ts';
import { buildSite } from '../../src/views/site.ts';
import { tiltakRaderDel, tiltakTabellSideView, tiltakTabellView } from '../../src/views/tiltak.ts';
import type { Celle } from '../../src/lib/tables/tiltakCeller.ts';

const real = buildSite(loadContent().collections);
const vekst = loadContent('tests/fixtures/vekst');

describe('the change page view (/piloter/<id>/endringer/<år>/)', () => {
  const v = endringerView(vekst.collections, 'nordpilot', 2027);
  it('words the money table: total, each delmål, each source, unknown stays unknown', () => {
    expect(vekst.problems).toEqual([]);
    expect(v.pengeRader?.[0]).toEqual({
      navn: 'Alle tiltak',
      for: '6\u00a0200\u00a0000 kr',
      etter: '4\u00a0850\u00a0000 kr',
      endring: '−1\u00a0350\u00a0000 kr (−21,8 %)',
    });
    const egenandel = v.pengeRader?.find((r) => r.navn === 'Finansieringskilde: Kommunal egenandel');
    expect(egenandel).toMatchObject({ etter: 'ikke oppgitt', endring: '–' });
  });
  it('labels each side, notes a new number or title as a sentence, and flags merged money', () => {
    const rader = v.grupper.flatMap((g) => g.tiltak);
    const d2 = rader.find((r) => r.for?.id === 'nordpilot-2026-d2-1')!;
    expect(d2.anker).toBe('nordpilot-2027--nordpilot-2026-d2-1');
    expect(d2.for?.etikett).toBe('Delmål 2, tiltak 1');
    expect(d2.etter.map((s) => s.etikett)).toEqual(['Delmål 2, tiltak 2']);
    expect(d2.endretNote).toBe('Nytt nummer og ny tittel.');
    expect(d2.ikkeSammenlignbar).toBe(true);
    const t1 = rader.find((r) => r.for?.id === 'nordpilot-2026-t1')!;
    expect(t1.for?.etikett).toBe('Tverrgående, tiltak 1');
    expect(t1.endretNote).toBeNull();
    const avsluttet = rader.find((r) => r.for?.id === 'nordpilot-2026-d1-2')!;
    expect(avsluttet.belopEtter).toBe('–');
  });
  it('merges its sources: no two line ranges of one document touch or overlap', () => {
    expect(v.kilder.length).toBeGreaterThan(0);
    v.kilder.forEach((k, i) => {
      const forrige = v.kilder[i - 1];
      if (forrige?.dokument && forrige.dokument === k.dokument && forrige.linjer && k.linjer)
        expect(k.linjer[0]).toBeGreaterThan(forrige.linjer[1] + 1);
    });
    expect(v.forrigeAar).toBe(2026);
  });
});

describe('the findings note', () => {
  const avvik = findAvvik(real.c);
  it('words every finding with its rule and sources, and says how many there are', () => {
    expect(avvik.length).toBeGreaterThan(1);
    const note = avvikNote(avvik.slice(0, 2), {})!;
    expect(note.intro).toBe('Bygdevekstatlas har funnet 2 steder der tallene ikke stemmer.');
    expect(note.punkter.map((p) => p.id)).toEqual(avvik.slice(0, 2).map((a) => a.id));
    expect(note.punkter[0].sammenligning).toMatch(/Differanse: [+−]?[\d\u00a0]+ (kr|år|poeng)\.$/);
    expect(avvikNote(avvik.slice(0, 1), {})!.intro).toContain('ett sted');
  });
  it('is null without findings, so the page says there are none', () => {
    expect(avvikNote([], {})).toBeNull();
    expect([0, 1, 4].map(antallAvvikTekst)).toEqual(['ingen avvik', 'ett avvik', '4 avvik']);
  });
  it('gives the plan page and /avvik/ the same findings for a plan', () => {
    const plan = real.c.handlingsplaner.find((h) => avvik.some((a) => a.plan === h.id))!;
    const side = planView(real, plan.id).avvikNote!;
    const alle = avvikView(real)
      .report.piloter.flatMap((p) => p.planer)
      .find((p) => p.plan === plan.id)!;
    expect(alle.note?.punkter.map((p) => p.id)).toEqual(side.punkter.map((p) => p.id));
    expect(alle.antallTekst).toBe(antallAvvikTekst(side.punkter.length));
  });
});

describe('the /tiltak/ table view', () => {
  const v = tiltakTabellView(real);
  const side = tiltakTabellSideView(real, 1).side;
  const belop = (celler: Celle[]) => celler.filter((c) => c.num);
  it('words each amount per scope, and «ikke oppgitt» stays a gap, never 0 kr', () => {
    expect(v.antall).toBe(real.c.tiltak.length);
    expect(side.rader.length).toBeGreaterThan(0);
    for (const r of side.rader) {
      const rad = v.rader.find((x) => x.id === r.id)!;
      const b = belop(r.celler);
      expect(b.map((c) => c.etikett)).toEqual(['Alle kilder', 'Bygdevekstmidler', 'Andre kilder']);
      expect(b[0].deler[0].svak === true).toBe(rad.alle === null);
      if (rad.alle === null) expect(b[0].deler[0].tekst).toBe('ikke oppgitt');
    }
    const medBelop = side.rader.find((r) => (v.rader.find((x) => x.id === r.id)!.alle ?? 0) >= 1000)!;
    expect(belop(medBelop.celler)[0].deler[0].tekst).toMatch(/^\d{1,3}(\u00a0\d{3})+ kr$/);
  });
  it('offers a filter for every pilot that has tiltak, and ships every row in script-safe JSON chunks', () => {
    const piloter = v.filtre.find((f) => f.id === 'pilot')!.valg.map((x) => x.id);
    expect(new Set(piloter)).toEqual(new Set(v.rader.map((r) => r.pilot)));
    expect(v.deler.length).toBeGreaterThan(0);
    const deler = v.deler.map((_, i) => tiltakRaderDel(real, i + 1));
    for (const d of deler) expect(d).not.toMatch(/[<>&]/);
    const ids = deler.flatMap((d) => (JSON.parse(d) as { id: string }[]).map((r) => r.id));
    expect(ids).toEqual(v.rader.map((r) => r.id));
    expect(() => tiltakRaderDel(real, v.deler.length + 1)).toThrow(/finnes ikke/);
  });
});

describe('lesson and initiative pages', () => {
  it('give each page its sources with duplicates removed', () => {
    const l = real.c.laering[0];
    const kilder = laeringView(real, l.id).kilder;
    const nokler = kilder.map((k) => `${k.dokument}|${k.linjer}|${k.url}`);
    expect(nokler.length).toBeGreaterThan(0);
    expect(new Set(nokler).size).toBe(nokler.length);
  });
  it('word the capacity diamond’s findings on the initiative page', () => {
    const medDiamant = real.c.initiativer
      .map((i) => initiativView(real, i.id))
      .filter((v) => v.diamant && v.diamant.avvik.length > 0);
    expect(medDiamant.length).toBeGreaterThan(0);
    for (const v of medDiamant) expect(v.diamant!.avvikNote!.punkter).toHaveLength(v.diamant!.avvik.length);
  });
});

describe('the lessons hub view (/laering/)', () => {
  it('offers the four filters the client reads, each with the choices the hub counted', () => {
    const hub = laeringHubView(real);
    expect(hub.filterFelt.map((f) => f.navn)).toEqual(['initiativ', 'pilot', 'kilde', 'slag']);
    expect(hub.filterFelt.map((f) => f.valg)).toEqual([
      hub.filtre.initiativer,
      hub.filtre.piloter,
      hub.filtre.kilder,
      hub.filtre.slag,
    ]);
    for (const f of hub.filterFelt) expect(f.valg.length).toBeGreaterThan(0);
  });
});
