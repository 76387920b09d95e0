import { describe, expect, it } from 'vitest';
import {
  aktorForKommune,
  aktorOversikt,
  aktorRoller,
  kommuneForAktor,
} from '../../src/lib/model/aktorRoles.ts';
import { aktorSchema } from '../../src/schemas/index.ts';
import { verden } from '../helpers/pageWorld.ts';

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
