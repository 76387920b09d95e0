import { describe, expect, it } from 'vitest';
import { avvikFor, avvikReport, describeAvvik, findAvvik, type Avvik } from '../../src/lib/checks/index.ts';
import { checkPlan } from '../../src/lib/checks/engine.ts';
import { forutsetningFor } from '../../src/lib/checks/againstTiltak.ts';
import { mergeKildeRefs } from '../../src/lib/checks/report.ts';
import { AVVIK_REGLER, type RegelId } from '../../src/lib/checks/ruleTable.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { linje, plan, rad, tabell, tiltak, world } from '../helpers/budgetWorld.ts';

const bv = (id: string, aar?: number, o: Record<string, unknown> = {}) => ({
  id,
  etikett: id,
  finansieringskilde: 'bygdevekstmidler',
  ...(aar ? { aar } : {}),
  ...o,
});
const doc = (from: number, to = from) => ({ dokument: 'testdok', linjer: [from, to] as [number, number] });

function only(avvik: Avvik[], regel: RegelId): Avvik[] {
  return avvik.filter((a) => a.regel === regel);
}

describe("rule «sumrad»: a table's sum row against the sum of its rows, per column", () => {
  const table = (sum: number) =>
    tabell({
      kolonner: [bv('a2025', 2025), bv('a2026', 2026)],
      rader: [
        rad('Bolig', 1, { a2025: 100000, a2026: null }, 11),
        rad('Mobilitet', 2, { a2025: 200000, a2026: null }, 12),
      ],
      sum: { etikett: 'SUM', verdier: { a2025: sum, a2026: 0 }, linjer: [13, 13] },
    });

  it('finds a sum row that does not match, with stated, computed, difference and lines', () => {
    const c = world({ handlingsplaner: [plan({ oppgitteTabeller: [table(350000)] })] });
    expect(findAvvik(c)).toEqual([
      expect.objectContaining({
        regel: 'sumrad',
        pilot: 'testpilot',
        plan: 'testpilot-2025',
        planAar: 2025,
        delmal: null,
        enhet: 'kr',
        oppgitt: 350000,
        beregnet: 300000,
        differanse: -50000,
        kildeOppgitt: doc(13),
        kildeBeregnet: [doc(11), doc(12)],
        id: 'sumrad-testpilot-2025-tabell-a2025',
      }),
    ]);
  });

  it('reports nothing when the rows add up (an empty column whose sum says 0 included)', () => {
    const c = world({ handlingsplaner: [plan({ oppgitteTabeller: [table(300000)] })] });
    expect(findAvvik(c)).toEqual([]);
  });
});

describe('rule «delsum»: a stated subtotal against the rows of its delmål', () => {
  const table = (delsum: number) =>
    tabell({
      kolonner: [bv('belop', 2025)],
      rader: [
        rad('Tiltak A', 1, { belop: 100000 }, 21),
        rad('Tiltak B', 1, { belop: 150000 }, 22),
        rad('Tiltak C', 2, { belop: 70000 }, 24),
      ],
      delsummer: [{ etikett: 'Til sammen', delmal: 1, verdier: { belop: delsum }, linjer: [23, 23] }],
    });

  it('finds a delsum that does not match its rows', () => {
    const c = world({ handlingsplaner: [plan({ oppgitteTabeller: [table(300000)] })] });
    expect(findAvvik(c)).toEqual([
      expect.objectContaining({
        regel: 'delsum',
        delmal: 1,
        oppgitt: 300000,
        beregnet: 250000,
        differanse: -50000,
        kildeOppgitt: doc(23),
        kildeBeregnet: [doc(21), doc(22)],
      }),
    ]);
  });

  it('reports nothing when it matches', () => {
    const c = world({ handlingsplaner: [plan({ oppgitteTabeller: [table(250000)] })] });
    expect(findAvvik(c)).toEqual([]);
  });
});

