import { describe, expect, it } from 'vitest';
import { world, tiltak, plan } from '../helpers/budgetWorld.ts';
import { diamant, initiativ, laerdom, runde } from '../helpers/laeringWorld.ts';
import { checkIntegrity } from '../../src/lib/loading/integrity.ts';
import { findInitiativAvvik, describeAvvik, avvikReport } from '../../src/lib/checks/index.ts';
import { diamantRadar, diamanterFor, runderI } from '../../src/lib/learning/diamant.ts';
import { laeringSchema, kapasitetsdiamantSchema } from '../../src/schemas/index.ts';
import {
  initiativSide,
  laeringHub,
  laertAvNavn,
  periodeVisning,
  temaLaering,
  tiltakLaering,
} from '../../src/views/laering.ts';
import { nationalBudget } from '../../src/lib/money/budget.ts';

const FEM = {
  utviklingskultur: 6,
  tidsressurser: 6,
  utviklingskompetanse: 7,
  utviklingsokonomi: 8,
  utviklingsledelse: 6,
};

describe('schemas', () => {
  it('a recommendation needs an addressee, and only recommendations have one', () => {
    const base = {
      pastand: 'X',
      laertAv: { initiativ: 'a' },
      belegg: [{ tekst: 'b', kilde: { dokument: 'd', linjer: [1, 2] } }],
      tema: ['bolig'],
      kilde: { dokument: 'd', linjer: [1, 2] },
    };
    expect(laeringSchema.safeParse({ ...base, slag: 'anbefaling' }).success).toBe(false);
    expect(
      laeringSchema.safeParse({ ...base, slag: 'erfaring', mottaker: { initiativ: null, tekst: 'Alle' } })
        .success,
    ).toBe(false);
    expect(
      laeringSchema.safeParse({ ...base, slag: 'anbefaling', mottaker: { initiativ: null, tekst: 'Alle' } })
        .success,
    ).toBe(true);
  });
  it('a lesson needs someone who learned it, and evidence with lines', () => {
    const base = {
      slag: 'erfaring',
      pastand: 'X',
      tema: ['bolig'],
      kilde: { dokument: 'd', linjer: [1, 2] },
    };
    expect(
      laeringSchema.safeParse({
        ...base,
        laertAv: {},
        belegg: [{ tekst: 'b', kilde: { dokument: 'd', linjer: [1, 2] } }],
      }).success,
    ).toBe(false);
    expect(laeringSchema.safeParse({ ...base, laertAv: { pilot: 'p' }, belegg: [] }).success).toBe(false);
    expect(
      laeringSchema.safeParse({
        ...base,
        laertAv: { kommuneNavn: 'Leka' },
        belegg: [{ tekst: 'b', kilde: { dokument: 'd', linjer: [1, 2] } }],
      }).success,
    ).toBe(false);
  });
  it('diamond scores are whole or half points within range, one per dimension and round', () => {
    const parse = (r: unknown) =>
      kapasitetsdiamantSchema.safeParse({
        initiativ: 'a',
        kommune: 'B',
        runder: [r],
        kilde: { dokument: 'd', linjer: [1, 2] },
      }).success;
    expect(parse(runde('r', 32.5, { utviklingskultur: 6.5 }))).toBe(true);
    expect(parse(runde('r', 32.25))).toBe(false);
    expect(parse(runde('r', 51))).toBe(false);
    expect(parse(runde('r', 20, { utviklingskultur: 11 }))).toBe(false);
    const dobbel = {
      ...runde('r', 20, { utviklingskultur: 5 }),
      dimensjoner: [
        runde('r', 20, { utviklingskultur: 5 }).dimensjoner[0],
        runde('r', 20, { utviklingskultur: 4 }).dimensjoner[0],
      ],
    };
    expect(parse(dobbel)).toBe(false);
  });
});

