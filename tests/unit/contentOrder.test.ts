import { describe, expect, it } from 'vitest';
import { kommunerSortert } from '../../src/lib/model/contentOrder.ts';
import { verden } from '../helpers/pageWorld.ts';

describe('ordering', () => {
  it('sorts kommuner the Norwegian way (Å last)', () => {
    expect(kommunerSortert(verden()).map((k) => k.data.navn)).toEqual(['Testby', 'Zby', 'Åby']);
    expect(kommunerSortert(verden(), 'annen').map((k) => k.id)).toEqual(['zby']);
  });
});
