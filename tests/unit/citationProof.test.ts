import { describe, expect, it } from 'vitest';
import {
  amountAppears,
  citationsIn,
  normaliseText,
  proveCitations,
  titleAppears,
} from '../../src/lib/loading/citationProof.ts';
import { seedLines } from '../../src/lib/loading/seedText.ts';

const IN = seedLines('000_f4bc9484f28f17cc.txt');
const RH = seedLines('001_a81cf50d29995201.txt');

function line(doc: readonly string[] | null, n: number): string {
  if (!doc) throw new Error('kildeteksten mangler (../shared/seeds)');
  return doc[n - 1];
}

describe('amounts in the ways Norwegian documents write them', () => {
  it.each([
    ['375 000 kr (space)', 375000, '1. Omdømmebygging\t375 000 kr'],
    ['375.000,- (point and dash)', 375000, 'Det budsjetteres med 375.000,- til tiltaket.'],
    ['375000 (bare)', 375000, 'Beløp: 375000'],
    ['kr 375 000,- with no-break spaces', 375000, 'kr 375\u00a0000,-'],
    ['narrow no-break space', 375000, '375\u202f000 kr'],
    ['thin space', 1250000, '1\u2009250\u2009000'],
    ['0,375 mill.', 375000, 'rundt 0,375 mill. kroner'],
    ['3,5 mill.', 3500000, 'inntil 3,5 mill. kr'],
    ['1 million', 1000000, 'Det settes av 1 million kr til starthjelp'],
    ['2 millioner', 2000000, 'inntil 2 millioner kroner'],
    ['5,8 MNOK', 5800000, '5,8 MNOK'],
    ['375 tusen', 375000, 'om lag 375 tusen kroner'],
    ['6.000.000,- in brackets', 6000000, 'BV-midler2024 (6.000.000,-)'],
  ])('finds %s', (_, n, text) => {
    expect(amountAppears(n, text)).toBe(true);
  });

  it.each([
    ['a part of a larger number', 110000, 'kr      2 110 000   kr'],
    ['the leading groups of a larger number', 2110, '2 110 000'],
    ['a different amount', 250000, '375 000 kr'],
    ['a decimal part', 375, '0,375 mill.'],
    ['a point-grouped tail', 200000, '1.200.000,-'],
    ['millions that differ', 3500000, '3,55 mill.'],
  ])('does not mistake %s', (_, n, text) => {
    expect(amountAppears(n, text)).toBe(false);
  });

  it('reads cells of a tab-separated table as separate amounts (seed 000, line 1173)', () => {
    const row = line(IN, 1173);
    expect(row).toContain('Rekruttering av relevant arbeidskraft');
    for (const n of [3525000, 2025000, 1500000]) expect(amountAppears(n, row)).toBe(true);
    expect(amountAppears(3525, row)).toBe(false);
    expect(amountAppears(25000, row)).toBe(false);
  });

  it('reads a kr-padded table row (seed 001, line 2452)', () => {
    const row = line(RH, 2452);
    for (const n of [2110000, 1110000, 550000, 450000]) expect(amountAppears(n, row)).toBe(true);
    expect(amountAppears(110000, row)).toBe(false);
  });

  it('reads «kroner 450.000,-» in running text (seed 001, line 1102)', () => {
    expect(amountAppears(450000, line(RH, 1102))).toBe(true);
    expect(amountAppears(45000, line(RH, 1102))).toBe(false);
  });
});

describe('titles as printed', () => {
  it('finds a title across white space and a hyphenated line break', () => {
    expect(titleAppears('Lokale studie- og kontorfellesskap', 'Lokale   studie- og\nkontorfellesskap')).toBe(
      true,
    );
    expect(titleAppears('Kompetanseutvikling', 'Kompetanse-\nutvikling i regionen')).toBe(true);
    expect(normaliseText('a\u00a0\u2013 b')).toBe('a - b');
  });

  it('does not accept a title with a changed word', () => {
    expect(titleAppears('Unngå ungt utenforskap', line(IN, 63))).toBe(false);
    expect(titleAppears('Unngå utenforskap', line(IN, 63))).toBe(true);
  });
});

function tiltak(over: Record<string, unknown> = {}) {
  return {
    plan: 'indre-namdal-2026',
    tittel: 'Utnytte smådriftsfordelene i regionen til å samhandle målrettet om å forhindre ungt utenforskap',
    andreTitler: [{ tekst: 'Unngå utenforskap', kilde: { dokument: 'hp', linjer: [63, 63] } }],
    finansiering: [
      { kilde: 'bygdevekstmidler', belop: 200000, aar: 2026, linjer: [230, 230] },
      { kilde: 'bygdevekstmidler', belop: 50000, aar: 2026, linjer: [230, 230] },
    ],
    kilde: { dokument: 'hp', linjer: [203, 230] },
    ...over,
  };
}