describe('integrity of the learning collections', () => {
  const ok = () =>
    world({
      initiativer: [initiativ('satsing')],
      laering: [laerdom('l1', { laertAv: { initiativ: 'satsing', kommuneNavn: 'Utenforby' } })],
      kapasitetsdiamant: [diamant('satsing-utenforby', [runde('våren 2024', 20)])],
    });
  it('a valid world has no problems', () => {
    expect(checkIntegrity(ok())).toEqual([]);
  });
  it('reports dangling references with file, field and a Norwegian message', () => {
    const c = ok();
    c.laering = [laerdom('l1', { tiltak: ['finnes-ikke'], initiativer: ['borte'], tema: ['ukjent'] })];
    const p = checkIntegrity(c);
    expect(p.map((x) => x.felt).sort()).toEqual(['initiativer[0]', 'tema[0]', 'tiltak[0]']);
    expect(p.find((x) => x.felt === 'tiltak[0]')!.melding).toMatch(
      /viser til tiltak «finnes-ikke» som ikke finnes/,
    );
  });
  it('a pilot kommune named as plain text in an initiative must be linked', () => {
    const c = ok();
    c.initiativer = [initiativ('satsing', { kommuner: [{ navn: 'testby' }] })];
    c.laering = [];
    c.kapasitetsdiamant = [];
    const p = checkIntegrity(c);
    expect(p).toHaveLength(1);
    expect(p[0].melding).toMatch(/er en kommune i piloten «testpilot»; forventet kommune: testby/);
  });
  it('a link must name the kommune it points at', () => {
    const c = ok();
    c.initiativer = [initiativ('satsing', { kommuner: [{ navn: 'Feilby', kommune: 'testby' }] })];
    c.laering = [];
    c.kapasitetsdiamant = [];
    expect(checkIntegrity(c).map((x) => x.felt)).toEqual(['kommuner[0].navn']);
  });
  it('a lesson or diamond kommune must be one of its initiative’s kommuner', () => {
    const c = ok();
    c.laering = [laerdom('l1', { laertAv: { initiativ: 'satsing', kommuneNavn: 'Annensteds' } })];
    c.kapasitetsdiamant = [diamant('d', [runde('våren 2024', 20)], { kommune: 'Annensteds' })];
    expect(
      checkIntegrity(c)
        .map((x) => x.felt)
        .sort(),
    ).toEqual(['kommune', 'laertAv.kommuneNavn']);
  });
  it('one diamond per kommune and initiative, one entry per round', () => {
    const c = ok();
    c.kapasitetsdiamant = [
      diamant('a', [runde('våren 2024', 20), runde('våren 2024', 21)]),
      diamant('b', [runde('våren 2024', 20)]),
    ];
    expect(
      checkIntegrity(c)
        .map((x) => x.felt)
        .sort(),
    ).toEqual(['kommune', 'runder[1].runde']);
  });
});

describe('the diamond rules in the checks engine', () => {
  const c = (runder: ReturnType<typeof runde>[]) => ({ kapasitetsdiamant: [diamant('d', runder)] });
  it('five stated scores that add to 33 against a stated 32,5 is a finding of +0,5 poeng', () => {
    const [a] = findInitiativAvvik(c([runde('høsten 2025', 32.5, FEM)]));
    expect(a).toMatchObject({
      regel: 'diamant-sum',
      oppgitt: 32.5,
      beregnet: 33,
      differanse: 0.5,
      enhet: 'poeng',
      kommune: 'Utenforby',
      runde: 'høsten 2025',
    });
    expect(a.kildeBeregnet).toHaveLength(5);
    expect(describeAvvik(a).sammenligning).toBe(
      'Oppgitt samlet skår: 32,5 poeng. Summen av de fem skårene: 33 poeng. Differanse: +0,5 poeng.',
    );
  });
  it('a total that matches its five scores is no finding', () => {
    expect(findInitiativAvvik(c([runde('høsten 2025', 33, FEM)]))).toEqual([]);
  });
  it('partial scores: fine when the total is reachable, a finding when it cannot be', () => {
    expect(findInitiativAvvik(c([runde('r', 26.5, { utviklingskultur: 5, utviklingsokonomi: 6 })]))).toEqual(
      [],
    );
    const [over] = findInitiativAvvik(c([runde('r', 10, { utviklingskultur: 6, utviklingsokonomi: 6 })]));
    expect(over).toMatchObject({ regel: 'diamant-umulig-sum', beregnet: 12, differanse: 2 });
    const [under] = findInitiativAvvik(c([runde('r', 45, { utviklingskultur: 2, utviklingsokonomi: 2 })]));
    expect(under).toMatchObject({ regel: 'diamant-umulig-sum', beregnet: 34, differanse: -11 });
  });
  it('no total or no scores stated: nothing to compare', () => {
    expect(findInitiativAvvik(c([runde('r', null, FEM), runde('s', 20)]))).toEqual([]);
  });
  it('the data-quality report lists the initiative with its findings and counts the rule', () => {
    const w = world({
      initiativer: [initiativ('satsing')],
      kapasitetsdiamant: [diamant('d', [runde('høsten 2025', 32.5, FEM)])],
    });
    const r = avvikReport(w);
    expect(r.antallInitiativ).toBe(1);
    expect(r.initiativer).toEqual([
      {
        initiativ: 'satsing',
        navn: 'Satsing satsing',
        avvik: [expect.objectContaining({ regel: 'diamant-sum' })],
      },
    ]);
    expect(r.regler.find((x) => x.id === 'diamant-sum')!.antall).toBe(1);
  });
});

