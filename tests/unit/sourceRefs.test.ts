import { describe, expect, it } from 'vitest';
import { alleKildeRefs, egetDokument, kildeSteder } from '../../src/lib/loading/sourceRefs.ts';

describe('kildeSteder: the one rule for where something stands', () => {
  it('lets lines count in the nearest document above them, a table’s own source before the plan’s', () => {
    const plan = {
      dokument: 'plan-dok',
      oppgitteTabeller: [{ kilde: { dokument: 'vedlegg', linjer: [5, 9] }, rader: [{ linjer: [6, 6] }] }],
      oppgittBelop: [{ belop: 10, kilde: { dokument: 'plan-dok', linjer: [3, 3] } }],
      endringer: [{ linjer: [40, 41] }],
    };
    const steder = [...kildeSteder(plan)].map((s) => [s.sti, s.linjerI]);
    expect(steder).toEqual([
      ['', 'plan-dok'],
      ['oppgitteTabeller[0].kilde', 'vedlegg'],
      ['oppgitteTabeller[0].rader[0]', 'vedlegg'],
      ['oppgittBelop[0].kilde', 'plan-dok'],
      ['endringer[0]', 'plan-dok'],
    ]);
  });
  it('uses the inherited document (a tiltak’s plan) only where the entry names none', () => {
    const tiltak = { kilde: { dokument: 'plan-dok', linjer: [1, 2] }, finansiering: [{ linjer: [7, 7] }] };
    expect([...kildeSteder(tiltak, 'annen-plan')].map((s) => s.linjerI)).toEqual(['plan-dok', 'plan-dok']);
    expect([...kildeSteder({ finansiering: [{ linjer: [7, 7] }] }, 'annen-plan')][0].linjerI).toBe(
      'annen-plan',
    );
    expect([...kildeSteder({ finansiering: [{ linjer: [7, 7] }] })][0].linjerI).toBeNull();
  });
  it('reports a dokument as written, also when it is not a string (a failed entry)', () => {
    const [s] = [...kildeSteder({ kilde: { dokument: 5 } })];
    expect(s.sti).toBe('kilde');
    expect(s.dokument).toBe(5);
  });
  it('takes an object’s own dokument before its kilde’s', () => {
    expect(egetDokument({ dokument: 'a', kilde: { dokument: 'b' } })).toBe('a');
    expect(egetDokument({ kilde: { dokument: 'b' } })).toBe('b');
    expect(egetDokument({ kilde: { url: 'https://x.no' } })).toBeNull();
    expect(egetDokument('tekst')).toBeNull();
  });
});

describe('alleKildeRefs', () => {
  it('counts a plan’s own document as a reference, with no lines', () => {
    expect(alleKildeRefs({ dokument: 'plan-dok', tittel: 'x', kilde: { url: 'https://x.no' } })).toEqual([
      { dokument: 'plan-dok' },
      { url: 'https://x.no' },
    ]);
  });
  it('leaves out lines that are no range and places with neither document nor address', () => {
    expect(alleKildeRefs([{ dokument: 'd', linjer: [1] }, { linjer: [2, 3] }])).toEqual([{ dokument: 'd' }]);
  });
});
