/**
 * Pins the content of Handlingsplan 2026 for Bygdevekst Indre Namdal
 * (seed 000_f4bc9484f28f17cc.txt, kilder id hp-2026-indre-namdal) to what the document says.
 * Every expected value below is typed by hand from reading the seed; the comment next to it
 * gives the seed lines. Nothing here is computed from the content it checks.
 */
import { describe, it, expect } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { seedLines } from '../../src/lib/loading/seedText.ts';

const { collections, problems } = loadContent();

const PLAN = 'indre-namdal-2026';
const plan = collections.handlingsplaner.find((h) => h.id === PLAN);
const tiltak = collections.tiltak.filter((t) => t.data.plan === PLAN);
const delmal = collections.delmal.filter((d) => d.data.pilot === 'indre-namdal');
const pilot = collections.piloter.find((p) => p.id === 'indre-namdal');

function tiltakUnder(nr: number) {
  return tiltak.filter((t) => t.data.delmal === `indre-namdal-d${nr}`);
}
function sumKilde(nr: number, kilde: string): number {
  return tiltakUnder(nr)
    .flatMap((t) => t.data.finansiering)
    .filter((f) => f.kilde === kilde)
    .reduce((s, f) => s + (f.belop ?? 0), 0);
}
function tabell(id: string) {
  const t = plan?.data.oppgitteTabeller.find((x) => x.id === id);
  if (!t) throw new Error(`fant ikke tabellen ${id}`);
  return t;
}

describe('innholdet for Indre Namdal 2026 lastes', () => {
  it('samlingene er ikke tomme', () => {
    expect(collections.tiltak.length).toBeGreaterThan(0);
    expect(collections.delmal.length).toBeGreaterThan(0);
    expect(collections.handlingsplaner.length).toBeGreaterThan(0);
    expect(collections.piloter.length).toBeGreaterThan(0);
  });
  it('filene for piloten har ingen skjemafeil', () => {
    expect(problems.filter((p) => /indre-namdal/.test(p.file))).toEqual([]);
  });
  it('planen, piloten og sju delmål finnes', () => {
    expect(plan).toBeDefined();
    expect(pilot).toBeDefined();
    expect(delmal).toHaveLength(7); // L29–37: «syv delmål»
  });
  it('planen har 27 tiltak', () => {
    // 8 + 5 + 3 + 4 + 3 + 2 + 2, the «Tiltak N» headings from L143 to L1123
    expect(tiltak).toHaveLength(27);
  });
});

describe('avtalefakta (L27)', () => {
  it('signert 30.april 2024, periode «2024 – 2027»', () => {
    expect(pilot?.data.avtale.signert).toBe('2024-04-30');
    expect(pilot?.data.avtale.periodeTekst).toBe('2024 – 2027');
    expect(pilot?.data.avtale.periodeFra).toBe(2024);
    expect(pilot?.data.avtale.periodeTil).toBe(2027);
  });
  it('seks parter', () => {
    expect([...(pilot?.data.avtale.parter ?? [])].sort()).toEqual(
      ['grong-kommune', 'kdd', 'lierne-kommune', 'namsskogan-kommune', 'royrvik-kommune', 'trondelag-fylkeskommune'],
    );
  });
  it('delmålene står i regionens prioriterte rekkefølge (L31–37)', () => {
    expect(plan?.data.delmalRekkefolge).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `indre-namdal-d${n}`));
    const titler: [number, string][] = [
      [1, 'Øke rekruttering av relevant arbeidskraft'], // L31
      [2, 'Øke tilgang til og bruk av fleksibel og desentralisert utdanning'], // L32
      [3, 'Utvikle lokale studie- og kontorfellesskap'], // L33
      [4, 'Øke boligbygging og utvikle nye boligtilbud'], // L34
      [5, 'Øke mobilitet for innbyggere og tilreisende'], // L35
      [6, 'Øke samarbeid om samfunnsutvikling og planlegging'], // L36
      [7, 'Styrke landbruksnæringen i Indre Namdal'], // L37
    ];
    for (const [nr, tittel] of titler) {
      expect(delmal.find((d) => d.data.nr === nr)?.data.tittel).toBe(tittel);
    }
  });
});

