/**
 * Pins the content for Rindal og Holtålen's Handlingsplan 2025 (seed 001_a81cf50d29995201.txt,
 * kilder id `hp-2025-rindal-holtalen`) against figures read by hand from the document.
 * Every expected value below is typed from the seed (line numbers in the comments), never
 * computed from the content, so a wrong edit in content/ makes a test fail.
 */
import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';

const { collections, problems } = loadContent();
const PLAN = 'rindal-holtalen-2025';
const PILOT = 'rindal-holtalen';

const tiltak = collections.tiltak.filter((t) => t.data.plan === PLAN);
const delmal = collections.delmal.filter((d) => d.data.pilot === PILOT);
const plan = collections.handlingsplaner.find((h) => h.id === PLAN);
const pilot = collections.piloter.find((p) => p.id === PILOT);

function delmalKey(id: string | null): string {
  return id === null ? 'tverrgaende' : id.replace(`${PILOT}-`, '');
}

describe('Rindal og Holtålen 2025: content is loaded', () => {
  it('has no schema problems in this pilot’s files', () => {
    const mine = problems.filter((p) => /rindal-holtalen/.test(p.file));
    expect(mine).toEqual([]);
  });
  it('collections are non-empty', () => {
    expect(tiltak.length).toBeGreaterThan(0);
    expect(delmal.length).toBeGreaterThan(0);
    expect(plan).toBeDefined();
    expect(pilot).toBeDefined();
  });
});

describe('pilot', () => {
  it('has the agreement facts the plan states (L197–200)', () => {
    expect(pilot!.data.avtale.signert).toBe('2024-06-03');
    expect(pilot!.data.avtale.periodeFra).toBe(2024);
    expect(pilot!.data.avtale.periodeTil).toBe(2027);
    expect([...pilot!.data.avtale.parter].sort()).toEqual(['holtalen-kommune', 'kdd', 'rindal-kommune', 'trondelag-fylkeskommune']);
  });
});

// Seven delmål, titles as listed L205–211.
const DELMAL_TITLER: [number, string][] = [
  [1, 'Øke boligbygging og utvikle nye boligtilbud'], // L205
  [2, 'Øke samarbeid om samfunnsutvikling og planlegging'], // L206
  [3, 'Øke rekruttering av relevant arbeidskraft'], // L207
  [4, 'Øke mobilitet for innbyggere og tilreisende'], // L208
  [5, 'Styrke landbruksnæringa i Rindal og Holtålen'], // L209
  [6, 'Øke tilgang til og bruk av fleksibel og desentralisert utdanning'], // L210
  [7, 'Utvikle lokale studie- og kontorfellesskap'], // L211
];

describe('delmål', () => {
  it('there are exactly seven', () => {
    expect(delmal).toHaveLength(7);
  });
  it.each(DELMAL_TITLER)('delmål %i has the listed title', (nr, tittel) => {
    const d = delmal.find((x) => x.data.nr === nr);
    expect(d?.data.tittel).toBe(tittel);
  });
});

// Number of 2025 tiltak per delmål: the «Handlingsplan 2025» tables L365–411, L753–773,
// L1003–1028, L1314–1355, L1547–1589, L1913–1924, L2070–2083 and the tverrgående table L2214–2248.
const ANTALL: [string, number][] = [
  ['d1', 4], // 1, 2, 4, 5
  ['d2', 2], // 2, 5
  ['d3', 5], // 1, 2, 3, 5, 6
  ['d4', 3], // 1, 2, 3
  ['d5', 4], // 1–4
  ['d6', 3], // 2, 3, 4
  ['d7', 2], // 1, 2
  ['tverrgaende', 3], // T1–T3
];

describe('number of tiltak per delmål', () => {
  it.each(ANTALL)('%s has %i tiltak', (key, n) => {
    expect(tiltak.filter((t) => delmalKey(t.data.delmal) === key)).toHaveLength(n);
  });
  it('26 tiltak in all', () => {
    expect(tiltak).toHaveLength(26);
  });
});

