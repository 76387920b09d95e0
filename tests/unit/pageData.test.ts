import { describe, expect, it } from 'vitest';
import type { Collections } from '../../src/lib/loadContent.ts';
import { loadContent } from '../../src/lib/loadContent.ts';
import {
  aktorOversikt,
  aktorRoller,
  aktorForKommune,
  kommuneForAktor,
  alleKildeRefs,
  compareNr,
  kortUrl,
  folketall,
  kildeBruk,
  kommunerSortert,
  matcherTiltak,
  oppforing,
  pilotFolketall,
  planEndringer,
  samleKilder,
  sideTittel,
  SPRAK_LANG,
  temaInnhold,
  tiltakForDelmal,
  tabellUtdragForDelmal,
  tiltakGruppert,
  tiltakHistorikk,
  sammenligning,
  belopPerTiltak,
  unikeKilder,
} from '../../src/lib/pageData.ts';
import { valgtePiloter } from '../../src/pages/sammenlign/_valg.ts';
import {
  aktorSchema,
  delmalSchema,
  handlingsplanSchema,
  kildeSchema,
  kommuneSchema,
  pilotSchema,
  temaSchema,
  tiltakSchema,
} from '../../src/schemas/index.ts';
import { validDelmal, validKommune, validPilot, validPlan, validTiltak } from '../helpers/factories.ts';
import { urlFor } from '../../src/lib/urls.ts';
import { statedAmount } from '../../src/lib/budget.ts';

const e = <T>(id: string, data: T) => ({ id, file: `${id}.mdx`, data, body: '' });
const ref = (linjer: [number, number]) => ({ dokument: 'testdok', linjer });

/**
 * A small world through the real schemas: pilot «testpilot» (Testby, Åby) with plans 2024 and 2025,
 * delmål 1 and 2, and a second pilot «annen» with no plan.
 */