describe("rule «totalkolonne»: a row's total against its year or source columns", () => {
  const byYear = (total: number) =>
    tabell({
      kolonner: [
        bv('total', undefined, { total: true }),
        bv('a2025', 2025),
        bv('a2026', 2026),
        bv('a2027', 2027),
      ],
      rader: [rad('Landbruk', 1, { total, a2025: 500000, a2026: 100000, a2027: null }, 31)],
    });

  it('finds a total that is not the sum of the year columns', () => {
    const c = world({ handlingsplaner: [plan({ oppgitteTabeller: [byYear(850000)] })] });
    expect(findAvvik(c)).toEqual([
      expect.objectContaining({
        regel: 'totalkolonne',
        delmal: 1,
        oppgitt: 850000,
        beregnet: 600000,
        differanse: -250000,
        beregnetEtikett: 'Summen av årskolonnene',
        kildeOppgitt: doc(31),
      }),
    ]);
  });

  it('adds up source columns for a total without a source', () => {
    const bySource = tabell({
      aar: 2025,
      kolonner: [
        { id: 'total', etikett: 'Totalbudsjett', total: true },
        bv('kdd'),
        { id: 'egen', etikett: 'Kommunal egenandel', finansieringskilde: 'kommunal-egenandel' },
      ],
      rader: [rad('Bolig', 1, { total: 1200000, kdd: 620000, egen: 500000 }, 32)],
    });
    const c = world({ handlingsplaner: [plan({ oppgitteTabeller: [bySource] })] });
    expect(only(findAvvik(c), 'totalkolonne')).toEqual([
      expect.objectContaining({
        oppgitt: 1200000,
        beregnet: 1120000,
        differanse: -80000,
        beregnetEtikett: 'Summen av kolonnene for hver finansieringskilde',
      }),
    ]);
  });

  it('reports nothing when the total matches', () => {
    const c = world({ handlingsplaner: [plan({ oppgitteTabeller: [byYear(600000)] })] });
    expect(findAvvik(c)).toEqual([]);
  });
});

describe('rule «samme-tall-ulike-steder»: one figure stated differently in two places', () => {
  const twoPlaces = (textAmount: number, textYear: number | null = 2025) =>
    plan({
      oppgitteTabeller: [
        tabell({ kolonner: [bv('a2025', 2025)], rader: [rad('Bolig', 1, { a2025: 620000 }, 41)] }),
      ],
      oppgitteBelop: [
        {
          gjelder: 'Ramme for delmål 1',
          delmal: 1,
          finansieringskilde: 'bygdevekstmidler',
          ...(textYear === null ? {} : { aar: textYear }),
          belop: textAmount,
          kilde: doc(5),
        },
      ],
    });

  it('finds a text amount that differs from the table; the one earlier in the document is the stated one', () => {
    const c = world({ handlingsplaner: [twoPlaces(600000)] });
    expect(findAvvik(c)).toEqual([
      expect.objectContaining({
        regel: 'samme-tall-ulike-steder',
        delmal: 1,
        gjelder: 'Bygdevekstmidler til delmål 1 i 2025',
        oppgitt: 600000,
        beregnet: 620000,
        differanse: 20000,
        kildeOppgitt: doc(5),
        kildeBeregnet: [doc(41)],
      }),
    ]);
  });

  it('compares two tables for the same delmål, source and year', () => {
    const p = plan({
      oppgitteTabeller: [
        tabell({
          id: 'periode',
          kolonner: [bv('a2025', 2025), bv('a2026', 2026)],
          rader: [rad('Bolig', 1, { a2025: 620000, a2026: 1000000 }, 41)],
        }),
        tabell({
          id: 'aaret',
          aar: 2025,
          kolonner: [bv('kdd')],
          rader: [rad('Bolig', 1, { kdd: 650000 }, 51)],
        }),
      ],
    });
    expect(findAvvik(world({ handlingsplaner: [p] }))).toEqual([
      expect.objectContaining({
        regel: 'samme-tall-ulike-steder',
        oppgitt: 620000,
        beregnet: 650000,
        differanse: 30000,
        kildeOppgitt: doc(41),
        kildeBeregnet: [doc(51)],
      }),
    ]);
  });

  it('reports nothing when the figures agree, and leaves a text amount without a year out', () => {
    expect(findAvvik(world({ handlingsplaner: [twoPlaces(620000)] }))).toEqual([]);
    expect(findAvvik(world({ handlingsplaner: [twoPlaces(1, null)] }))).toEqual([]);
  });
});