// Sums of the amounts stated under «Plan for finansiering …» per delmål and funding source.
// d1: 120 000 (L475) + 200 000 (L530) + 100 000 (L583) + 200 000 (L686)        = 620 000
// d2: 80 000 (L856) + 300 000 (L952)                                           = 380 000
// d3: 100 000 (L1063) + 600 000 (L1105) + 60 000 (L1135) + 500 000 (L1194) + 300 000 (L1237) = 1 560 000;
//     skjønnsmidler 450 000 (L1102)
// d4: 50 000 (L1464) + 50 000 (L1496) + 500 000 (L1528)                        = 600 000
// d5: 80 000 (L1645) + 200 000 (L1714) + 200 000 (L1790) + 100 000 (L1856)     = 580 000
// d6: 20 000 (L1972) + 50 000 (L1995)                                          = 70 000
// d7: 100 000 (L2131)
// T:  150 000 (L2325)
const SUMMER: [string, string, number][] = [
  ['d1', 'bygdevekstmidler', 620000],
  ['d2', 'bygdevekstmidler', 380000],
  ['d3', 'bygdevekstmidler', 1560000],
  ['d3', 'statsforvalteren', 450000],
  ['d4', 'bygdevekstmidler', 600000],
  ['d5', 'bygdevekstmidler', 580000],
  ['d6', 'bygdevekstmidler', 70000],
  ['d7', 'bygdevekstmidler', 100000],
  ['tverrgaende', 'bygdevekstmidler', 150000],
];
const ANDRE_KILDER = ['kommunal-egenandel', 'fylkeskommune', 'offentlige-tilskudd', 'annet'];

function sum(key: string, kilde: string): number {
  return tiltak
    .filter((t) => delmalKey(t.data.delmal) === key)
    .flatMap((t) => t.data.finansiering)
    .filter((f) => f.kilde === kilde)
    .reduce((s, f) => s + (f.belop ?? 0), 0);
}

describe('funding lines per delmål and source', () => {
  it.each(SUMMER)('%s, %s: %i kr', (key, kilde, belop) => {
    expect(sum(key, kilde)).toBe(belop);
  });
  it.each(ANTALL.map(([k]) => [k]))('%s has no amounts from other sources', (key) => {
    for (const kilde of ANDRE_KILDER) expect(sum(key, kilde)).toBe(0);
    if (key !== 'd3') expect(sum(key, 'statsforvalteren')).toBe(0);
  });
  it('all funding lines with an amount are for 2025', () => {
    const medBelop = tiltak.flatMap((t) => t.data.finansiering).filter((f) => f.belop !== null);
    expect(medBelop.length).toBeGreaterThan(0);
    for (const f of medBelop) expect(f.aar).toBe(2025);
  });
  it('1.4 names Husbanken as giver of a grant whose size the plan does not state (L582–583)', () => {
    const linjer = tiltak.find((t) => t.id === 'rindal-holtalen-2025-d1-4')!.data.finansiering;
    expect(linjer.filter((f) => f.giver === 'husbanken')).toEqual([
      expect.objectContaining({ kilde: 'offentlige-tilskudd', belop: null, aar: null, linjer: [582, 583] }),
    ]);
  });
});

// Fate of the 2024 tiltak («Tiltaksoversikt fra handlingsplan 2024»): D1 L277–359, D2 L707–747,
// D3 L971–997, D4 L1263–1308, D6 L1892–1907, D7 L2056–2064, tverrgående L2189–2209.
// Delmål 5 (L1539–1540) lists no rows, only that all tiltak continue.
const STATUSER: [string, number][] = [
  ['viderefores', 14], // D1#2, D2#2, D3#1,2,3,5, D4#1,2,3, D6#2,3, D7#1 («Påbegynt og videreføres»), T#1,2
  ['revideres-og-viderefores', 3], // D1#1,4,5
  ['overfores', 1], // D1#3
  ['slas-sammen', 3], // D3#4, D4#4, D4#5
  ['avsluttes', 3], // D1#6, D2#1, D6#1
  ['utgar', 2], // D2#3, D2#4
];

describe('2024 tiltak per status', () => {
  it.each(STATUSER)('%s: %i', (status, n) => {
    expect(plan!.data.endringerFraForrige.filter((e) => e.status === status)).toHaveLength(n);
  });
  it('26 rows in all', () => {
    expect(plan!.data.endringerFraForrige).toHaveLength(26);
  });
  it.each([
    [3, '4', 'rindal-holtalen-2025-d3-3'], // L986–994 merged into tiltak 3
    [4, '4', 'rindal-holtalen-2025-d4-2'], // L1288–1296
    [4, '5', 'rindal-holtalen-2025-d4-3'], // L1298–1308
    [1, '3', 'rindal-holtalen-2025-d1-1'], // L305–319
  ])('delmål %i tiltak %s continues in %s', (dm, nr, id) => {
    const e = plan!.data.endringerFraForrige.find((x) => x.delmal === dm && x.nr === nr);
    expect(e?.videreI).toEqual([id]);
  });
});

