import { describe, expect, it } from 'vitest';
import {
  STANDARD_TILSTAND,
  csvFilnavn,
  filtrer,
  lesTilstand,
  skrivTilstand,
  sorter,
  tabellCsv,
  visteRader,
  type TiltakRad,
} from '../../src/lib/tables/tiltakFilter.ts';
import { csvCelle, noytraliser } from '../../src/lib/csvCelle.ts';
import { tiltakJson, tiltakTabell } from '../../src/lib/tables/tiltakTabell.ts';
import { tiltakCeller, type Celle } from '../../src/lib/tables/tiltakCeller.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { tiltakBelop } from '../../src/lib/money/belopOmfang.ts';

const rad = (o: Partial<TiltakRad>): TiltakRad => ({
  id: 'x',
  url: '/tiltak/x/',
  pilot: 'p',
  pilotNavn: 'P',
  pilotUrl: '/piloter/p/',
  plan: 'p-2025',
  planAar: 2025,
  planUrl: '/handlingsplaner/p-2025/',
  delmal: 1,
  delmalTittel: 'D',
  nr: '1',
  tittel: 'T',
  status: 'ny',
  statusNavn: 'Ny',
  ansvarlige: [],
  ansvarligTekst: null,
  alle: null,
  bygdevekstmidler: null,
  andre: null,
  tema: [],
  givere: [],
  aktorer: [],
  kilde: 'Dok, linje 1',
  ...o,
});

const rader = [
  rad({
    id: 'a2',
    nr: '2',
    alle: 600000,
    bygdevekstmidler: 100000,
    tema: [{ id: 'bolig', navn: 'Bolig', url: '/tema/bolig/' }],
  }),
  rad({ id: 'a10', nr: '10', alle: 500000, bygdevekstmidler: 500000 }),
  rad({
    id: 'b1',
    pilot: 'q',
    pilotNavn: 'Å-piloten',
    planAar: 2026,
    nr: '1',
    alle: 700000,
    givere: [{ id: 'fylket', navn: 'Fylket', url: '/aktorer/fylket/', belop: 200000 }],
  }),
  rad({ id: 'at1', delmal: null, nr: 'T1', alle: null, status: 'avsluttes', statusNavn: 'Avsluttes' }),
];

describe('URL state', () => {
  it('reads filters, range and sort, and ignores what it does not know', () => {
    const s = lesTilstand(new URLSearchParams('fra=500 001&giver=fylket&sort=alle&retning=desc&x=1'));
    expect(s).toEqual({ ...STANDARD_TILSTAND, fra: 500001, giver: 'fylket', sort: 'alle', retning: 'desc' });
    expect(lesTilstand(new URLSearchParams('fra=-5&til=abc&sort=pwned&aar=20x5'))).toEqual(STANDARD_TILSTAND);
  });
  it('writes the state back without defaults, and round-trips', () => {
    expect(skrivTilstand(STANDARD_TILSTAND)).toBe('');
    const s = {
      ...STANDARD_TILSTAND,
      pilot: 'q',
      fra: 1,
      omfang: 'bygdevekstmidler' as const,
      sort: 'nr' as const,
    };
    expect(skrivTilstand(s)).toBe('pilot=q&fra=1&omfang=bygdevekstmidler&sort=nr');
    expect(lesTilstand(new URLSearchParams(skrivTilstand(s)))).toEqual(s);
  });
});

describe('filtrer', () => {
  it('«over 500 000 kr» keeps only stated amounts above it', () => {
    const s = lesTilstand(new URLSearchParams('fra=500001'));
    expect(filtrer(rader, s).map((r) => r.id)).toEqual(['a2', 'b1']);
  });
  it('a range on bygdevekstmidler uses that column', () => {
    const s = lesTilstand(new URLSearchParams('til=100000&omfang=bygdevekstmidler'));
    expect(filtrer(rader, s).map((r) => r.id)).toEqual(['a2']);
  });
  it('filters by funder, theme, status, pilot and year', () => {
    const f = (q: string) => filtrer(rader, lesTilstand(new URLSearchParams(q))).map((r) => r.id);
    expect(f('giver=fylket')).toEqual(['b1']);
    expect(f('tema=bolig')).toEqual(['a2']);
    expect(f('status=avsluttes')).toEqual(['at1']);
    expect(f('pilot=q')).toEqual(['b1']);
    expect(f('aar=2025&pilot=q')).toEqual([]);
  });
});

