import { describe, expect, it } from 'vitest';
import { nationalBudget, planBudget } from '../../src/lib/money/budget.ts';
import { allePiloterPenger, grunnlagTekst, pilotPenger } from '../../src/lib/money/grunnlag.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { sammenligning } from '../../src/lib/money/pilotComparison.ts';
import { kommune, linje, pilot, plan, tiltak, world } from '../helpers/budgetWorld.ts';

describe('pilotPenger: one basis for every pilot figure', () => {
  const c = world({
    piloter: [pilot(), pilot('tom', { navn: 'Tom', kommuner: ['tomby'] })],
    kommuner: [kommune('testby', 1000), kommune('annenby', 500), kommune('tomby', 10, { pilot: 'tom' })],
    handlingsplaner: [
      plan({ aar: 2026, tittel: 'Handlingsplan 2026' }, 'testpilot-2026'),
      plan({ aar: 2025 }),
    ],
    tiltak: [
      tiltak('testpilot-2025-d1-1', { finansiering: [linje('bygdevekstmidler', 3_000_000, 2025)] }),
      tiltak('testpilot-2026-d1-1', {
        plan: 'testpilot-2026',
        finansiering: [linje('bygdevekstmidler', 600_000, 2026), linje('kommunal-egenandel', 150_000, 2026)],
      }),
    ],
  });

  it('takes the newest plan only, never two plan years added, and names year and sum', () => {
    const p = pilotPenger(c, 'testpilot');
    expect(p.grunnlag).toEqual({
      aar: 2026,
      plan: 'testpilot-2026',
      sum: 'summen-av-tiltakene',
      tekst: 'handlingsplanen for 2026, summen av beløpene ved tiltakene',
    });
    expect(p.bygdevekstmidler?.belop).toBe(600_000);
    expect(p.alleKilder?.belop).toBe(750_000);
    expect(p.folketall).toBe(1500);
    expect(p.bygdevekstmidlerPerInnbygger).toBe(400);
    expect(p.alleKilderPerInnbygger).toBe(500);
  });

  it('gives no figure, and no basis, for a pilot with an agreement but no plan', () => {
    expect(pilotPenger(c, 'tom')).toMatchObject({
      grunnlag: null,
      alleKilder: null,
      bygdevekstmidlerPerInnbygger: null,
      alleKilderPerInnbygger: null,
      folketall: 10,
    });
  });

  it('agrees with the national budget and the comparison, which use the same rule', () => {
    const n = nationalBudget(c);
    for (const p of allePiloterPenger(c)) {
      const national = n.piloter.find((x) => x.pilot === p.pilot)!;
      expect(national.plan?.plan ?? null).toBe(p.grunnlag?.plan ?? null);
      if (p.alleKilder) expect(national.total.belop).toBe(p.alleKilder.belop);
      const s = sammenligning(c).piloter.find((x) => x.pilot.id === p.pilot)!;
      expect(s.bygdevekstmidlerPerInnbygger).toBe(p.bygdevekstmidlerPerInnbygger);
      expect(s.totalPerInnbygger).toBe(p.alleKilderPerInnbygger);
    }
  });

  it('words the agreement period and the stated sum', () => {
    expect(grunnlagTekst(null, 'planens-oppgitte-sum')).toBe('avtaleperioden, planens egen oppgitte sum');
  });
});

describe('on the real content', () => {
  const { collections: c } = loadContent();
  it('finds pilots with plans', () => expect(c.handlingsplaner.length).toBeGreaterThan(0));
  it("every pilot with a plan has its newest plan's sum of the tiltak as its figure", () => {
    for (const p of c.piloter) {
      const penger = pilotPenger(c, p.id);
      const newest = c.handlingsplaner
        .filter((h) => h.data.pilot === p.id)
        .sort((a, b) => b.data.aar - a.data.aar)[0];
      if (!newest) {
        expect(penger.grunnlag).toBeNull();
        continue;
      }
      expect(penger.grunnlag?.aar).toBe(newest.data.aar);
      expect(penger.alleKilder?.belop).toBe(planBudget(c, newest.id).total.belop);
    }
  });
});
