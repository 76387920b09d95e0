import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { nummerhull, pengerForst } from '../../src/lib/money/pengerForst.ts';
import { hvemSporre } from '../../src/lib/model/hvemSporre.ts';
import { linje, plan, tiltak, world } from '../helpers/budgetWorld.ts';

const { collections: c } = loadContent();

describe('pengerForst on the real content', () => {
  it('Rindal og Holtålen 2025: plan year, computed sums and the plan’s own table total, kept apart', () => {
    const p = pengerForst(c, 'rindal-holtalen');
    expect(p.plan?.aar).toBe(2025);
    expect(p.antallTiltak).toBe(c.tiltak.filter((t) => t.data.plan === 'rindal-holtalen-2025').length);
    // Table 7, «Samlet budsjett og finansiering for 2025», SUM row (HP 2025 L2472): 7 670 000 in all, 5 610 000 KDD.
    expect(p.oppgitt).toEqual(
      expect.arrayContaining([expect.objectContaining({ total: 7670000, bygdevekstmidler: 5610000 })]),
    );
    const bv = c.tiltak
      .filter((t) => t.data.plan === 'rindal-holtalen-2025')
      .flatMap((t) => t.data.finansiering)
      .filter((l) => l.kilde === 'bygdevekstmidler')
      .reduce((s, l) => s + (l.belop ?? 0), 0);
    expect(p.beregnet.bygdevekstmidler).toBe(bv);
  });
  it('words the stated table totals and the computed sums, and says when they differ', () => {
    const p = pengerForst(c, 'rindal-holtalen');
    const tabell = p.oppgitt.find((o) => o.total === 7670000)!;
    expect(tabell.tekst).toBe(
      `Oppgitt i planen, tabellen «${tabell.tittel}»: 7\u00a0670\u00a0000 kr i alt, 5\u00a0610\u00a0000 kr i bygdevekstmidler`,
    );
    // The stated 7 670 000 kr against the tiltak's own sum: a difference is pointed out, never hidden.
    if (p.beregnet.alle !== 7670000) expect(p.oppgittAvviker).toBe(true);
    const utenPlan = c.piloter.find((x) => !c.handlingsplaner.some((h) => h.data.pilot === x.id))!;
    expect(pengerForst(c, utenPlan.id).oppgittAvviker).toBe(false);
    expect(p.beregnetTekst.startsWith('Summene er regnet ut av Bygdevekstatlas')).toBe(true);
    expect(p.beregnetTekst.includes('oppgir ikke noe beløp')).toBe(p.beregnet.tiltakUtenBelop > 0);
  });

  it('explains Rindal og Holtålen’s gaps 1.3 and 1.6 from the notes on the 2024 tiltak (L305–319 …)', () => {
    const d1 = pengerForst(c, 'rindal-holtalen').grupper.find((g) => g.delmal?.nr === 1)!;
    expect(d1.tiltak.map((t) => t.nr)).not.toContain('1.3');
    const hull = Object.fromEntries(d1.hull.map((h) => [h.nr, h.forklaring]));
    expect(Object.keys(hull)).toEqual(expect.arrayContaining(['1.3', '1.6']));
    expect(hull['1.3']).toMatchObject({ statusTekst: 'Overføres til tiltak 1' });
    expect(hull['1.3']!.videreI.map((v) => v.nr)).toEqual(['1.1']);
    expect(hull['1.6']!.status).toBe('Avsluttes');
  });

  it('a pilot without a plan has no tiltak, but its stated budget facts', () => {
    const utenPlan = c.piloter.find(
      (x) => x.data.budsjettfakta.length > 0 && !c.handlingsplaner.some((h) => h.data.pilot === x.id),
    )!;
    expect(utenPlan).toBeDefined();
    const p = pengerForst(c, utenPlan.id);
    expect(p.plan).toBeNull();
    expect(p.grupper).toEqual([]);
    expect(p.budsjettfakta.length).toBeGreaterThan(0);
    expect(p.beregnet).toEqual({ alle: null, bygdevekstmidler: null, tiltakUtenBelop: 0 });
  });
});

describe('nummerhull', () => {
  const w = world({ handlingsplaner: [plan()] });
  const t = (nr: string) =>
    tiltak(`testpilot-2025-d1-${nr}`, { nr, finansiering: [linje('annet', 1, 2025)] });
  const note = (nr: string, status: 'avsluttes' | 'slas-sammen', videreI: string[] = []) => ({
    delmal: 1,
    nr,
    tittel: `Gammelt ${nr}`,
    status,
    statusTekst: status,
    begrunnelse: 'Fordi.',
    videreI,
    kilde: { dokument: 'testdok', linjer: [1, 1] as [number, number] },
  });

  it('explains a missing number from the notes, and says so when nothing explains a hole', () => {
    const ts = [t('1'), t('4')];
    const h = nummerhull({ tiltak: [...w.tiltak, ...ts] }, ts, 1, [
      note('2', 'slas-sammen', ['testpilot-2025-d1-4']),
      note('5', 'avsluttes'),
    ]);
    expect(h.map((x) => x.nr)).toEqual(['2', '3', '5']);
    expect(h[0].forklaring!.videreI).toEqual([
      { href: '/tiltak/testpilot-2025-d1-4/', nr: '4', tittel: 'Boligtiltak' },
    ]);
    expect(h[1].forklaring).toBeNull();
    expect(h[2].forklaring!.status).toBe('Avsluttes');
  });

  it('finds no hole in an unbroken series, and ignores notes on numbers still in use', () => {
    const ts = [t('1'), t('2')];
    expect(nummerhull({ tiltak: ts }, ts, 1, [note('2', 'avsluttes')])).toEqual([]);
  });
});

