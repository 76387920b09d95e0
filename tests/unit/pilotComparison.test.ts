import { describe, expect, it } from 'vitest';
import { belopPerTiltak, statedAmount } from '../../src/lib/money/budget.ts';
import { sammenligning } from '../../src/lib/money/pilotComparison.ts';
import { valgtePiloter } from '../../src/pages/sammenlign/_valg.ts';
import { verden } from '../helpers/pageWorld.ts';

describe('money views', () => {
  it('gives each tiltak its stated amount, null where none is stated', () => {
    const c = verden();
    const b = belopPerTiltak(c.tiltak.filter((t) => t.data.plan === 'testpilot-2025'));
    expect(b.alle['testpilot-2025-d1-1']).toBe(5);
    expect(b.bygdevekstmidler['testpilot-2025-d1-1']).toBeNull();
    expect(b.bygdevekstmidler['testpilot-2025-d1-2']).toBe(100000);
  });
  it('treats a sum with no stated amount as unknown, not zero', () => {
    expect(
      statedAmount({
        belop: 0,
        linjerMedBelop: 0,
        linjerUtenBelop: 1,
        tiltakMedBelop: 0,
        tiltakUtenBelop: 1,
        tiltakUtenBelopIds: ['x'],
      }),
    ).toBeNull();
    expect(statedAmount(null)).toBeNull();
  });
  it('compares pilots on their newest plan: counts and money per theme, per inhabitant', () => {
    const s = sammenligning(verden());
    expect(s.tema.map((t) => t.id)).toEqual(['bolig', 'mobilitet']);
    expect(s.overlapper).toBe(true);
    const [annen, test] = s.piloter;
    expect(test.plan?.id).toBe('testpilot-2025');
    expect(test.antallTiltak).toBe(4);
    expect(test.total?.belop).toBe(300005);
    expect(test.bygdevekstmidler?.belop).toBe(300000);
    expect(test.folketall).toBe(1500);
    expect(test.bygdevekstmidlerPerInnbygger).toBe(200);
    expect(test.perTema.bolig.antall).toBe(3);
    expect(test.perTema.bolig.sum?.belop).toBe(200005);
    expect(test.perTema.mobilitet.sum?.belop).toBe(200000);
    expect(annen.plan).toBeNull();
    expect(annen.total).toBeNull();
    expect(annen.totalPerInnbygger).toBeNull();
    expect(annen.perTema.bolig).toEqual({ antall: 0, sum: null });
  });
});

describe('valgtePiloter', () => {
  const gyldige = ['a', 'b', 'c', 'd', 'e'];
  it('reads the shared form and the form’s repeated form', () => {
    expect(valgtePiloter(['a,b'], gyldige)).toEqual(['a', 'b']);
    expect(valgtePiloter(['c', 'a'], gyldige)).toEqual(['c', 'a']);
  });
  it('drops unknown ids and repeats, keeps at most four', () => {
    expect(valgtePiloter(['a,x,a,b'], gyldige)).toEqual(['a', 'b']);
    expect(valgtePiloter(['a,b,c,d,e'], gyldige)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('means «all» when fewer than two remain', () => {
    expect(valgtePiloter([], gyldige)).toBeNull();
    expect(valgtePiloter(['a,x'], gyldige)).toBeNull();
  });
});