function verden(): Collections {
  const endring = (o: Record<string, unknown>) => ({
    delmal: 1,
    nr: '1',
    tittel: 'Gammelt',
    status: 'viderefores',
    statusTekst: 'Videreføres',
    begrunnelse: 'Fordi.',
    kilde: ref([20, 21]),
    ...o,
  });
  return {
    piloter: [
      e(
        'testpilot',
        pilotSchema.parse(
          validPilot({
            kommuner: ['testby', 'aby'],
            avtale: {
              status: 'signert',
              signert: '2024-04-30',
              periodeFra: 2024,
              periodeTil: 2027,
              periodeTekst: '2024 – 2027',
              parter: ['kdd'],
              saerligeRoller: [{ aktor: 'husbanken', rolle: 'Koordinerer bolig.', kilde: ref([2, 2]) }],
              kilder: [ref([1, 2])],
            },
          }),
        ),
      ),
      e('annen', pilotSchema.parse(validPilot({ navn: 'Annen pilot', kommuner: ['zby'] }))),
    ],
    delmal: [
      e(
        'testpilot-d2',
        delmalSchema.parse(
          validDelmal({ nr: 2, tittel: 'Mobilitet', tema: ['mobilitet'], samarbeidsparter: ['husbanken'] }),
        ),
      ),
      e('testpilot-d1', delmalSchema.parse(validDelmal({ kanInviteres: ['kdd'] }))),
    ],
    handlingsplaner: [
      e(
        'testpilot-2025',
        handlingsplanSchema.parse(
          validPlan({
            endringerFraForrige: [
              endring({ nr: '1', videreI: ['testpilot-2025-d1-1'] }),
              endring({
                nr: '2',
                status: 'slas-sammen',
                statusTekst: 'Slås sammen med tiltak 1',
                videreI: ['testpilot-2025-d1-1'],
              }),
              endring({ delmal: 2, nr: '1', status: 'avsluttes', statusTekst: 'Avsluttes' }),
              endring({
                delmal: null,
                nr: '1',
                status: 'ikke-oppgitt',
                statusTekst: '?',
                videreI: ['testpilot-2025-t1'],
              }),
            ],
            vedtak: [
              {
                organ: 'Testby kommunestyre',
                aktor: 'kdd',
                hva: 'vedtatt',
                dato: '2024-12-05',
                kilde: ref([5, 5]),
              },
            ],
          }),
        ),
      ),
      e(
        'testpilot-2024',
        handlingsplanSchema.parse(
          validPlan({
            aar: 2024,
            tittel: 'Handlingsplan 2024',
            delmalRekkefolge: ['testpilot-d2', 'testpilot-d1'],
          }),
        ),
      ),
    ],
    tiltak: [
      e(
        'testpilot-2025-d1-10',
        tiltakSchema.parse(validTiltak({ nr: '1.10', status: 'ny', statusTekst: 'Ny' })),
      ),
      e(
        'testpilot-2025-d1-1',
        tiltakSchema.parse(
          validTiltak({
            nr: '1.1',
            hovedansvarlige: ['husbanken'],
            finansiering: [
              {
                kilde: 'offentlige-tilskudd',
                giver: 'husbanken',
                belop: 5,
                aar: 2025,
                formal: 'tilskudd',
                linjer: [9, 9],
              },
            ],
          }),
        ),
      ),
      e('testpilot-2025-d1-2', tiltakSchema.parse(validTiltak({ nr: '1.2', tema: ['bolig', 'mobilitet'] }))),
      e(
        'testpilot-2025-t1',
        tiltakSchema.parse(validTiltak({ delmal: null, nr: 'T1', tema: ['mobilitet'] })),
      ),
      e(
        'testpilot-2024-d1-1',
        tiltakSchema.parse(validTiltak({ plan: 'testpilot-2024', nr: '1', samarbeidsparter: ['husbanken'] })),
      ),
      e('testpilot-2024-d1-2', tiltakSchema.parse(validTiltak({ plan: 'testpilot-2024', nr: '2' }))),
      e(
        'testpilot-2024-t1',
        tiltakSchema.parse(validTiltak({ plan: 'testpilot-2024', delmal: null, nr: 'T1' })),
      ),
    ],
    kommuner: [
      e(
        'testby',
        kommuneSchema.parse(
          validKommune({
            navn: 'Testby',
            pilot: 'testpilot',
            folketall: { antall: 1000, aar: 2024, kilde: { url: 'https://example.org/f' } },
          }),
        ),
      ),
      e(
        'aby',
        kommuneSchema.parse(
          validKommune({
            navn: 'Åby',
            pilot: 'testpilot',
            folketall: { antall: 500, aar: 2024, kilde: { url: 'https://example.org/f' } },
          }),
        ),
      ),
      e(
        'zby',
        kommuneSchema.parse(
          validKommune({
            navn: 'Zby',
            pilot: 'annen',
            folketall: { antall: 10, aar: 2023, kilde: { url: 'https://example.org/g' } },
          }),
        ),
      ),
    ],
    aktorer: [
      e('husbanken', aktorSchema.parse({ navn: 'Husbanken', type: 'stat' })),
      e('kdd', aktorSchema.parse({ navn: 'KDD', type: 'stat' })),
      e('ukjent', aktorSchema.parse({ navn: 'Abc ukjent', type: 'annet' })),
    ],
    tema: [
      e('mobilitet', temaSchema.parse({ navn: 'Mobilitet', beskrivelse: 'Reise.', rekkefolge: 2 })),
      e('bolig', temaSchema.parse({ navn: 'Bolig', beskrivelse: 'Hus.', rekkefolge: 1 })),
    ],
    kilder: [
      e(
        'testdok',
        kildeSchema.parse({
          tittel: 'Testdokument',
          utgiver: 'Testby',
          dato: '2025',
          seed: '000_f4bc9484f28f17cc.txt',
          beskrivelse: 'Test.',
          brukt: 'Alt.',
        }),
      ),
      e(
        'ubrukt',
        kildeSchema.parse({
          tittel: 'Ubrukt',
          utgiver: 'Ingen',
          dato: null,
          seed: '001_a81cf50d29995201.txt',
          beskrivelse: 'Test.',
          brukt: 'Ingenting.',
        }),
      ),
    ],
    sider: [],
    initiativer: [],
    laering: [],
    kapasitetsdiamant: [],
  } as unknown as Collections;
}

