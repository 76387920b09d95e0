import { describe, expect, it } from 'vitest';
import {
  alleEndringer,
  belopsendring,
  planEndring,
  planPar,
  sammenlign,
} from '../../src/lib/plans/changes.ts';
import { endringerRows } from '../../src/lib/publishing/exports.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { EXPORTS } from '../../src/schemas/exports.ts';
import { linje, plan, tiltak, world } from '../helpers/budgetWorld.ts';

const p2025 = plan({ aar: 2025 }, 'testpilot-2025');
const endring = (o: Record<string, unknown>) => ({
  delmal: 1,
  statusTekst: 'som trykt',
  begrunnelse: 'Planen sier hvorfor.',
  videreI: [],
  kilde: { dokument: 'testdok', linjer: [50, 52] },
  ...o,
});
const p2026 = (endringer: Record<string, unknown>[] = []) =>
  plan(
    { aar: 2026, tittel: 'Handlingsplan 2026', endringerFraForrige: endringer.map(endring) },
    'testpilot-2026',
  );

const t25 = (n: number, o: Record<string, unknown> = {}) =>
  tiltak(`testpilot-2025-d1-${n}`, { plan: 'testpilot-2025', tittel: `Tiltak ${n}`, ...o });
const t26 = (n: number, o: Record<string, unknown> = {}) =>
  tiltak(`testpilot-2026-d1-${n}`, {
    plan: 'testpilot-2026',
    tittel: `Tiltak ${n}`,
    finansiering: [linje('bygdevekstmidler', 100000, 2026)],
    ...o,
  });

describe('belopsendring', () => {
  it('gives kroner and per cent, one decimal', () => {
    expect(belopsendring(4_000_000, 3_000_000)).toEqual({
      for: 4_000_000,
      etter: 3_000_000,
      kroner: -1_000_000,
      prosent: -25,
    });
    expect(belopsendring(300_000, 400_000).prosent).toBe(33.3);
  });
  it('computes nothing when a side is unknown, or from zero in per cent', () => {
    expect(belopsendring(null, 5)).toEqual({ for: null, etter: 5, kroner: null, prosent: null });
    expect(belopsendring(0, 5)).toEqual({ for: 0, etter: 5, kroner: 5, prosent: null });
    expect(belopsendring(1, 5, false).kroner).toBeNull();
  });
});