describe('sorter', () => {
  it('keeps the table order by default: pilot, year, delmål, number naturally, cross-cutting last', () => {
    expect(sorter(rader, STANDARD_TILSTAND).map((r) => r.id)).toEqual(['a2', 'a10', 'at1', 'b1']);
  });
  it('sorts by amount both ways with unknown amounts last', () => {
    const opp = sorter(rader, { ...STANDARD_TILSTAND, sort: 'alle' });
    expect(opp.map((r) => r.id)).toEqual(['a10', 'a2', 'b1', 'at1']);
    const ned = sorter(rader, { ...STANDARD_TILSTAND, sort: 'alle', retning: 'desc' });
    expect(ned.map((r) => r.id)).toEqual(['b1', 'a2', 'a10', 'at1']);
  });
  it('sorts printed numbers naturally', () => {
    expect(sorter(rader, { ...STANDARD_TILSTAND, sort: 'nr' }).map((r) => r.nr)).toEqual([
      '1',
      '2',
      '10',
      'T1',
    ]);
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const farlig of ['=1+1', '+47', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(noytraliser(farlig)).toBe(`'${farlig}`);
    expect(noytraliser('Møteplasser')).toBe('Møteplasser');
    expect(csvCelle('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCelle(-5)).toBe('-5');
  });
  it('has exactly the rows shown, in order, with the funder column when filtering by funder', () => {
    const s = lesTilstand(new URLSearchParams('giver=fylket'));
    const csv = tabellCsv(visteRader(rader, s), 'https://example.org', s.giver);
    const linjer = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(linjer).toHaveLength(2);
    expect(linjer[0].split(';')).toContain('belopAlleKilder');
    expect(linjer[0].split(';').at(-1)).toBe('belopFraGiver');
    expect(linjer[1].split(';').at(-1)).toBe('200000');
    expect(linjer[1]).toContain('https://example.org/tiltak/x/');
  });
  it('names the file after the filters', () => {
    expect(csvFilnavn(lesTilstand(new URLSearchParams('fra=500001')))).toBe('tiltak-fra-500001.csv');
    expect(csvFilnavn(STANDARD_TILSTAND)).toBe('tiltak.csv');
  });
});

describe('tiltakTabell on the real content', () => {
  const { collections: c } = loadContent();
  const t = tiltakTabell(c);

  it('has one row per tiltak with the amounts of the budget functions', () => {
    expect(t.rader.length).toBe(c.tiltak.length);
    expect(t.rader.length).toBeGreaterThan(0);
    for (const r of t.rader) {
      const b = tiltakBelop(c.tiltak.find((x) => x.id === r.id)!);
      expect([r.alle, r.bygdevekstmidler, r.andre]).toEqual([b.alle, b.bygdevekstmidler, b.andre]);
    }
  });
  it('Møteplasser shows 600 000 kr in all, 100 000 kr bygdevekstmidler and its two named givers', () => {
    const r = t.rader.find((x) => x.id === 'indre-namdal-2026-d1-7')!;
    expect([r.alle, r.bygdevekstmidler, r.andre]).toEqual([600000, 100000, 500000]);
    expect(r.givere).toEqual(
      expect.arrayContaining([
        {
          id: 'trondelag-fylkeskommune',
          navn: 'Trøndelag fylkeskommune',
          url: '/aktorer/trondelag-fylkeskommune/',
          belop: 200000,
        },
        { id: 'doga', navn: expect.any(String), url: '/aktorer/doga/', belop: 300000 },
      ]),
    );
  });
  it('offers every funder that is named, and the JSON cannot close its script element', () => {
    expect(t.valg.givere.map((g) => g.id)).toContain('trondelag-fylkeskommune');
    expect(tiltakJson([rad({ tittel: '</script><b>' })])).not.toContain('</script>');
  });
});

describe('a row’s cells (the page and the script render the same)', () => {
  it('links pilot, plan, title, givers, responsible and themes, and greys what is unknown', () => {
    const [b1, at1] = [rader[2], rader[3]].map(tiltakCeller);
    const tekst = (c: Celle) => c.deler.map((d) => d.tekst).join('');
    expect(b1.map((c) => c.etikett)).toEqual([
      'Pilot',
      'Planår',
      'Delmål',
      'Nr.',
      'Tiltak',
      'Alle kilder',
      'Bygdevekstmidler',
      'Andre kilder',
      'Navngitte givere',
      'Status',
      'Hovedansvarlig',
      'Tema',
    ]);
    expect(b1.filter((c) => c.radhode).map(tekst)).toEqual(['T']);
    expect(tekst(b1[5])).toBe('700\u00a0000 kr');
    expect(b1[6].deler).toEqual([{ tekst: 'ikke oppgitt', svak: true }]);
    expect(b1[8].deler).toEqual([
      { tekst: 'Fylket', href: '/aktorer/fylket/' },
      { tekst: ': 200\u00a0000 kr' },
    ]);
    expect(at1[2].deler).toEqual([{ tekst: 'tverrgående', svak: true }]);
    expect(at1[10].deler).toEqual([{ tekst: 'ikke oppgitt', svak: true }]);
    const medTo = tiltakCeller(
      rad({
        ansvarlige: [
          { id: 'a', navn: 'A', url: '/aktorer/a/' },
          { id: 'b', navn: 'B', url: '/aktorer/b/' },
        ],
      }),
    );
    expect(medTo[10].deler).toEqual([
      { tekst: 'A', href: '/aktorer/a/' },
      { tekst: ', ' },
      { tekst: 'B', href: '/aktorer/b/' },
    ]);
  });
});