describe('ordering', () => {
  it('sorts printed numbers naturally', () => {
    expect(['1.10', 'T1', '1.2', '2', '1.1'].sort(compareNr)).toEqual(['1.1', '1.2', '1.10', '2', 'T1']);
  });
  it('sorts kommuner the Norwegian way (Å last)', () => {
    expect(kommunerSortert(verden()).map((k) => k.data.navn)).toEqual(['Testby', 'Zby', 'Åby']);
    expect(kommunerSortert(verden(), 'annen').map((k) => k.id)).toEqual(['zby']);
  });
});

describe('tiltakGruppert', () => {
  it('groups by delmål in number order with every delmål, cross-cutting last, tiltak by number', () => {
    const g = tiltakGruppert(verden(), 'testpilot-2025');
    expect(g.map((x) => x.delmal?.id ?? null)).toEqual(['testpilot-d1', 'testpilot-d2', null]);
    expect(g[0].tiltak.map((t) => t.data.nr)).toEqual(['1.1', '1.2', '1.10']);
    expect(g[1].tiltak).toEqual([]);
    expect(g[2].tiltak.map((t) => t.id)).toEqual(['testpilot-2025-t1']);
  });
  it("follows the plan's own ranking of delmål", () => {
    expect(tiltakGruppert(verden(), 'testpilot-2024').map((x) => x.delmal?.id ?? null)).toEqual([
      'testpilot-d2',
      'testpilot-d1',
      null,
    ]);
  });
  it('is empty for an unknown plan', () => {
    expect(tiltakGruppert(verden(), 'finnes-ikke')).toEqual([]);
  });
});

describe('tiltakForDelmal', () => {
  it('lists a delmål’s tiltak plan by plan, oldest first', () => {
    const g = tiltakForDelmal(verden(), 'testpilot-d1');
    expect(g.map((x) => x.plan.id)).toEqual(['testpilot-2024', 'testpilot-2025']);
    expect(g[1].tiltak.map((t) => t.data.nr)).toEqual(['1.1', '1.2', '1.10']);
  });
});

describe('tabellUtdragForDelmal', () => {
  it('gives the printed rows of a delmål from each table, without the sum row', () => {
    const { collections } = loadContent('tests/fixtures/gyldig');
    const u = tabellUtdragForDelmal(collections, 'testpilot-d1');
    expect(u).toHaveLength(1);
    expect(u[0].plan.id).toBe('testpilot-2025');
    expect(u[0].tabeller).toHaveLength(1);
    expect(u[0].tabeller[0].rader.map((r) => r.etikett)).toEqual(['Boligtiltak']);
    expect(u[0].tabeller[0].sum).toBeNull();
    expect(u[0].tabeller[0].kolonner).toEqual(
      collections.handlingsplaner[0].data.oppgitteTabeller[0].kolonner,
    );
  });
  it('leaves out tables with no row for the delmål', () => {
    expect(tabellUtdragForDelmal(verden(), 'testpilot-d2')).toEqual([]);
  });
});

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

describe('themes', () => {
  it('collects delmål and tiltak of a theme pilot by pilot', () => {
    const g = temaInnhold(verden(), 'mobilitet');
    expect(g.map((x) => x.pilot.id)).toEqual(['testpilot']);
    expect(g[0].delmal.map((d) => d.id)).toEqual(['testpilot-d2']);
    expect(g[0].tiltak.map((t) => t.id)).toEqual(['testpilot-2025-d1-2', 'testpilot-2025-t1']);
  });
});

