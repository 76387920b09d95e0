/**
 * The page views (src/views/) on real and fixture content, without Astro: what each page type
 * shows, that lookups through the indexes agree with plain scans, and that shared figures are
 * computed once per build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { sicTittel } from '../../src/lib/model/index.ts';
import { urlFor } from '../../src/lib/urls.ts';
import { aktorView } from '../../src/views/aktor.ts';
import { avvikView } from '../../src/views/avvik.ts';
import { exportCsv, exportView } from '../../src/views/data.ts';
import { delmalView } from '../../src/views/delmal.ts';
import { forsideView } from '../../src/views/forside.ts';
import { kildeListeView, kildeBrukView, SITERINGER_PA_KILDER } from '../../src/views/kilder.ts';
import { kommuneView } from '../../src/views/kommune.ts';
import { pilotView, piloterOversiktView } from '../../src/views/pilot.ts';
import { planListeView, planView } from '../../src/views/plan.ts';
import { alleAvvik } from '../../src/views/shared.ts';
import { buildSite } from '../../src/views/site.ts';
import { statedTableRows } from '../../src/views/statedTable.ts';
import { temaView } from '../../src/views/tema.ts';
import { tiltakListeView, tiltakView } from '../../src/views/tiltak.ts';
import { copyFixture, edit, VALID_FIXTURE, write } from '../helpers/fixture.ts';

const real = loadContent();
const site = buildSite(real.collections);
const c = site.c;

describe('content for the views', () => {
  it('loads the real content without problems, and finds some of every page type', () => {
    expect(real.problems).toEqual([]);
    for (const n of [
      'piloter',
      'handlingsplaner',
      'tiltak',
      'delmal',
      'kommuner',
      'aktorer',
      'tema',
    ] as const)
      expect(c[n].length, n).toBeGreaterThan(0);
  });
});

describe('indexes', () => {
  it('give each plan exactly the tiltak a scan finds, and each pilot its kommuner, delmål and plans', () => {
    for (const h of c.handlingsplaner)
      expect(site.ix.tiltakByPlan.get(h.id) ?? []).toEqual(c.tiltak.filter((t) => t.data.plan === h.id));
    for (const p of c.piloter) {
      expect((site.ix.kommunerByPilot.get(p.id) ?? []).map((k) => k.id).sort()).toEqual(
        c.kommuner
          .filter((k) => k.data.pilot === p.id)
          .map((k) => k.id)
          .sort(),
      );
      const nr = (site.ix.delmalByPilot.get(p.id) ?? []).map((d) => d.data.nr);
      expect(nr).toEqual([...nr].sort((a, b) => a - b));
      const aar = (site.ix.planerByPilot.get(p.id) ?? []).map((h) => h.data.aar);
      expect(aar).toEqual([...aar].sort((a, b) => a - b));
    }
  });

  it('list a tiltak once under an actor that is both responsible and funder', () => {
    for (const [aktor, tiltak] of site.ix.tiltakByAktor) {
      expect(new Set(tiltak).size, aktor).toBe(tiltak.length);
      for (const t of tiltak)
        expect([
          ...t.data.hovedansvarlige,
          ...t.data.samarbeidsparter,
          ...t.data.finansiering.map((f) => f.giver),
        ]).toContain(aktor);
    }
  });
});

describe('planView', () => {
  it('groups every tiltak of the plan exactly once, under its own delmål', () => {
    for (const h of c.handlingsplaner) {
      const v = planView(site, h.id);
      const gruppert = v.grupper.flatMap((g) => g.tiltak.map((t) => ({ t, d: g.delmal?.id ?? null })));
      expect(gruppert.map((x) => x.t.id).sort()).toEqual(
        c.tiltak
          .filter((t) => t.data.plan === h.id)
          .map((t) => t.id)
          .sort(),
      );
      for (const x of gruppert) expect(x.d).toBe(x.t.data.delmal);
      expect(v.antallTiltak).toBe(gruppert.length);
      expect(v.tittel).toBe(`Handlingsplan ${h.data.aar} for ${v.pilot.data.navn}`);
      expect(v.kilder.some((k) => k.dokument === h.data.kilde.dokument)).toBe(true);
    }
  });

  it('links every delmål number of the pilot to its page', () => {
    const h = c.handlingsplaner[0];
    const v = planView(site, h.id);
    for (const d of c.delmal.filter((x) => x.data.pilot === h.data.pilot))
      expect(v.delmalHref[d.data.nr]).toBe(urlFor.delmal(d.id));
  });

  it('names the delmål of each amount stated in the text, linked where the delmål has a page', () => {
    const namdal = planView(site, 'indre-namdal-2026');
    const d2 = namdal.oppgitteBelop.find((b) => b.gjelder === 'Samlet ramme for delmål 2 i 2026');
    const delmal2 = c.delmal.find((d) => d.data.pilot === namdal.pilot.id && d.data.nr === 2);
    expect(delmal2).toBeDefined();
    expect(d2).toMatchObject({ delmalTekst: 'Delmål 2', delmalHref: urlFor.delmal(delmal2!.id) });
    const rindal = planView(site, 'rindal-holtalen-2025');
    const ubrukt = rindal.oppgitteBelop.find((b) => b.gjelder === 'Ubrukte bygdevekstmidler fra 2023');
    expect(ubrukt).toMatchObject({ delmalTekst: 'Tverrgående', delmalHref: null });
    expect(rindal.kommendeAar.length).toBeGreaterThan(0);
    for (const k of rindal.kommendeAar)
      expect(k.delmalTekst).toBe(k.delmal === null ? 'Tverrgående' : `Delmål ${k.delmal}`);
    const endringer = rindal.endringer.grupper.flatMap((g) => g.endringer);
    expect(endringer.length).toBeGreaterThan(0);
    for (const x of endringer)
      expect(x.delmalTekst).toBe(x.endring.delmal === null ? 'Tverrgående' : `Delmål ${x.endring.delmal}`);
  });

  it('gives an amount column per tiltak, null where a tiltak states no amount', () => {
    const h = c.handlingsplaner[0];
    const [bv, alle] = planView(site, h.id).belopKolonner;
    for (const t of c.tiltak.filter((x) => x.data.plan === h.id)) {
      const belop = t.data.finansiering.map((f) => f.belop).filter((b): b is number => typeof b === 'number');
      expect(alle.verdier[t.id]).toBe(belop.length > 0 ? belop.reduce((a, b) => a + b, 0) : null);
      expect(t.id in bv.verdier).toBe(true);
    }
  });

  it('refuses an unknown plan instead of rendering an empty page', () => {
    expect(() => planView(site, 'finnes-ikke-2099')).toThrow(/finnes-ikke-2099/);
  });

  it('lists plans by pilot name, then year, each with its count of tiltak', () => {
    const liste = planListeView(site);
    expect(liste).toHaveLength(c.handlingsplaner.length);
    for (const p of liste)
      expect(p.antallTiltak).toBe(c.tiltak.filter((t) => t.data.plan === p.plan.id).length);
  });
});

describe('statedTableRows', () => {
  const rad = (delmal: number | null, etikett: string) => ({
    etikett,
    delmal,
    verdier: {},
    linjer: [1, 1] as [number, number],
  });
  const delsum = (delmal: number, etikett: string) => ({
    etikett,
    delmal,
    verdier: {},
    linjer: [2, 2] as [number, number],
  });
  const tabell = (rader: ReturnType<typeof rad>[], delsummer: ReturnType<typeof delsum>[]) =>
    ({ id: 't', tittel: 'T', kolonner: [], rader, delsummer, sum: null, kilde: { dokument: 'd' } }) as never;

  it('puts a subtotal after the last row of its delmål, and one without rows at the end', () => {
    const r = statedTableRows(
      tabell(
        [rad(1, 'a'), rad(1, 'b'), rad(2, 'c'), rad(null, 'x')],
        [delsum(3, 'sum 3'), delsum(1, 'sum 1'), delsum(2, 'sum 2')],
      ),
    );
    expect(r.linjer.map((l) => (l.art === 'rad' ? l.rad.etikett : l.delsum.etikett))).toEqual([
      'a',
      'b',
      'sum 1',
      'c',
      'sum 2',
      'x',
      'sum 3',
    ]);
    expect(r.harNr).toBe(false);
  });

  it('shows a number column only when a row has a printed number', () => {
    expect(statedTableRows(tabell([{ ...rad(1, 'a'), nr: '1.1' } as never], [])).harNr).toBe(true);
  });
});

describe('tiltakView', () => {
  it('cites the tiltak, its funding lines in the plan document, and its place in the plan', () => {
    for (const t of c.tiltak.slice(0, 20)) {
      const v = tiltakView(site, t.id);
      const dok = v.plan.data.dokument;
      for (const f of t.data.finansiering)
        expect(
          v.kilder.some(
            (k) => k.dokument === dok && k.linjer && k.linjer[0] <= f.linjer[0] && k.linjer[1] >= f.linjer[1],
          ),
          `${t.id} linje ${f.linjer}`,
        ).toBe(true);
      expect(v.hvor).toBe(v.delmal ? `delmål ${v.delmal.data.nr}` : 'de tverrgående tiltakene');
      expect(v.hovedansvarlige.map((a) => a.id)).toEqual(t.data.hovedansvarlige);
    }
  });

  it('lists every tiltak once across plans, without empty delmål groups', () => {
    const v = tiltakListeView(site);
    const ids = v.planer.flatMap((p) => p.grupper.flatMap((g) => g.tiltak.map((t) => t.id)));
    expect(ids.sort()).toEqual(c.tiltak.map((t) => t.id).sort());
    expect(v.planer.every((p) => p.grupper.every((g) => g.tiltak.length > 0))).toBe(true);
  });
});

describe('pilot, kommune, delmål, tema and actor views', () => {
  it('give a pilot its kommuner by name and sum each delmål from the tiltak of the plan its figures are from', () => {
    const medPlan = c.piloter.filter((x) => c.handlingsplaner.some((h) => h.data.pilot === x.id));
    expect(medPlan.length).toBeGreaterThan(0);
    for (const p of medPlan) {
      const v = pilotView(site, p.id);
      expect(v.harPlan).toBe(true);
      expect(v.kommuneNavn).toBe(v.kommuner.map((k) => k.data.navn).join(', '));
      const plan = c.handlingsplaner.find((h) => h.data.pilot === p.id && h.data.aar === v.planAar);
      expect(plan, `${p.id} ${v.planAar}`).toBeDefined();
      // A delmål has a sum when that plan has tiltak under it (cross-cutting ones under ''), and the
      // sum is the amounts those tiltak state; a delmål the plan gives no tiltak has none.
      const tiltak = c.tiltak.filter((t) => t.data.plan === plan!.id);
      const delmal = [...new Set(tiltak.map((t) => t.data.delmal ?? ''))];
      expect(Object.keys(v.delmalSum).sort(), p.id).toEqual(delmal.sort());
      for (const d of delmal) {
        const belop = tiltak
          .filter((t) => (t.data.delmal ?? '') === d)
          .flatMap((t) => t.data.finansiering.map((f) => f.belop ?? 0))
          .reduce((a, b) => a + b, 0);
        expect(v.delmalSum[d].belop, `${p.id} ${d}`).toBe(belop);
      }
    }
  });

  it('says a pilot without a plan has none', () => {
    const p = c.piloter.find((x) => !c.handlingsplaner.some((h) => h.data.pilot === x.id));
    if (!p) return expect(c.handlingsplaner.length).toBeGreaterThan(0);
    expect(pilotView(site, p.id).harPlan).toBe(false);
  });

  it('gives a kommune its neighbours, never itself', () => {
    for (const k of c.kommuner) {
      const v = kommuneView(site, k.id);
      expect(v.naboer.map((n) => n.id)).not.toContain(k.id);
      expect(v.naboer).toHaveLength(c.kommuner.filter((x) => x.data.pilot === k.data.pilot).length - 1);
    }
  });

  it('gives a delmål its stated-table excerpts with rows only of that delmål', () => {
    for (const d of c.delmal) {
      for (const u of delmalView(site, d.id).tabeller)
        for (const t of u.tabeller)
          for (const l of t.rader.linjer)
            expect(l.art === 'rad' ? l.rad.delmal : l.delsum.delmal).toBe(d.data.nr);
    }
  });

  it('counts a theme’s tiltak as those tagged with it', () => {
    for (const t of c.tema)
      expect(temaView(site, t.id).antallTiltak).toBe(
        c.tiltak.filter((x) => x.data.tema.includes(t.id)).length,
      );
  });

  it('groups an actor’s roles by kind, and cites its own source', () => {
    for (const a of c.aktorer.slice(0, 15)) {
      const v = aktorView(site, a.id);
      for (const g of v.perPilot)
        expect(g.grupper.reduce((n, r) => n + r.roller.length, 0)).toBe(g.roller.length);
      if (a.data.kilde) expect(v.kilder.length).toBeGreaterThan(0);
    }
  });
});

describe('site-wide views', () => {
  it('the home page names exactly the pilots that have a plan', () => {
    const f = forsideView(site);
    const medPlan = c.piloter.filter((p) => c.handlingsplaner.some((h) => h.data.pilot === p.id));
    for (const p of medPlan) expect(f.piloterMedPlan).toContain(p.data.navn);
    expect(f.antall.piloterUtenPlan).toBe(c.piloter.length - medPlan.length);
    expect(piloterOversiktView(site).flatMap((g) => g.piloter)).toHaveLength(c.piloter.length);
  });

  it('the source list groups every citing page under its kind', () => {
    const v = kildeListeView(site);
    expect(v.dokumenter).toHaveLength(c.kilder.length);
    for (const d of v.dokumenter) {
      // A kind lists at most SITERINGER_PA_KILDER pages and counts the rest, which /kilder/<id>/bruk/ lists.
      expect(d.grupper.reduce((n, g) => n + g.liste.length + g.flere, 0)).toBe(d.antallSiteringer);
      for (const g of d.grupper) expect(g.liste.length).toBeLessThanOrEqual(SITERINGER_PA_KILDER);
      expect(d.alle !== null).toBe(d.grupper.some((g) => g.flere > 0));
    }
    const medFlere = v.dokumenter.find((d) => d.alle !== null);
    expect(medFlere, 'a document cited by more pages than /kilder/ lists').toBeDefined();
    const bruk = kildeBrukView(site, medFlere!.kilde.id, 1);
    expect(bruk.side.totalt).toBe(medFlere!.antallSiteringer);
    expect(v.nettsider.every((n) => !n.visning.startsWith('http'))).toBe(true);
  });

  it('/avvik/ reuses the findings the plan pages use, computed once per build', () => {
    const s = buildSite(c);
    const first = alleAvvik(s);
    const v = avvikView(s);
    expect(alleAvvik(s)).toBe(first);
    expect(v.report.antall).toBe(first.avvik.length);
    for (const h of c.handlingsplaner)
      expect(planView(s, h.id).avvik).toEqual(first.avvik.filter((a) => a.plan === h.id));
  });

  it('an open-data file is made once per build for JSON and CSV alike', () => {
    const s = buildSite(c);
    expect(exportView(s, 'tiltak')).toBe(exportView(s, 'tiltak'));
    expect(exportView(s, 'tiltak')).toHaveLength(c.tiltak.length);
    expect(exportCsv(s, 'tiltak').split('\r\n').length).toBe(c.tiltak.length + 2);
    expect(() => exportView(s, 'finnes-ikke')).toThrow(/finnes-ikke/);
  });
});

describe('views on the fixture site', () => {
  it('show a second plan year as the next plan, and its tiltak under the same delmål', () => {
    const root = copyFixture();
    write(
      root,
      'handlingsplaner/testpilot-2026.mdx',
      '---\npilot: testpilot\naar: 2026\ntittel: Handlingsplan 2026\ndokument: testdok\nkilde: { dokument: testdok, linjer: [1, 10] }\n---\nPlanen for 2026.\n',
    );
    write(
      root,
      'tiltak/testpilot-2026-d1-1.mdx',
      '---\nplan: testpilot-2026\ndelmal: testpilot-d1\nnr: "1"\ntittel: Boligtiltak videre\nstatus: ny\nstatusTekst: Ny\nhovedansvarligTekst: null\nsamarbeidsparterTekst: null\ntidsramme: null\nfinansiering: []\ntema: [bolig]\nkilde: { dokument: testdok, linjer: [8, 9] }\n---\nVidere.\n',
    );
    const { collections, problems } = loadContent(root);
    expect(problems).toEqual([]);
    const s = buildSite(collections);
    expect(planView(s, 'testpilot-2025').neste?.id).toBe('testpilot-2026');
    expect(delmalView(s, 'testpilot-d1').perPlan.map((g) => g.plan.id)).toEqual([
      'testpilot-2025',
      'testpilot-2026',
    ]);
    expect(pilotView(s, 'testpilot').planer.map((p) => p.antallTiltak)).toEqual([1, 1]);
    const [, alle] = planView(s, 'testpilot-2026').belopKolonner;
    expect(alle.verdier['testpilot-2026-d1-1']).toBeNull();
  });

  it('a new pilot has no kommuner until a kommune names it, and its page says so; then it has that one', () => {
    const root = copyFixture();
    const pilot = readFileSync(`${root}/piloter/testpilot.mdx`, 'utf8').replace('Testpiloten', 'Nypiloten');
    write(root, 'piloter/nypilot.mdx', pilot);
    const before = loadContent(root);
    expect(before.problems).toEqual([]);
    const tom = pilotView(buildSite(before.collections), 'nypilot');
    expect(tom.kommuner).toEqual([]);
    expect(tom.kommuneNavn).toBe('ingen kommuner registrert ennå');
    expect(tom.medKommuner).toBe('uten registrerte kommuner ennå');
    expect(tom.folketall).toBeNull();

    const testby = readFileSync(`${root}/kommuner/testby.yaml`, 'utf8');
    write(
      root,
      'kommuner/nyby.yaml',
      testby.replace('pilot: testpilot', 'pilot: nypilot').replace('Testby', 'Nyby'),
    );
    const after = loadContent(root);
    expect(after.problems).toEqual([]);
    const en = pilotView(buildSite(after.collections), 'nypilot');
    expect(en.kommuner.map((k) => k.id)).toEqual(['nyby']);
    expect(en.kommuneNavn).toBe('Nyby');
    expect(en.medKommuner).toBe('med én kommune');
    expect(pilotView(buildSite(after.collections), 'testpilot').kommuner.map((k) => k.id)).toEqual([
      'testby',
    ]);
  });

  it('a tiltak without delmål sits among the cross-cutting ones', () => {
    const root = copyFixture();
    edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'delmal: testpilot-d1', 'delmal: null');
    const { collections, problems } = loadContent(root);
    expect(problems).toEqual([]);
    const s = buildSite(collections);
    expect(tiltakView(s, 'testpilot-2025-d1-1').hvor).toBe('de tverrgående tiltakene');
    expect(planView(s, 'testpilot-2025').grupper.at(-1)?.delmal).toBeNull();
  });

  it('the valid fixture loads as it is', () => {
    expect(loadContent(VALID_FIXTURE).problems).toEqual([]);
  });
});

describe('a misprinted document title', () => {
  it('is cited as printed, the misprint marked [sic] with what was meant', () => {
    expect(sicTittel('Plan for Bygdevekstavgift i Namdal', 'Plan for Bygdevekstavtale i Namdal')).toBe(
      'Plan for Bygdevekstavgift [sic: Bygdevekstavtale] i Namdal',
    );
    expect(sicTittel('Plan 2026', 'Plan 2026')).toBe('Plan 2026');
    expect(sicTittel('Plan 2026', undefined)).toBe('Plan 2026');
    expect(sicTittel('Plan 2026', 'Plan for 2026')).toBe('Plan 2026 [sic; ment: «Plan for 2026»]');
  });
  it('the Indre Namdal plan of 2026: source name, source list and plan page all mark it', () => {
    const marked =
      'Handlingsplan 2026 - oppfølging av Bygdevekstavgift [sic: Bygdevekstavtale] for Bygdevekst Indre Namdal';
    expect(site.navn.kilder['hp-2026-indre-namdal']).toBe(marked);
    expect(kildeListeView(site).dokumenter.find((d) => d.kilde.id === 'hp-2026-indre-namdal')?.tittel).toBe(
      marked,
    );
    expect(planView(site, 'indre-namdal-2026').tittelITrykk).toBe(marked);
    // A title without a misprint is left alone.
    expect(site.navn.kilder['hp-2025-rindal-holtalen']).toBe(
      site.ix.kilder.get('hp-2025-rindal-holtalen')?.data.tittel,
    );
  });
});
