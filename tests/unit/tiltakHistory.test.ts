import { describe, expect, it } from 'vitest';
import { planEndringer, tiltakHistorikk } from '../../src/lib/plans/tiltakHistory.ts';
import { matcherTiltak } from '../../src/lib/plans/tiltakNr.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { verden } from '../helpers/pageWorld.ts';

describe('matcherTiltak', () => {
  const c = verden();
  const t = (id: string) => c.tiltak.find((x) => x.id === id)!.data;
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

  // The content numbers tiltak both ways: Rindal og Holtålen 2025 prints «1.1» for its own tiltak but
  // «tiltak 1» under delmål 1 for the 2024 plan's; Indre Namdal 2026 prints «3». A later plan may
  // refer to either in either form. tiltakHistory.ts used to match only a note's «n» against a
  // tiltak's «d.n», not a note's «d.n» against a tiltak's «n», so it and changes.ts disagreed.
  describe('on real content, either form against either form', () => {
    const real = loadContent('content').collections;
    const tiltak = (id: string) => {
      const found = real.tiltak.find((x) => x.id === id);
      expect(found, id).toBeDefined();
      return found!.data;
    };
    it('matches a note «1.3» to a tiltak printed «3» under delmål 1 (the case that differed)', () => {
      expect(tiltak('indre-namdal-2026-d1-3').nr).toBe('3');
      expect(matcherTiltak({ delmal: 1, nr: '1.3' }, tiltak('indre-namdal-2026-d1-3'), 1)).toBe(true);
      expect(matcherTiltak({ delmal: 1, nr: '1.4' }, tiltak('indre-namdal-2026-d1-3'), 1)).toBe(false);
    });
    it('matches a note «1» to a tiltak printed «1.1», and a cross-cutting «1» to «T1»', () => {
      expect(tiltak('rindal-holtalen-2025-d1-1').nr).toBe('1.1');
      expect(matcherTiltak({ delmal: 1, nr: '1' }, tiltak('rindal-holtalen-2025-d1-1'), 1)).toBe(true);
      expect(matcherTiltak({ delmal: 1, nr: '2' }, tiltak('rindal-holtalen-2025-d1-1'), 1)).toBe(false);
      expect(matcherTiltak({ delmal: null, nr: '1' }, tiltak('rindal-holtalen-2025-t1'), null)).toBe(true);
    });
    it('counts the number in the overview table as well', () => {
      const d33 = tiltak('indre-namdal-2026-d3-3');
      expect([d33.nr, d33.nrOversikt]).toEqual(['3', '2']);
      expect(matcherTiltak({ delmal: 3, nr: '3.2' }, d33, 3)).toBe(true);
      expect(matcherTiltak({ delmal: 3, nr: '3' }, d33, 3)).toBe(true);
      expect(matcherTiltak({ delmal: 3, nr: '1' }, d33, 3)).toBe(false);
    });
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