describe('aktorRoller', () => {
  it('finds every part an actor plays, pilot by pilot, in set order', () => {
    const r = aktorRoller(verden(), 'husbanken');
    expect(r.map((g) => g.pilot.id)).toEqual(['testpilot']);
    expect(r[0].roller.map((x) => [x.type, x.href])).toEqual([
      ['saerlig-rolle', '/piloter/testpilot/'],
      ['hovedansvarlig', '/tiltak/testpilot-2025-d1-1/'],
      ['samarbeidspart-tiltak', '/tiltak/testpilot-2024-d1-1/'],
      ['giver', '/tiltak/testpilot-2025-d1-1/'],
      ['samarbeidspart-delmal', '/delmal/testpilot-d2/'],
    ]);
    expect(r[0].roller.find((x) => x.type === 'giver')?.kilde).toEqual({
      dokument: 'testdok',
      linjer: [9, 9],
    });
  });
  it('includes parties, invitations and decisions', () => {
    const types = aktorRoller(verden(), 'kdd')[0].roller.map((x) => x.type);
    expect(types).toEqual(['part', 'kan-inviteres', 'vedtak']);
  });
  it('lists every actor in the overview, also those with no role', () => {
    const o = aktorOversikt(verden());
    expect(o.map((x) => [x.aktor.id, x.antallRoller])).toEqual([
      ['ukjent', 0],
      ['husbanken', 5],
      ['kdd', 3],
    ]);
  });
});

describe('kommune and its own administration as an actor', () => {
  it('matches «<navn> kommune» of type kommune, both ways', () => {
    const c = verden();
    c.aktorer.push({
      id: 'aby-kommune',
      file: 'x',
      body: '',
      data: aktorSchema.parse({ navn: 'Åby kommune', type: 'kommune' }),
    } as never);
    c.aktorer.push({
      id: 'testby-lag',
      file: 'x',
      body: '',
      data: aktorSchema.parse({ navn: 'Testby kommune', type: 'frivillig' }),
    } as never);
    expect(aktorForKommune(c, 'aby')?.id).toBe('aby-kommune');
    expect(aktorForKommune(c, 'testby')).toBeNull();
    expect(kommuneForAktor(c, 'aby-kommune')?.id).toBe('aby');
    expect(kommuneForAktor(c, 'husbanken')).toBeNull();
  });
});

describe('sources', () => {
  it('finds every source reference inside nested data', () => {
    expect(
      alleKildeRefs({
        a: [{ kilde: { url: 'https://x.no' } }, { b: { dokument: 'd', linjer: [1, 2] } }],
        dokument: 5,
      }),
    ).toEqual([{ url: 'https://x.no' }, { dokument: 'd', linjer: [1, 2] }]);
  });
  it('lists the entries citing each document and each web address, once each', () => {
    const b = kildeBruk(verden());
    expect(b.dokumenter.ubrukt).toEqual([]);
    const hrefs = b.dokumenter.testdok.map((s) => s.href);
    expect(hrefs).toContain('/piloter/testpilot/');
    expect(hrefs).toContain('/handlingsplaner/testpilot-2024/');
    expect(hrefs).toContain('/tiltak/testpilot-2025-t1/');
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(b.nettsider.map((n) => [n.url, n.siteringer.length])).toEqual([
      ['https://example.org/a', 2],
      ['https://example.org/f', 2],
      ['https://example.org/g', 1],
      ['https://example.org/k', 3],
    ]);
  });
  it('removes duplicate references and merges adjacent line ranges of one document', () => {
    const refs = [
      ref([10, 12]),
      { url: 'https://b.no' },
      ref([1, 3]),
      ref([4, 6]),
      ref([1, 3]),
      ref([20, 20]),
      { dokument: 'annet' },
    ];
    expect(unikeKilder(refs)).toHaveLength(6);
    expect(samleKilder(refs)).toEqual([
      { dokument: 'annet' },
      ref([1, 6]),
      ref([10, 12]),
      ref([20, 20]),
      { url: 'https://b.no' },
    ]);
  });
  it('names and links any entry', () => {
    const c = verden();
    expect(oppforing(c, 'tiltak', 'testpilot-2025-t1')).toEqual({
      samling: 'tiltak',
      href: '/tiltak/testpilot-2025-t1/',
      tittel: 'Testpiloten 2025, tiltak T1: Boligtiltak',
    });
    expect(oppforing(c, 'delmal', 'testpilot-d2').tittel).toBe('Testpiloten, delmål 2: Mobilitet');
    expect(urlFor.kilde('testdok')).toBe('/kilder/#testdok');
    expect(urlFor.side('bakgrunn')).toBe('/om/');
    expect(urlFor.side('ordliste')).toBe('/om/ordliste/');
  });
});

