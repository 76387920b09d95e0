import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/loading/integrity.ts';
import {
  gjelderHelePiloten,
  kommuneListeTekst,
  tiltakForKommune,
  tiltakKommuner,
} from '../../src/lib/model/kommuneTiltak.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { kommune, pilot, plan, tiltak, world } from '../helpers/budgetWorld.ts';

const kilde = { dokument: 'testdok', linjer: [3, 4] };
const c = world({
  piloter: [pilot(), pilot('annen', { navn: 'Annen', kommuner: ['fjernby'] })],
  kommuner: [kommune('testby', 1000), kommune('annenby', 500), kommune('fjernby', 10, { pilot: 'annen' })],
  handlingsplaner: [plan()],
  tiltak: [
    tiltak('testpilot-2025-d1-1'),
    tiltak('testpilot-2025-d1-2', { kommuner: ['annenby'], kommunerKilde: kilde }),
    tiltak('testpilot-2025-d1-3', { kommuner: ['annenby', 'testby'], kommunerKilde: kilde }),
  ],
});
const [hele, bareAnnenby, begge] = c.tiltak;

describe('which kommuner a tiltak is for', () => {
  it('defaults to the whole pilot; a list of all its kommuner is the whole pilot too', () => {
    expect(gjelderHelePiloten(c, hele)).toBe(true);
    // The kommuner that name the pilot, by name.
    expect(tiltakKommuner(c, hele)).toEqual(['annenby', 'testby']);
    expect(gjelderHelePiloten(c, begge)).toBe(true);
    expect(gjelderHelePiloten(c, bareAnnenby)).toBe(false);
    expect(tiltakKommuner(c, bareAnnenby)).toEqual(['annenby']);
  });

  it('puts a kommune-specific tiltak on its own kommune only, apart from the whole-pilot tiltak', () => {
    const annenby = tiltakForKommune(c, 'annenby', c.tiltak);
    expect(annenby.helePiloten.map((t) => t.id)).toEqual([hele.id, begge.id]);
    expect(annenby.bareNoen).toEqual([{ tiltak: bareAnnenby, kommuner: ['annenby'] }]);
    const testby = tiltakForKommune(c, 'testby', c.tiltak);
    expect(testby.bareNoen).toEqual([]);
    expect(testby.helePiloten.map((t) => t.id)).not.toContain(bareAnnenby.id);
  });

  it('names kommuner the Norwegian way', () => {
    expect(kommuneListeTekst(['Røyrvik'])).toBe('Røyrvik');
    expect(kommuneListeTekst(['Grong', 'Lierne', 'Røyrvik'])).toBe('Grong, Lierne og Røyrvik');
  });
});

describe('the validator checks `kommuner` on a tiltak', () => {
  const problems = (o: Record<string, unknown>) =>
    checkIntegrity({ ...c, tiltak: [tiltak('testpilot-2025-d1-9', o)] }).map(
      (p) => `${p.felt}: ${p.melding}`,
    );
  it('accepts kommuner of the pilot with a citation', () => {
    expect(problems({ kommuner: ['testby'], kommunerKilde: kilde })).toEqual([]);
  });
  it('rejects an unknown kommune, a kommune of another pilot, and a list without its citation', () => {
    expect(problems({ kommuner: ['nullby'], kommunerKilde: kilde })).toEqual([
      'kommuner[0]: viser til kommune «nullby» som ikke finnes (forventet en id fra content/kommuner/)',
    ]);
    expect(problems({ kommuner: ['fjernby'], kommunerKilde: kilde })).toEqual([
      'kommuner[0]: kommunen «fjernby» er ikke med i piloten «testpilot» (forventet en av: testby, annenby)',
    ]);
    expect(problems({ kommuner: ['testby'] })[0]).toMatch(/^kommunerKilde: kommunerKilde mangler/);
    expect(problems({ kommunerKilde: kilde })[0]).toMatch(
      /^kommuner: kommunerKilde er oppgitt uten kommuner/,
    );
  });
});

describe('on the real content', () => {
  const { collections: real } = loadContent();
  it('finds tiltak', () => expect(real.tiltak.length).toBeGreaterThan(0));
  it('every tiltak is on the page of each kommune it is for, and on no other', () => {
    for (const k of real.kommuner) {
      const egne = real.tiltak.filter((t) => tiltakKommuner(real, t).includes(k.id)).map((t) => t.id);
      const side = tiltakForKommune(real, k.id, real.tiltak);
      const vist = [...side.helePiloten, ...side.bareNoen.map((x) => x.tiltak)].map((t) => t.id);
      expect(vist.sort()).toEqual(egne.sort());
    }
  });
});
