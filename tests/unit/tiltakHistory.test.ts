import { describe, expect, it } from 'vitest';
import { matcherTiltak, planEndringer, tiltakHistorikk } from '../../src/lib/plans/tiltakHistory.ts';
import { verden } from '../helpers/pageWorld.ts';

describe('matcherTiltak', () => {
  const c = verden();
  const t = (id: string) => c.tiltak.find((x) => x.id === id)!;
  it('matches a number within the delmål to «d.n» and to «n»', () => {
    expect(matcherTiltak({ delmal: 1, nr: '1' }, t('testpilot-2024-d1-1'), 1)).toBe(true);
    expect(matcherTiltak({ delmal: 1, nr: '1' }, t('testpilot-2025-d1-1'), 1)).toBe(true);
    expect(matcherTiltak({ delmal: 1, nr: '1' }, t('testpilot-2025-d1-10'), 1)).toBe(false);
  });
  it('needs the same delmål, and matches cross-cutting tiltak with or without «T»', () => {
    expect(matcherTiltak({ delmal: 2, nr: '1' }, t('testpilot-2024-d1-1'), 1)).toBe(false);
    expect(matcherTiltak({ delmal: null, nr: '1' }, t('testpilot-2024-t1'), null)).toBe(true);
    expect(matcherTiltak({ delmal: null, nr: 'T1' }, t('testpilot-2024-t1'), null)).toBe(true);
  });
});

describe('tiltakHistorikk', () => {
  it('finds the earlier tiltak a tiltak continues, with the previous plan’s entry where it exists', () => {
    const h = tiltakHistorikk(verden(), 'testpilot-2025-d1-1');
    expect(h.forgjengere.map((f) => [f.endring.nr, f.endring.status, f.tidligere?.id ?? null])).toEqual([
      ['1', 'viderefores', 'testpilot-2024-d1-1'],
      ['2', 'slas-sammen', 'testpilot-2024-d1-2'],
    ]);
    expect(h.etterfolgere).toEqual([]);
  });
  it('finds what the next plan says happened to a tiltak and where it goes on', () => {
    const h = tiltakHistorikk(verden(), 'testpilot-2024-d1-2');
    expect(h.etterfolgere).toHaveLength(1);
    expect(h.etterfolgere[0].plan.id).toBe('testpilot-2025');
    expect(h.etterfolgere[0].endring.statusTekst).toBe('Slås sammen med tiltak 1');
    expect(h.etterfolgere[0].videre.map((t) => t.id)).toEqual(['testpilot-2025-d1-1']);
  });
  it('is empty for a tiltak nobody mentions', () => {
    expect(tiltakHistorikk(verden(), 'testpilot-2025-d1-2')).toEqual({ forgjengere: [], etterfolgere: [] });
  });
});

describe('planEndringer', () => {
  it('groups the notes by what happened and lists tiltak the notes do not lead to', () => {
    const p = planEndringer(verden(), 'testpilot-2025');
    expect(p.forrige?.id).toBe('testpilot-2024');
    expect(p.grupper.map((g) => [g.id, g.endringer.length])).toEqual([
      ['viderefort', 1],
      ['sammenslatt', 1],
      ['avsluttet', 1],
      ['annet', 1],
    ]);
    expect(p.grupper[0].endringer[0].videre.map((t) => t.id)).toEqual(['testpilot-2025-d1-1']);
    expect(p.nye.map((t) => t.id)).toEqual(['testpilot-2025-d1-10']);
    expect(p.ikkeKnyttet.map((t) => t.id)).toEqual(['testpilot-2025-d1-2']);
  });
  it('does not guess at unlinked tiltak when the plan records no changes', () => {
    const p = planEndringer(verden(), 'testpilot-2024');
    expect(p.forrige).toBeNull();
    expect(p.grupper).toEqual([]);
    expect(p.ikkeKnyttet).toEqual([]);
  });
});