describe('population', () => {
  it('sums a pilot’s population with its years and sources', () => {
    expect(pilotFolketall(verden(), 'testpilot')).toEqual({
      antall: 1500,
      aar: [2024],
      kilder: [{ url: 'https://example.org/f' }],
    });
    expect(pilotFolketall(verden(), 'ingen')).toBeNull();
    expect(folketall(verden().kommuner)).toEqual({
      antall: 1510,
      aar: [2023, 2024],
      kilder: [{ url: 'https://example.org/f' }, { url: 'https://example.org/g' }],
    });
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

describe('language codes', () => {
  it('gives the ISO 639 code of each official language', () => {
    expect(SPRAK_LANG).toEqual({ nordsamisk: 'se', lulesamisk: 'smj', sorsamisk: 'sma', kvensk: 'fkv' });
  });
});

describe('on the valid fixture', () => {
  it('works on content loaded from disk', () => {
    const { collections } = loadContent('tests/fixtures/gyldig');
    expect(tiltakGruppert(collections, 'testpilot-2025')[0].tiltak.map((t) => t.id)).toEqual([
      'testpilot-2025-d1-1',
    ]);
    expect(kildeBruk(collections).dokumenter.testdok.length).toBeGreaterThan(3);
  });
});

describe('sideTittel', () => {
  it('adds the site name to a short title', () => {
    expect(sideTittel('Tema')).toBe('Tema – Bygdevekstatlas');
  });
  it('cuts a long title at a word, within 70 characters', () => {
    const t = sideTittel(
      'Utnytte smådriftsfordelene i regionen til å samhandle målrettet om å forhindre ungt utenforskap',
    );
    expect(t.length).toBeLessThanOrEqual(70);
    expect(t).toBe('Utnytte smådriftsfordelene i regionen til å… – Bygdevekstatlas');
  });
  it('cuts inside a very long word when it must', () => {
    expect(sideTittel('x'.repeat(100)).length).toBe(70);
  });
});

describe('money views (from budget.ts)', () => {
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

describe('kortUrl', () => {
  it('drops the scheme and a trailing slash and keeps short addresses whole', () => {
    expect(kortUrl('https://www.regjeringen.no/no/aktuelt/id2948153/')).toBe(
      'www.regjeringen.no/no/aktuelt/id2948153',
    );
  });
  it('cuts a long path to its last part', () => {
    expect(
      kortUrl(
        'https://github.com/oystess/valg_analyser/blob/945f7ad94c641a6e3c731cbe070a9ff9e8f76190/data/processed/befolkning_2024.csv',
      ),
    ).toBe('github.com/…/befolkning_2024.csv');
  });
  it('keeps only the host when even the last part is too long', () => {
    expect(kortUrl(`https://example.org/a/${'x'.repeat(80)}`)).toBe('example.org/…');
  });
});