function prove(data: Record<string, unknown>, collection: 'tiltak' | 'handlingsplaner' = 'tiltak') {
  const entry = { id: 'x', file: `content/${collection}/x.mdx`, data, body: '' };
  return proveCitations({ [collection]: [entry] } as never, (d) => (d === 'hp' ? IN : null));
}

describe('proving a tiltak against seed 000', () => {
  it('proves the real tiltak 1.3: two amounts, the title and another wording', () => {
    const r = prove(tiltak());
    expect(r.problems).toEqual([]);
    expect(r.provenAmounts).toBe(2);
    expect(r.provenTitles).toBe(2);
  });

  it('refuses an amount that is not on its cited line, naming file and field in Norwegian', () => {
    const t = tiltak();
    (t.finansiering as { belop: number }[])[1].belop = 60000;
    const r = prove(t);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].file).toBe('content/tiltak/x.mdx');
    expect(r.problems[0].felt).toBe('finansiering[1].belop');
    expect(r.problems[0].melding).toMatch(/beløpet 60\s000 kr står ikke på linje 230 i kilden «hp»/);
    expect(r.problems[0].melding).toMatch(/unntak/);
  });

  it('refuses a right amount cited on the wrong line', () => {
    const t = tiltak();
    (t.finansiering as { linjer: number[] }[])[0].linjer = [229, 229];
    expect(prove(t).problems.map((p) => p.felt)).toEqual(['finansiering[0].belop']);
  });

  it('refuses a title that is not inside the cited lines', () => {
    const r = prove(tiltak({ kilde: { dokument: 'hp', linjer: [206, 230] } }));
    expect(r.problems.map((p) => p.felt)).toEqual(['tittel']);
  });

  it('accepts a stated exception and reports it instead of an error', () => {
    const t = tiltak();
    Object.assign((t.finansiering as object[])[1], {
      belop: 60000,
      unntak: 'Summen av to poster på linjen.',
    });
    const r = prove(t);
    expect(r.problems).toEqual([]);
    expect(r.exceptions).toHaveLength(1);
    expect(r.exceptions[0].felt).toBe('finansiering[1].belop');
    expect(r.provenAmounts).toBe(1);
  });

  it('leaves citations to a document without text to the integrity check', () => {
    const r = prove(tiltak({ kilde: { dokument: 'ukjent', linjer: [203, 230] } }));
    expect(r.problems).toEqual([]);
    expect(r.unchecked).toBeGreaterThan(0);
  });
});

describe('proving a stated table', () => {
  const plan = {
    dokument: 'hp',
    oppgitteTabeller: [
      {
        id: 't',
        kolonner: [],
        rader: [
          {
            etikett: 'Rekruttering av relevant arbeidskraft',
            verdier: { total: 3525000, a2026: 2025000, a2028: null },
            linjer: [1173, 1173],
          },
        ],
        sum: { etikett: 'SUM', verdier: { total: 23525000 }, linjer: [1182, 1182] },
        kilde: { dokument: 'hp', linjer: [1169, 1182] },
      },
    ],
    kilde: { dokument: 'hp', linjer: [1, 10] },
  };

  it('collects each non-empty cell with the table’s document and the row’s lines', () => {
    const cs = citationsIn('handlingsplaner', 'f', plan).filter((c) => c.kind === 'belop');
    expect(cs.map((c) => [c.felt, c.value, c.linjer])).toEqual([
      ['oppgitteTabeller[0].rader[0].verdier.total', 3525000, [1173, 1173]],
      ['oppgitteTabeller[0].rader[0].verdier.a2026', 2025000, [1173, 1173]],
      ['oppgitteTabeller[0].sum.verdier.total', 23525000, [1182, 1182]],
    ]);
    expect(cs.every((c) => c.dokument === 'hp')).toBe(true);
  });

  it('proves the real row and sum of seed 000 and refuses a planted wrong cell', () => {
    expect(prove(plan, 'handlingsplaner').provenAmounts).toBe(3);
    const wrong = structuredClone(plan);
    wrong.oppgitteTabeller[0].rader[0].verdier.a2026 = 2250000;
    const r = prove(wrong, 'handlingsplaner');
    expect(r.problems.map((p) => p.felt)).toEqual(['oppgitteTabeller[0].rader[0].verdier.a2026']);
  });
});