describe('sammenlign: two plans of one pilot', () => {
  const c = world({
    handlingsplaner: [
      p2025,
      p2026([
        { nr: '3', tittel: 'Tiltak 3', status: 'avsluttes' },
        { nr: '4', tittel: 'Tiltak 4', status: 'revideres-og-viderefores', videreI: ['testpilot-2026-d1-9'] },
        { nr: '5', tittel: 'Tiltak 5', status: 'slas-sammen', videreI: ['testpilot-2026-d1-1'] },
      ]),
    ],
    tiltak: [
      t25(1, {
        finansiering: [
          linje('bygdevekstmidler', 4_000_000, 2025),
          linje('kommunal-egenandel', 500_000, 2025),
        ],
      }),
      t25(2, { finansiering: [] }),
      t25(3),
      t25(4, { finansiering: [linje('bygdevekstmidler', 200_000, 2025)] }),
      t25(5, { finansiering: [linje('bygdevekstmidler', 50_000, 2025)] }),
      t25(6, { tittel: 'Falt ut' }),
      t26(1, {
        nr: '2',
        finansiering: [
          linje('bygdevekstmidler', 3_000_000, 2026),
          linje('kommunal-egenandel', 500_000, 2026),
        ],
      }),
      t26(9, { tittel: 'Nytt navn på tiltak 4', finansiering: [linje('bygdevekstmidler', 250_000, 2026)] }),
      t26(7, { tittel: 'Helt nytt', delmal: 'testpilot-d2' }),
      t26(8, { tittel: 'Tiltak 2', delmal: 'testpilot-d2' }),
    ],
  });
  const par = sammenlign(c, c.handlingsplaner[0], c.handlingsplaner[1]);
  const av = (id: string) => par.tiltak.find((e) => e.for?.id === id || e.etter.some((s) => s.id === id))!;

  it('places every tiltak of both plans exactly once', () => {
    const ids = par.tiltak.flatMap((e) => [e.for?.id, ...(e.type === 'ny' ? e.etter.map((s) => s.id) : [])]);
    expect(ids.filter(Boolean).sort()).toEqual(
      [
        ...c.tiltak.filter((t) => t.data.plan === 'testpilot-2025').map((t) => t.id),
        'testpilot-2026-d1-7',
        'testpilot-2026-d1-8',
      ].sort(),
    );
    expect(par.antall).toEqual({ videreført: 2, 'slått-sammen': 1, avsluttet: 1, 'falt-bort': 2, ny: 2 });
  });

  it('continues by delmål and title where the plan says nothing, flagging a new number, with the budget cut', () => {
    const e = av('testpilot-2025-d1-1');
    expect(e).toMatchObject({
      type: 'videreført',
      kobling: 'delmal-og-tittel',
      nrEndret: true,
      tittelEndret: false,
    });
    expect(e.etter.map((s) => s.id)).toEqual(['testpilot-2026-d1-1']);
    // testpilot-2026-d1-1 also receives tiltak 5 (merged): the per-tiltak difference would mix two tiltak.
    expect(e.belop).toEqual({ for: 4_500_000, etter: 3_500_000, kroner: null, prosent: null });
  });

  it("continues by the plan's explicit link, showing the new title and the change in kroner and per cent", () => {
    const e = av('testpilot-2025-d1-4');
    expect(e).toMatchObject({ type: 'videreført', kobling: 'oppgitt', tittelEndret: true, nrEndret: true });
    expect(e.oppgitt?.kilde.linjer).toEqual([50, 52]);
    expect(e.belop).toEqual({ for: 200_000, etter: 250_000, kroner: 50_000, prosent: 25 });
  });

  it('keeps stated ends and merges apart from tiltak that fell away without a word', () => {
    expect(av('testpilot-2025-d1-3')).toMatchObject({ type: 'avsluttet', etter: [] });
    expect(av('testpilot-2025-d1-3').oppgitt?.begrunnelse).toBe('Planen sier hvorfor.');
    expect(av('testpilot-2025-d1-5').type).toBe('slått-sammen');
    expect(av('testpilot-2025-d1-6')).toMatchObject({ type: 'falt-bort', oppgitt: null });
    // Same title under another delmål is not the same tiltak.
    expect(av('testpilot-2025-d1-2').type).toBe('falt-bort');
    expect(av('testpilot-2026-d1-8').type).toBe('ny');
  });

  it('compares totals per delmål, per funding source and in all, each plan on its own', () => {
    expect(par.total).toEqual(
      belopsendring(4_500_000 + 100_000 * 2 + 200_000 + 50_000, 3_500_000 + 250_000 + 200_000),
    );
    expect(par.perKilde.map((k) => k.id)).toEqual(['bygdevekstmidler', 'kommunal-egenandel']);
    expect(par.perKilde[1].belop).toMatchObject({ for: 500_000, etter: 500_000, kroner: 0, prosent: 0 });
    expect(par.perDelmal.map((d) => d.nr)).toEqual([1, 2]);
    expect(par.perDelmal[1].belop).toMatchObject({ for: null, etter: 200_000, kroner: null });
  });

  it('gives each entry an id from content ids, unique', () => {
    const ids = par.tiltak.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('testpilot-2026:testpilot-2025-d1-6');
  });
});