describe('diamond chart', () => {
  const w = {
    kapasitetsdiamant: [
      diamant('a', [
        runde('våren 2024', 25),
        runde('høsten 2025', 20, {
          utviklingskultur: 10,
          tidsressurser: 5,
          utviklingskompetanse: 0,
          utviklingsokonomi: 2,
          utviklingsledelse: 3,
        }),
      ]),
      diamant('b', [runde('våren 2024', 50, { utviklingskultur: 4 })], { kommune: 'Fjernby' }),
    ],
  };
  const ds = diamanterFor(w, 'satsing');
  const runder = runderI(ds);
  const [fjern, utenfor] = ds.map((d) => diamantRadar(d, runder));
  it('sorts kommuner by name and keeps the rounds in order', () => {
    expect([fjern.kommune, utenfor.kommune]).toEqual(['Fjernby', 'Utenforby']);
    expect(utenfor.serier.map((s) => s.runde)).toEqual(['våren 2024', 'høsten 2025']);
  });
  it('puts a score of 10 at the end of its spoke and 0 at the centre, the first spoke straight up', () => {
    const [kultur, tid, kompetanse] = utenfor.serier[1].punkter;
    expect(kultur).toMatchObject({ navn: 'Utviklingskultur', verdi: 10, x: utenfor.cx });
    expect(kultur.y).toBe(utenfor.akser[0].y);
    expect(utenfor.akser[0].y).toBeLessThan(utenfor.cy);
    expect(kompetanse).toMatchObject({ x: utenfor.cx, y: utenfor.cy });
    // Halfway along the second spoke.
    expect(tid.x).toBeCloseTo((utenfor.cx + utenfor.akser[1].x) / 2, 0);
    expect(tid.y).toBeCloseTo((utenfor.cy + utenfor.akser[1].y) / 2, 0);
  });
  it('draws an outline only for a round with all five scores, and no mark for an unstated score', () => {
    expect(utenfor.serier[1].polygon?.split(' ')).toHaveLength(5);
    expect(utenfor.serier[0]).toMatchObject({ polygon: null, punkter: [] });
    expect(fjern.serier[0].polygon).toBeNull();
    expect(fjern.serier[0].punkter).toHaveLength(1);
    expect(fjern.serier[1].punkter).toEqual([]);
  });
  it('says every stated figure in its text alternative, and what is missing', () => {
    expect(utenfor.beskrivelse).toContain('våren 2024: ingen skår per dimensjon oppgitt, samlet skår 25');
    expect(utenfor.beskrivelse).toContain('høsten 2025: Utviklingskultur 10, Tidsressurser til utvikling 5');
    expect(fjern.beskrivelse).toContain('Utviklingsøkonomi ikke oppgitt');
    expect(fjern.beskrivelse).toContain('høsten 2025: ikke med');
  });
  it('keeps every label inside the drawing', () => {
    for (const a of utenfor.akser) {
      expect(a.tekstY).toBeGreaterThan(10);
      expect(a.tekstY + 13 * (a.linjer.length - 1)).toBeLessThan(utenfor.hoyde);
    }
    expect(utenfor.akser.find((a) => a.navn === 'Tidsressurser til utvikling')?.linjer).toEqual([
      'Tidsressurser',
      'til utvikling',
    ]);
  });
  it('the change is computed only when both totals are stated', () => {
    expect(ds.map((d) => d.endring)).toEqual([null, -5]);
    expect(
      diamanterFor({ kapasitetsdiamant: [diamant('a', [runde('v', 15), runde('h', 24.5)])] }, 'satsing')[0]
        .endring,
    ).toBe(9.5);
  });
});