describe('tiltak og finansieringslinjer per delmål', () => {
  // [delmål, antall tiltak, bygdevekstmidler, fylkeskommune, offentlige-tilskudd, statsforvalteren, kommunal-egenandel, annet]
  const FORVENTET: [number, number, number, number, number, number, number, number][] = [
    // L181 375 000, L201 100 000, L230 200 000 + 50 000, L252 100 000, L285 600 000, L309 100 000,
    // L329 100 000 BV + 200 000 TRFK + 300 000 DOGA, L349 500 000
    [1, 8, 2125000, 200000, 300000, 0, 0, 0],
    // L418 400 000 + 200 000 + 300 000, L438 100 000, L464 800 000, L492 no amount, L516 600 000
    [2, 5, 2400000, 0, 0, 0, 0, 0],
    // L578 100 000 + «1 million»; L602 and tiltak 3 no amount
    [3, 3, 1100000, 0, 0, 0, 0, 0],
    // L711 200 000; L736 and L763 no amount; L791 «4 000 000 mill kroner»
    [4, 4, 4200000, 0, 0, 0, 0, 0],
    // L861 50 000, L883 50 000, L901 200 000
    [5, 3, 300000, 0, 0, 0, 0, 0],
    // L1016 400 000 + 200 000 + 100 000 BV and 700 000 skjønnsmidler; L1073 1 700 000
    [6, 2, 2400000, 0, 0, 700000, 0, 0],
    // L1121 100 000, L1137 400 000
    [7, 2, 500000, 0, 0, 0, 0, 0],
  ];
  it.each(FORVENTET)('delmål %i har %i tiltak og BV-sum %i', (nr, antall, bv, fylke, offentlige, statsforvalter, kommunal, annet) => {
    expect(tiltakUnder(nr)).toHaveLength(antall);
    expect(sumKilde(nr, 'bygdevekstmidler')).toBe(bv);
    expect(sumKilde(nr, 'fylkeskommune')).toBe(fylke);
    expect(sumKilde(nr, 'offentlige-tilskudd')).toBe(offentlige);
    expect(sumKilde(nr, 'statsforvalteren')).toBe(statsforvalter);
    expect(sumKilde(nr, 'kommunal-egenandel')).toBe(kommunal);
    expect(sumKilde(nr, 'annet')).toBe(annet);
  });

  // Bygdevekstmidler per tiltak as the detailed sections state them.
  const PER_TILTAK: [string, number][] = [
    ['d1-1', 375000], // L181
    ['d1-2', 100000], // L201
    ['d1-3', 250000], // L230
    ['d1-4', 100000], // L252
    ['d1-5', 600000], // L285
    ['d1-6', 100000], // L309
    ['d1-7', 100000], // L329
    ['d1-8', 500000], // L349
    ['d2-1', 900000], // L418
    ['d2-2', 100000], // L438
    ['d2-3', 800000], // L464
    ['d2-4', 0], // L492: only working time
    ['d2-5', 600000], // L516
    ['d3-1', 1100000], // L578
    ['d3-2', 0], // L602
    ['d3-3', 0], // L604–645
    ['d4-1', 200000], // L711
    ['d4-2', 0], // L736
    ['d4-3', 0], // L763
    ['d4-4', 4000000], // L791
    ['d5-1', 50000], // L861
    ['d5-2', 50000], // L883
    ['d5-3', 200000], // L901
    ['d6-1', 700000], // L1016
    ['d6-2', 1700000], // L1073
    ['d7-1', 100000], // L1121
    ['d7-2', 400000], // L1137
  ];
  it.each(PER_TILTAK)('tiltak %s har bygdevekstmidler %i', (suffix, belop) => {
    const t = tiltak.find((x) => x.id === `${PLAN}-${suffix}`);
    expect(t).toBeDefined();
    const sum = (t?.data.finansiering ?? []).filter((f) => f.kilde === 'bygdevekstmidler').reduce((s, f) => s + (f.belop ?? 0), 0);
    expect(sum).toBe(belop);
  });

  it('nummer i oversikten som avviker fra detaljdelen', () => {
    // L81 «2. Gjennomføre hospiteringer» vs L604 «Tiltak 3»; L101 «1. Landbruksprosjekt» vs L1123 «Tiltak 2»
    expect(tiltak.find((t) => t.id === `${PLAN}-d3-3`)?.data.nrOversikt).toBe('2');
    expect(tiltak.find((t) => t.id === `${PLAN}-d7-2`)?.data.nrOversikt).toBe('1');
  });
});