describe('one-sided history when the earlier plan is missing', () => {
  const c = world({
    handlingsplaner: [
      p2026([
        { nr: '1', tittel: 'Gammelt tiltak', status: 'viderefores', videreI: ['testpilot-2026-d1-1'] },
        { nr: '2', tittel: 'Ferdig', status: 'avsluttes' },
      ]),
    ],
    tiltak: [t26(1, { tittel: 'Nytt navn' }), t26(2, { status: 'ny' }), t26(3)],
  });
  const par = planEndring(c, 'testpilot-2026')!;
  it('shows only what the plan states, and computes no difference', () => {
    expect(par.ensidig).toBe(true);
    expect(par.fra).toBeNull();
    expect(par.total).toBeNull();
    expect(par.perDelmal).toEqual([]);
    expect(par.tiltak.every((e) => e.belop.kroner === null)).toBe(true);
    expect(par.antall).toEqual({ videreført: 1, 'slått-sammen': 0, avsluttet: 1, 'falt-bort': 0, ny: 1 });
    expect(par.tiltak.find((e) => e.type === 'videreført')).toMatchObject({
      tittelEndret: true,
      for: { id: null, tittel: 'Gammelt tiltak' },
    });
  });
  it('makes no pair for a first plan that states nothing', () => {
    const c2 = world({ handlingsplaner: [p2025], tiltak: [t25(1)] });
    expect(planPar(c2)).toEqual([]);
    expect(planEndring(c2, 'testpilot-2025')).toBeNull();
  });
  it('handles any number of plans: one pair per consecutive plan', () => {
    const c3 = world({
      handlingsplaner: [p2025, p2026(), plan({ aar: 2027, tittel: 'Handlingsplan 2027' }, 'testpilot-2027')],
      tiltak: [t25(1), t26(1)],
    });
    expect(alleEndringer(c3).map((p) => [p.fra?.aar, p.til.aar])).toEqual([
      [2025, 2026],
      [2026, 2027],
    ]);
  });
});

describe('on the real content', () => {
  const { collections: c } = loadContent();
  it('finds the plans', () => expect(c.handlingsplaner.length).toBeGreaterThan(0));
  it('shows Rindal og Holtålen 2025 as one-sided history of its 2024 tiltak while no 2024 plan exists', () => {
    const plan2025 = c.handlingsplaner.find((h) => h.id === 'rindal-holtalen-2025')!;
    const has2024 = c.handlingsplaner.some((h) => h.data.pilot === 'rindal-holtalen' && h.data.aar === 2024);
    const par = planEndring(c, 'rindal-holtalen-2025')!;
    expect(par.ensidig).toBe(!has2024);
    if (!has2024) {
      const stated = par.tiltak.filter((e) => e.oppgitt !== null);
      expect(stated).toHaveLength(plan2025.data.endringerFraForrige.length);
      expect(par.tiltak.every((e) => e.belop.kroner === null)).toBe(true);
      // delmål 3 tiltak 4 (flyktninger) is merged into 2025 d3-3, as the plan states at lines 986–994.
      const merged = stated.find((e) => e.for?.tittel === 'Arbeidsinkludering av flyktninger')!;
      expect(merged.type).toBe('slått-sammen');
      expect(merged.etter.map((s) => s.id)).toEqual(['rindal-holtalen-2025-d3-3']);
      expect(merged.oppgitt?.kilde.linjer).toEqual([986, 994]);
      expect(par.antall.avsluttet).toBe(
        plan2025.data.endringerFraForrige.filter((e) => e.status === 'avsluttes' || e.status === 'utgar')
          .length,
      );
    }
  });
});

describe('/data/endringer rows', () => {
  const { collections: c } = loadContent();
  const rows = endringerRows(c);
  it('has a row per entry of every pair, each valid against the published schema', () => {
    expect(rows.length).toBe(alleEndringer(c).reduce((n, p) => n + p.tiltak.length, 0));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) EXPORTS.endringer.schema.parse(r);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
  it('cites the statement lines of a stated change', () => {
    const r = rows.find((x) => x.forTittel === 'Utlånsforskriften som ledd i boligutvikling i distriktet')!;
    expect(r).toMatchObject({ type: 'avsluttet', oppgittStatus: 'Avsluttes', endringKroner: null });
    expect(r.kildeOppgitt).toMatch(/linje 353–359$/);
  });
});