describe('views', () => {
  const w = world({
    handlingsplaner: [plan()],
    tiltak: [tiltak('testpilot-2025-d1-1', { tema: ['bolig'] })],
    initiativer: [
      initiativ('satsing', { tema: ['bolig', 'mobilitet'] }),
      initiativ('annen', {
        tema: ['landbruk'],
        rekkefolge: 1,
        kommuner: [{ navn: 'testby', kommune: 'testby' }],
      }),
    ],
    laering: [
      laerdom('fra-satsing', { tema: ['bolig', 'mobilitet'] }),
      laerdom('fra-pilot', {
        laertAv: { pilot: 'testpilot' },
        slag: 'overforingsverdi',
        tiltak: ['testpilot-2025-d1-1'],
      }),
      laerdom('rad', {
        slag: 'anbefaling',
        mottaker: { initiativ: 'annen', tekst: 'Til den andre' },
        tema: ['landbruk'],
      }),
    ],
  });
  it('who learned it: pilot, initiative or a kommune outside the pilots', () => {
    expect(laertAvNavn(w, { pilot: 'testpilot' })).toEqual({
      type: 'pilot',
      id: 'testpilot',
      navn: 'Testpiloten',
    });
    expect(laertAvNavn(w, { initiativ: 'satsing', kommuneNavn: 'Utenforby' })).toEqual({
      type: 'kommune',
      id: null,
      navn: 'Satsing satsing – Utenforby',
    });
  });
  it('the hub groups lessons by theme (a lesson under each of its themes) and counts filter values', () => {
    const hub = laeringHub(w);
    expect(hub.antall).toBe(3);
    expect(hub.temaer.map((t) => [t.id, t.laerdommer.map((l) => l.id)])).toEqual([
      ['bolig', ['fra-satsing', 'fra-pilot']],
      ['mobilitet', ['fra-satsing']],
      ['landbruk', ['rad']],
    ]);
    expect(hub.filtre.initiativer).toEqual([
      { id: 'satsing', navn: 'Satsing satsing', antall: 2 },
      { id: 'annen', navn: 'Satsing annen', antall: 1 },
    ]);
    expect(hub.filtre.slag.map((s) => s.id)).toEqual(['erfaring', 'anbefaling', 'overforingsverdi']);
    expect(hub.filtre.piloter).toEqual([{ id: 'testpilot', navn: 'Testpiloten', antall: 1 }]);
  });
  it('a theme page gets pilot lessons and initiative lessons apart, and the initiatives on the theme', () => {
    const t = temaLaering(w, 'bolig');
    expect(t.fraPiloter.map((l) => l.id)).toEqual(['fra-pilot']);
    expect(t.fraSatsinger.map((l) => l.id)).toEqual(['fra-satsing']);
    expect(t.initiativer.map((i) => i.id)).toEqual(['satsing']);
    expect(temaLaering(w, 'helse')).toEqual({ fraPiloter: [], fraSatsinger: [], initiativer: [] });
  });
  it('a tiltak page gets the lessons that name it, linked', () => {
    const l = tiltakLaering(w, 'testpilot-2025-d1-1');
    expect(l.map((x) => x.id)).toEqual(['fra-pilot']);
    expect(l[0].tiltak[0].href).toBe('/tiltak/testpilot-2025-d1-1/');
  });
  it('an initiative page links only kommuner that are pilot kommuner, and lists its lessons and recommendations', () => {
    const s = initiativSide(w, 'annen');
    expect(s.kommuner).toEqual([
      {
        navn: 'testby',
        href: '/kommuner/testby/',
        pilot: { id: 'testpilot', navn: 'Testpiloten', href: '/piloter/testpilot/' },
      },
    ]);
    expect(s.laerdommer.map((l) => l.id)).toEqual(['rad']);
    expect(initiativSide(w, 'satsing').kommuner.every((k) => k.href === null)).toBe(true);
    expect(s.diamant).toBeNull();
  });
  it('periods read as years where stated, else the stated text', () => {
    expect(periodeVisning({ tekst: null, fra: 2020, til: 2022 })).toBe('2020–2022');
    expect(periodeVisning({ tekst: 'startet i 2020', fra: 2020, til: null })).toBe('fra 2020');
    expect(periodeVisning({ tekst: 'hele perioden', fra: null, til: null })).toBe('hele perioden');
  });
});

describe('initiative kommuner never count as pilot kommuner', () => {
  it('national totals and per-inhabitant figures are the same with or without initiatives and diamonds', () => {
    const base = world({ handlingsplaner: [plan()], tiltak: [tiltak('testpilot-2025-d1-1')] });
    const med = {
      ...base,
      initiativer: [initiativ('satsing')],
      kapasitetsdiamant: [diamant('d', [runde('våren 2024', 20)])],
      laering: [laerdom('l')],
    };
    expect(nationalBudget(med)).toEqual(nationalBudget(base));
  });
});