describe('oversiktstabellen L57–103, som oppgitt', () => {
  const DELSUMMER: [number, number][] = [
    [1, 2025000], // L70 (rows L61–69 add up to 2 125 000)
    [2, 2400000], // L77
    [3, 1100000], // L82 «1 100 000kr»
    [4, 4200000], // L88
    [5, 300000], // L94
    [6, 2400000], // L98
    [7, 500000], // L102
  ];
  it.each(DELSUMMER)('«Til sammen» for delmål %i er %i', (nr, belop) => {
    const d = tabell('oversikt-bygdevekstmidler').delsummer.find((x) => x.delmal === nr);
    expect(d?.verdier.a2026).toBe(belop);
  });
  it('total 12 925 000 (L103)', () => {
    expect(tabell('oversikt-bygdevekstmidler').sum?.verdier.a2026).toBe(12925000);
  });
  it('27 tiltaksrader, hver knyttet til et tiltak', () => {
    const rader = tabell('oversikt-bygdevekstmidler').rader;
    expect(rader).toHaveLength(27); // L61–101 without the delmål headings
    expect(rader.every((r) => typeof r.tiltak === 'string')).toBe(true);
  });
  it('risikofondet står med 4 000 000 (L87)', () => {
    const r = tabell('oversikt-bygdevekstmidler').rader.find((x) => x.linjer[0] === 87);
    expect(r?.verdier.a2026).toBe(4000000);
  });
});

describe('tabell 6 L1169–1182, som oppgitt', () => {
  it('SUM-raden (L1182)', () => {
    expect(tabell('budsjett-avtaleperioden').sum?.verdier).toEqual({ total: 23525000, a2026: 14925000, a2027: 6200000, a2028: 2400000 });
  });
  const CELLER: [string, string, number | null][] = [
    ['1', 'total', 3525000], // L1173
    ['1', 'a2027', 1500000], // L1173
    ['6', 'a2028', 1400000], // L1178
    ['7', 'total', 850000], // L1179 (the years give 500 000 + 100 000)
    ['8', 'a2026', 2000000], // L1180 Prosjektledelse
    ['9', 'total', null], // L1181 empty row
  ];
  it.each(CELLER)('rad %s, kolonne %s er %s', (nr, kolonne, verdi) => {
    const r = tabell('budsjett-avtaleperioden').rader.find((x) => x.nr === nr);
    expect(r?.verdier[kolonne]).toBe(verdi);
  });
  it('ni rader, med prosjektledelse og frikjøp som egne kategorier', () => {
    const rader = tabell('budsjett-avtaleperioden').rader;
    expect(rader).toHaveLength(9);
    expect(rader.find((r) => r.nr === '8')?.kategori).toBe('prosjektledelse');
    expect(rader.find((r) => r.nr === '9')?.kategori).toBe('frikjop');
  });
});

