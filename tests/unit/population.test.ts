import { describe, expect, it } from 'vitest';
import { folketall, pilotFolketall } from '../../src/lib/model/population.ts';
import { verden } from '../helpers/pageWorld.ts';

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
