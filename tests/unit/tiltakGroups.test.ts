import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import {
  tabellUtdragForDelmal,
  temaInnhold,
  tiltakForDelmal,
  tiltakGruppert,
} from '../../src/lib/model/tiltakGroups.ts';
import { verden } from '../helpers/pageWorld.ts';

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

describe('themes', () => {
  it('collects delmål and tiltak of a theme pilot by pilot', () => {
    const g = temaInnhold(verden(), 'mobilitet');
    expect(g.map((x) => x.pilot.id)).toEqual(['testpilot']);
    expect(g[0].delmal.map((d) => d.id)).toEqual(['testpilot-d2']);
    expect(g[0].tiltak.map((t) => t.id)).toEqual(['testpilot-2025-d1-2', 'testpilot-2025-t1']);
  });
});

describe('on the valid fixture', () => {
  it('groups content loaded from disk', () => {
    const { collections } = loadContent('tests/fixtures/gyldig');
    expect(tiltakGruppert(collections, 'testpilot-2025')[0].tiltak.map((t) => t.id)).toEqual([
      'testpilot-2025-d1-1',
    ]);
  });
});