describe('hvemSporre on the real content', () => {
  it('Grong: the pilot’s project organisation, Grong kommune, the county and Statsforvalteren, linked', () => {
    const h = hvemSporre(c, 'indre-namdal', 'grong');
    expect(h.harDokumenter).toBe(true);
    const hrefs = h.organer.map((o) => o.href);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/aktorer/bygdevekst-indre-namdal/',
        '/aktorer/grong-kommune/',
        '/aktorer/trondelag-fylkeskommune/',
        '/aktorer/statsforvalteren-i-trondelag/',
        '/aktorer/kdd/',
      ]),
    );
    expect(h.organer[0].rolle).toBe('prosjekt');
    // The other kommuner are on their own pages.
    expect(hrefs).not.toContain('/aktorer/lierne-kommune/');
  });

  it('Rindal: the pilot’s own body has its role from the plan, and the kommune’s own page on the agreement is linked', () => {
    const h = hvemSporre(c, 'rindal-holtalen', 'rindal');
    const prosjekt = h.organer.find((o) => o.rolle === 'prosjekt')!;
    expect(prosjekt.kilde).toEqual({ dokument: 'hp-2025-rindal-holtalen', linjer: [2331, 2333] });
    expect(h.kommunesider.map((k) => k.vert)).toContain('rindal.kommune.no');
  });

  it('Tana (Vestre Varanger, no documents): the kommune, and the state body party to the other agreements', () => {
    const h = hvemSporre(c, 'vestre-varanger', 'tana');
    expect(h.harDokumenter).toBe(false);
    expect(h.organer.map((o) => [o.rolle, o.navn])).toEqual([['kommune', 'Tana kommune']]);
    expect(h.statenIAndreAvtaler?.href).toBe('/aktorer/kdd/');
  });

  it('Tana: its own page is not where to ask, so the kommune is not linked there; the pilot page links it', () => {
    expect(hvemSporre(c, 'vestre-varanger', 'tana').organer[0].href).toBeNull();
    const paPilot = hvemSporre(c, 'vestre-varanger').organer.find((o) => o.navn === 'Tana kommune');
    expect(paPilot?.href).toBe('/kommuner/tana/');
  });

  it('Fedje and Rindal: the kommune’s website, from its own page on the agreement, with that page as source', () => {
    const fedje = hvemSporre(c, 'solund-fedje', 'fedje').organer.find((o) => o.rolle === 'kommune')!;
    expect(fedje.href).toBeNull();
    expect(fedje.nettsted).toEqual({
      url: 'https://fedje.kommune.no/',
      vert: 'fedje.kommune.no',
      kilde: { url: 'https://fedje.kommune.no/aktuelt/nyheiter/bygdevekstavtalen/' },
    });
    const rindal = hvemSporre(c, 'rindal-holtalen', 'rindal').organer.find((o) => o.rolle === 'kommune')!;
    expect(rindal.href).toBe('/aktorer/rindal-kommune/');
    expect(rindal.nettsted?.url).toBe('https://www.rindal.kommune.no/');
    // Holtålen: no source gives its website.
    const holtalen = hvemSporre(c, 'rindal-holtalen', 'holtalen').organer.find((o) => o.rolle === 'kommune')!;
    expect(holtalen.nettsted).toBeNull();
  });

  it('Vest-Telemark: the regional council’s page, with who runs it', () => {
    const h = hvemSporre(c, 'vest-telemark');
    expect(h.pilotside?.url).toBe('https://vest-telemark.no/om-radet');
    expect(h.pilotside?.eier).toMatch(/^Vest-Telemarkrådet/);
    expect(hvemSporre(c, 'indre-namdal').pilotside).toBeNull();
  });

  it('every website shown is on the site of a page the content cites for it', () => {
    for (const k of c.kommuner) {
      const n = k.data.nettsted;
      if (!n) continue;
      expect(new URL(n.kilde.url!).host).toBe(new URL(n.url).host);
    }
  });

  it('never gives a web address that is not a source', () => {
    for (const p of c.piloter) {
      const kilder = new Set(p.data.kilder.map((k) => k.url));
      for (const s of hvemSporre(c, p.id).kommunesider) expect(kilder.has(s.url)).toBe(true);
    }
  });
});