describe("rule «delmal-mot-tiltak»: a table's delmål figure against the tiltak's own lines", () => {
  const withTiltak = (tableAmount: number, lines: unknown[][]) =>
    world({
      handlingsplaner: [
        plan({
          oppgitteTabeller: [
            tabell({
              kolonner: [bv('a2025', 2025)],
              rader: [rad('Rekruttering', 1, { a2025: tableAmount }, 61)],
            }),
          ],
        }),
      ],
      tiltak: lines.map((l, i) => tiltak(`testpilot-2025-d1-${i + 1}`, { finansiering: l })),
    });

  it('finds a delmål figure that differs from the sum of its tiltak (a line without a year counts as the plan year)', () => {
    const c = withTiltak(1110000, [
      [linje('bygdevekstmidler', 1000000, 2025, 71)],
      [linje('bygdevekstmidler', 560000, null, 72), linje('statsforvalteren', 450000, 2025, 73)],
    ]);
    expect(findAvvik(c)).toEqual([
      expect.objectContaining({
        regel: 'delmal-mot-tiltak',
        delmal: 1,
        oppgitt: 1110000,
        beregnet: 1560000,
        differanse: 450000,
        kildeOppgitt: doc(61),
        kildeBeregnet: [doc(71), doc(72)],
      }),
    ]);
  });

  it('reports nothing when they match, or when no tiltak states an amount of that source', () => {
    expect(
      findAvvik(
        withTiltak(1560000, [
          [linje('bygdevekstmidler', 1000000, 2025)],
          [linje('bygdevekstmidler', 560000, 2025)],
        ]),
      ),
    ).toEqual([]);
    expect(
      findAvvik(
        withTiltak(1110000, [
          [linje('bygdevekstmidler', null, 2025)],
          [linje('kommunal-egenandel', 20000, 2025)],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('rule «tiltaksrad-mot-tiltak»: an overview row for one tiltak against that tiltak', () => {
  const overview = (rowAmount: number, tiltakLines: unknown[]) =>
    world({
      handlingsplaner: [
        plan({
          oppgitteTabeller: [
            tabell({
              kolonner: [bv('belop', 2025)],
              rader: [
                rad('Omdømme', 1, { belop: rowAmount }, 81, { nr: '1', tiltak: 'testpilot-2025-d1-1' }),
              ],
            }),
          ],
        }),
      ],
      tiltak: [tiltak('testpilot-2025-d1-1', { finansiering: tiltakLines })],
    });

  it("finds a row amount that differs from the tiltak's own", () => {
    const avvik = only(
      findAvvik(overview(100000, [linje('bygdevekstmidler', 150000, 2025, 91)])),
      'tiltaksrad-mot-tiltak',
    );
    expect(avvik).toEqual([
      expect.objectContaining({
        delmal: 1,
        oppgitt: 100000,
        beregnet: 150000,
        differanse: 50000,
        kildeOppgitt: doc(81),
        kildeBeregnet: [doc(91)],
      }),
    ]);
  });

  it('reports nothing when they match, or when the tiltak states no amount', () => {
    expect(findAvvik(overview(150000, [linje('bygdevekstmidler', 150000, 2025)]))).toEqual([]);
    expect(findAvvik(overview(150000, []))).toEqual([]);
  });
});

describe('rule «aar-utenfor-avtaleperioden»: years outside the agreement (2024–2027 in the fixture)', () => {
  it('finds a year column after the period and a funding year before it', () => {
    const c = world({
      handlingsplaner: [
        plan({
          oppgitteTabeller: [
            tabell({
              kolonner: [bv('a2027', 2027), bv('a2028', 2028)],
              rader: [rad('Bolig', 1, { a2027: 1, a2028: 1 }, 101)],
            }),
          ],
        }),
      ],
      tiltak: [
        tiltak('testpilot-2025-d1-1', {
          finansiering: [linje('bygdevekstmidler', 5, 2023, 111), linje('annet', 7, 2023, 112)],
        }),
      ],
    });
    const avvik = only(findAvvik(c), 'aar-utenfor-avtaleperioden');
    expect(avvik).toEqual([
      expect.objectContaining({
        delmal: 1,
        enhet: 'aar',
        oppgitt: 2023,
        beregnet: 2024,
        differanse: 1,
        beregnetEtikett: 'Avtaleperiodens første år',
        kildeOppgitt: doc(111, 112),
      }),
      expect.objectContaining({
        delmal: null,
        enhet: 'aar',
        oppgitt: 2028,
        beregnet: 2027,
        differanse: -1,
        beregnetEtikett: 'Avtaleperiodens siste år',
        kildeOppgitt: doc(100, 199),
        kildeBeregnet: [doc(1, 2)],
      }),
    ]);
  });

  it('reports nothing when every year is inside the period', () => {
    const c = world({
      handlingsplaner: [
        plan({
          oppgitteTabeller: [
            tabell({
              kolonner: [bv('a2024', 2024), bv('a2027', 2027)],
              rader: [rad('Bolig', 1, { a2024: 1, a2027: 1 }, 101)],
            }),
          ],
        }),
      ],
      tiltak: [tiltak('testpilot-2025-d1-1', { finansiering: [linje('bygdevekstmidler', 5, 2025)] })],
    });
    expect(findAvvik(c)).toEqual([]);
  });
});

describe('rule «tabellaar-mot-planaar»: a table headed with another year than the plan', () => {
  const headed = (aar: number) =>
    plan(
      {
        oppgitteTabeller: [tabell({ aar, kolonner: [bv('kdd')], rader: [rad('Bolig', 1, { kdd: 1 }, 121)] })],
      },
      'testpilot-2025',
    );

  it('finds it', () => {
    expect(findAvvik(world({ handlingsplaner: [headed(2024)] }))).toEqual([
      expect.objectContaining({
        regel: 'tabellaar-mot-planaar',
        oppgitt: 2024,
        beregnet: 2025,
        differanse: 1,
        kildeOppgitt: doc(100, 199),
      }),
    ]);
  });

  it('reports nothing when the years agree', () => {
    expect(findAvvik(world({ handlingsplaner: [headed(2025)] }))).toEqual([]);
  });
});

describe('findings as a whole', () => {
  const messy = () =>
    world({
      handlingsplaner: [
        plan({
          oppgitteTabeller: [
            tabell({
              aar: 2024,
              kolonner: [bv('total', undefined, { total: true }), bv('a2027', 2027), bv('a2028', 2028)],
              rader: [
                rad('Bolig', 1, { total: 9, a2027: 1, a2028: 2 }, 11),
                rad('Mobilitet', 2, { total: 5, a2027: 2, a2028: 3 }, 12),
              ],
              sum: { etikett: 'SUM', verdier: { total: 10, a2027: 3, a2028: 6 }, linjer: [13, 13] },
            }),
          ],
        }),
      ],
    });

  it('are sorted by pilot, plan, rule order and delmål, with unique ids, the same on every run', () => {
    const c = messy();
    const avvik = findAvvik(c);
    const order = AVVIK_REGLER.map((r) => r.id as string);
    const ranks = avvik.map((a) => order.indexOf(a.regel));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(avvik.map((a) => a.id)).size).toBe(avvik.length);
    const reversed = {
      ...c,
      handlingsplaner: c.handlingsplaner.map((h) => ({
        ...h,
        data: {
          ...h.data,
          oppgitteTabeller: h.data.oppgitteTabeller.map((t) => ({
            ...t,
            kolonner: [...t.kolonner].reverse(),
            rader: [...t.rader].reverse(),
          })),
        },
      })),
    };
    expect(findAvvik(reversed).map((a) => a.id)).toEqual(avvik.map((a) => a.id));
    for (const a of avvik) expect(a.differanse).toBe(a.beregnet - a.oppgitt);
  });

  it('filter by plan and delmål for notes', () => {
    const avvik = findAvvik(messy());
    expect(avvikFor(avvik, { delmal: 1 }).every((a) => a.delmal === 1)).toBe(true);
    expect(avvikFor(avvik, { plan: 'annen-plan' })).toEqual([]);
    expect(avvikFor(avvik, { plan: 'testpilot-2025' })).toEqual(avvik);
  });

  it('read as a neutral sentence with Norwegian numbers and the lines', () => {
    const [a] = findAvvik(
      world({
        handlingsplaner: [
          plan({
            oppgitteTabeller: [
              tabell({
                kolonner: [bv('b', 2025)],
                rader: [rad('X', 1, { b: 600000 }, 11), rad('Y', 2, { b: 500000 }, 12)],
                sum: { etikett: 'SUM', verdier: { b: 1000000 }, linjer: [14, 14] },
              }),
            ],
          }),
        ],
      }),
    );
    const d = describeAvvik(a, { testdok: 'Testdokumentet' });
    expect(d.sammenligning).toBe(
      'Oppgitt sum: 1\u00a0000\u00a0000 kr. Summen av radene: 1\u00a0100\u00a0000 kr. Differanse: +100\u00a0000 kr.',
    );
    expect(d.kildeOppgitt).toEqual([
      {
        tekst: 'Testdokumentet, linje 14',
        navn: 'Testdokumentet',
        linjer: [{ tekst: '14', url: '/kilder/testdok/1/#L14' }],
      },
    ]);
    expect(d.kildeBeregnetEtikett).toBe('Lagt sammen fra');
    expect(d.kildeBeregnet).toEqual([
      {
        tekst: 'Testdokumentet, linje 11–12',
        navn: 'Testdokumentet',
        linjer: [{ tekst: '11–12', url: '/kilder/testdok/1/#L11' }],
      },
    ]);
  });

  it('merge neighbouring line ranges per document', () => {
    expect(
      mergeKildeRefs([
        doc(61),
        doc(62),
        doc(63, 66),
        doc(68),
        doc(69),
        { dokument: 'annet', linjer: [5, 5] },
      ]),
    ).toEqual([
      {
        dokument: 'testdok',
        linjer: [
          [61, 66],
          [68, 69],
        ],
      },
      { dokument: 'annet', linjer: [[5, 5]] },
    ]);
  });

  it('the report counts each rule and lists plans without findings too', () => {
    const c = messy();
    const report = avvikReport(c);
    expect(report.regler.map((r) => r.id)).toEqual(AVVIK_REGLER.map((r) => r.id));
    expect(report.regler.reduce((s, r) => s + r.antall, 0)).toBe(report.antall);
    expect(report.antall).toBe(findAvvik(c).length);
    const clean = avvikReport(world({ handlingsplaner: [plan()] }));
    expect(clean.piloter).toEqual([
      {
        pilot: 'testpilot',
        navn: 'Testpiloten',
        planer: [expect.objectContaining({ plan: 'testpilot-2025', avvik: [] })],
      },
    ]);
  });

  it('every rule has a Norwegian title and explanation for the public page', () => {
    for (const r of AVVIK_REGLER) {
      expect(r.tittel.length).toBeGreaterThan(10);
      expect(r.forklaring.length).toBeGreaterThan(60);
    }
  });
});

describe('checks on the real content', () => {
  const { collections: c, problems } = loadContent();
  const avvik = findAvvik(c);

  it('has valid content with plans to check', () => {
    expect(problems).toEqual([]);
    expect(c.handlingsplaner.length).toBeGreaterThan(0);
    expect(c.tiltak.length).toBeGreaterThan(0);
  });

  it.each(['indre-namdal-2026', 'rindal-holtalen-2025'])(
    'finds discrepancies in %s, each with stated and computed values and source lines',
    (planId) => {
      const found = checkPlan(c, planId);
      expect(found.length).toBeGreaterThan(0);
      const dokument = c.handlingsplaner.find((h) => h.id === planId)!.data.dokument;
      for (const a of found) {
        expect(a.plan).toBe(planId);
        expect(Number.isInteger(a.oppgitt) && Number.isInteger(a.beregnet)).toBe(true);
        expect(a.differanse).toBe(a.beregnet - a.oppgitt);
        expect(a.differanse).not.toBe(0);
        expect(a.kildeOppgitt.dokument).toBe(dokument);
        expect(a.kildeOppgitt.linjer?.[0]).toBeGreaterThan(0);
        expect(a.kildeBeregnet.length).toBeGreaterThan(0);
      }
    },
  );

  it('Rindal delmål 3 (+450 000 kr): says plainly that it takes three «inntil» amounts with no named source as bygdevekstmidler', () => {
    // Table L2400 and L2452 state 1 110 000 kr for delmål 3; the tiltak give 100 000 (L1063, «inntil», no
    // source), 600 000 (L1105, «fra bygdevekstmidlene»), 60 000 (L1135, «inntil», no source), 500 000
    // (L1193–1194, «inntil», no source) and 300 000 (L1237, «fra bygdevekstmidlene»).
    const d3 = checkPlan(c, 'rindal-holtalen-2025').filter(
      (a) => a.regel === 'delmal-mot-tiltak' && a.delmal === 3 && a.differanse === 450000,
    );
    expect(d3).toHaveLength(2);
    for (const a of d3)
      expect(a.forutsetning).toBe(
        'Summen forutsetter at de tre beløpene på linje 1063, 1135 og 1193–1194, der planen ikke sier hvor pengene kommer fra, er bygdevekstmidler. Alle tre er «inntil»-beløp, regnet med fullt.',
      );
    expect(describeAvvik(d3[0]).forutsetning).toBe(d3[0].forutsetning);
  });

  it('gives every finding a unique id, and the same list on a second run', () => {
    expect(new Set(avvik.map((a) => a.id)).size).toBe(avvik.length);
    expect(findAvvik(c)).toEqual(avvik);
    expect(avvik.length).toBe(c.handlingsplaner.reduce((n, h) => n + checkPlan(c, h.id).length, 0));
  });
});

describe('what a sum takes for granted', () => {
  const l = (linjer: [number, number], kildeAntatt: boolean, inntil: boolean) => ({
    linjer,
    kildeAntatt,
    inntil,
  });
  it('says nothing when the plan names every source', () => {
    expect(forutsetningFor([l([5, 5], false, true)], 'bygdevekstmidler')).toBeUndefined();
    expect(forutsetningFor([], 'bygdevekstmidler')).toBeUndefined();
  });
  it('names one assumed amount, and which assumed amounts are ceilings', () => {
    expect(forutsetningFor([l([5, 5], true, false), l([9, 9], false, false)], 'bygdevekstmidler')).toBe(
      'Summen forutsetter at beløpet på linje 5, der planen ikke sier hvor pengene kommer fra, er bygdevekstmidler.',
    );
    expect(forutsetningFor([l([5, 6], true, true), l([9, 9], true, false)], 'fylkeskommune')).toMatch(
      /^Summen forutsetter at de to beløpene på linje 5–6 og 9, .* Ett av dem er et «inntil»-beløp, regnet med fullt\.$/,
    );
  });
});