function tabell(id: string) {
  const t = plan!.data.oppgitteTabeller.find((x) => x.id === id);
  expect(t).toBeDefined();
  return t!;
}

describe('table 6: budget for the whole period (L2383–2414)', () => {
  it('SUM row as printed (L2414), «kr -» for 2027 as 0', () => {
    expect(tabell('budsjett-avtaleperioden').sum?.verdier).toEqual({ total: 8010000, a2025: 5610000, a2026: 2400000, a2027: 0 });
  });
  it.each([
    ['Boligtiltak', 'total', 1620000], // L2396
    ['Boligtiltak', 'a2026', 1000000], // L2396
    ['Rekruttering', 'a2025', 1110000], // L2400
    ['Rekruttering', 'a2026', 400000], // L2400
    ['Prosjektledelse', 'total', 3000000], // L2410
    ['Tverrgående tiltak', 'a2025', 150000], // L2412
    ['Mobilitet', 'a2026', null], // L2402 empty cell
    ['Landbruk', 'a2027', null], // L2404 empty cell
  ] as [string, string, number | null][])('%s, %s = %s', (rad, kol, v) => {
    const r = tabell('budsjett-avtaleperioden').rader.find((x) => x.etikett === rad);
    expect(r?.verdier[kol]).toBe(v);
  });
  it('has nine rows', () => {
    expect(tabell('budsjett-avtaleperioden').rader).toHaveLength(9);
  });
});

describe('table 7: total budget and financing 2025 (L2420–2472)', () => {
  it('SUM row as printed (L2472)', () => {
    expect(tabell('samlet-budsjett-2025').sum?.verdier).toEqual({
      total: 7670000,
      kdd: 5610000,
      egenandel: 1610000,
      trfk: 0,
      statsforvalter: 450000,
      offentlige: 0,
      annet: 0,
    });
  });
  it.each([
    ['Boligtiltak', 'egenandel', 500000], // L2444
    ['Rekruttering', 'total', 2110000], // L2452
    ['Rekruttering', 'statsforvalter', 450000], // L2452
    ['Landbruk', 'egenandel', 300000], // L2454
    ['Prosjektledelse', 'kdd', 2000000], // L2469
    ['Tverrgående tiltak', 'total', 170000], // L2470
  ] as [string, string, number][])('%s, %s = %i', (rad, kol, v) => {
    const r = tabell('samlet-budsjett-2025').rader.find((x) => x.etikett === rad);
    expect(r?.verdier[kol]).toBe(v);
  });
});

describe('amounts stated in the text', () => {
  it.each([
    [6000000], // BV-midler2024, L2385
    [5000000], // BV-midler prosjektledelse, L2385
    [730000], // rest BV-midler 2023, L2385
    [3610000], // BV-midler2025, L2423
    [2000000], // BV-midler prosjektledelse 2025, L2423
    [450000], // skjønnsmidler, L1102
  ])('%i kr is recorded', (belop) => {
    expect(plan!.data.oppgitteBelop.map((b) => b.belop)).toContain(belop);
  });
});

describe('treatment and approval', () => {
  it.each([
    ['rindal-kommune', '2024-12-19'], // L2371
    ['holtalen-kommune', '2025-01-14'], // L2370
  ])('%s treated the plan on %s', (aktor, dato) => {
    expect(plan!.data.vedtak.find((v) => v.aktor === aktor)?.dato).toBe(dato);
  });
  it('version 2.4 keeps its printed date «Des 2025» (L73)', () => {
    const v = plan!.data.versjonslogg.find((x) => x.versjon.startsWith('2.4'));
    expect(v?.datoTekst).toBe('Des 2025');
    expect(plan!.data.versjonslogg).toHaveLength(7); // L25–81
  });
  it('ten named approvers, all dates empty (L2479–2503)', () => {
    expect(plan!.data.godkjennere).toHaveLength(10);
    for (const g of plan!.data.godkjennere) expect(g.dato).toBeNull();
  });
});