describe('tabell 7 L1186–1198, som oppgitt', () => {
  it('har året 2025 fra overskriften', () => {
    expect(tabell('samlet-budsjett-2025').aar).toBe(2025);
  });
  it('SUM-raden (L1198)', () => {
    expect(tabell('samlet-budsjett-2025').sum?.verdier).toEqual({
      total: 27490000,
      kdd: 23775000,
      kommunal: 1740000,
      fylkeskommune: 200000,
      statsforvalter: 700000,
      offentlige: 1000000,
      annet: 75000,
    });
  });
  const CELLER: [string, string, number | null][] = [
    ['1', 'total', 4800000], // L1190
    ['1', 'annet', 75000], // L1190
    ['4', 'offentlige', 700000], // L1193
    ['6', 'statsforvalter', 700000], // L1195
    ['7', 'kdd', 850000], // L1196
    ['8', 'kommunal', null], // L1197 empty cell
  ];
  it.each(CELLER)('rad %s, kolonne %s er %s', (nr, kolonne, verdi) => {
    const r = tabell('samlet-budsjett-2025').rader.find((x) => x.nr === nr);
    expect(r?.verdier[kolonne]).toBe(verdi);
  });
});

describe('beløp og vedtak i teksten', () => {
  const BELOP: [number, number][] = [
    [1, 2025000], // L127
    [2, 2400000], // L371
    [3, 1100000], // L538
    [7, 500000], // L1091
  ];
  it.each(BELOP)('rammen for delmål %i i teksten er %i', (nr, belop) => {
    const b = plan?.data.oppgitteBelop.find((x) => x.delmal === nr && x.finansieringskilde === 'bygdevekstmidler');
    expect(b?.belop).toBe(belop);
  });
  it('skjønnsmidlene 890 000 og 700 000 (L1204)', () => {
    const sf = plan?.data.oppgitteBelop.filter((x) => x.finansieringskilde === 'statsforvalteren').map((x) => x.belop).sort();
    expect(sf).toEqual([700000, 890000]);
  });
  it('to ulike datoer for vedtaket i styringsgruppen (L7 og L1155)', () => {
    const datoer = plan?.data.vedtak.map((v) => v.dato).filter((d) => d !== null);
    expect(datoer).toContain('2025-12-05');
    expect(datoer).toContain('2026-12-05');
  });
  it('godkjenningen 15. januar har ikke år', () => {
    const v = plan?.data.vedtak.find((x) => x.datoTekst === '15. januar');
    expect(v?.dato).toBeNull();
  });
  it('fem underskrifter står som [XX] (L1159–1167)', () => {
    expect(plan?.data.godkjennere.map((g) => g.navn)).toEqual(['[XX]', '[XX]', '[XX]', '[XX]', '[XX]']);
  });
});

describe('årene planen oppgir utenfor tiltaket (L1204)', () => {
  const linjer = seedLines('000_f4bc9484f28f17cc.txt')!;
  const mote = tiltak.find((t) => t.id === 'indre-namdal-2026-d1-7');
  it('fylkeskommunens 200 000 og DOGAs 300 000 til GNIST ble bevilget i 2025, slik L1204 sier', () => {
    // L1204: «Piloten fikk i 2025 bevilget 200 000 kr fra Trøndelag Fylkeskommune og 300 000 kr fra DOGA …»
    expect(linjer[1204 - 1]).toContain('Piloten fikk i 2025 bevilget 200 000 kr fra Trøndelag Fylkeskommune');
    const fra = (giver: string) => mote?.data.finansiering.find((f) => f.giver === giver);
    expect(fra('trondelag-fylkeskommune')).toMatchObject({ belop: 200000, aar: 2025, aarLinjer: [1204, 1204] });
    expect(fra('doga')).toMatchObject({ belop: 300000, aar: 2025, aarLinjer: [1204, 1204] });
  });
  it('hvert år med egne linjer står på de linjene', () => {
    const medLinjer = tiltak.flatMap((t) => t.data.finansiering.filter((f) => f.aarLinjer));
    expect(medLinjer.length).toBeGreaterThan(0);
    for (const f of medLinjer) {
      const [a, b] = f.aarLinjer!;
      expect(linjer.slice(a - 1, b).join(' ')).toContain(String(f.aar));
    }
  });
});
