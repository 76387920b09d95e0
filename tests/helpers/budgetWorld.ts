/**
 * Small content worlds for the budget, check and chart tests. Every entry goes through the real
 * zod schema (with its defaults), so a fixture is valid content by construction; factories take
 * overrides so each test changes only what it is about.
 */
import type { Collections } from '../../src/lib/loading/loadContent.ts';
import {
  delmalSchema,
  handlingsplanSchema,
  kildeSchema,
  kommuneSchema,
  pilotSchema,
  temaSchema,
  tiltakSchema,
} from '../../src/schemas/index.ts';
import { entry, validDelmal, validKommune, validPilot, validPlan, validTiltak } from './factories.ts';

type O = Record<string, unknown>;

export const pilot = (id = 'testpilot', o: O = {}) =>
  entry(
    pilotSchema,
    id,
    validPilot({
      avtale: {
        status: 'signert',
        signert: '2024-04-30',
        periodeFra: 2024,
        periodeTil: 2027,
        periodeTekst: '2024 – 2027',
        kilder: [{ dokument: 'testdok', linjer: [1, 2] }],
      },
      ...o,
    }),
  );
export const kommune = (id: string, antall: number, o: O = {}) =>
  entry(
    kommuneSchema,
    id,
    validKommune({
      navn: id,
      andreNavn: [],
      pilot: 'testpilot',
      folketall: { antall, aar: 2024, kilde: { url: `https://example.org/folketall/${id}` } },
      ...o,
    }),
  );
export const delmal = (nr: number, o: O = {}) =>
  entry(delmalSchema, `testpilot-d${nr}`, validDelmal({ nr, tittel: `Delmål nummer ${nr}`, ...o }));
export const tema = (id: string, rekkefolge: number) =>
  entry(temaSchema, id, { navn: id[0].toUpperCase() + id.slice(1), beskrivelse: `Tema ${id}`, rekkefolge });
export const kilde = (id = 'testdok') =>
  entry(kildeSchema, id, {
    tittel: 'Testdokumentet',
    utgiver: 'Testpiloten',
    dato: '2025',
    seed: '000_f4bc9484f28f17cc.txt',
    beskrivelse: 'Et testdokument.',
    brukt: 'Alt.',
  });

/** A funding line; `linje` is where the amount stands. */
export const linje = (kilde: string, belop: number | null, aar: number | null, linje = 10) => ({
  kilde,
  belop,
  aar,
  linjer: [linje, linje],
});

export const tiltak = (id: string, o: O = {}) =>
  entry(tiltakSchema, id, validTiltak({ nr: id.split('-').at(-1), ...o }));

export const plan = (o: O = {}, id = 'testpilot-2025') => entry(handlingsplanSchema, id, validPlan(o));

/** A stated table (parsed as part of a plan); build rows with `rad`. */
export function tabell(o: {
  id?: string;
  tittel?: string;
  aar?: number;
  kolonner: O[];
  rader: O[];
  delsummer?: O[];
  sum?: O | null;
}): O {
  return {
    id: o.id ?? 'tabell',
    tittel: o.tittel ?? 'Budsjett',
    ...(o.aar === undefined ? {} : { aar: o.aar }),
    kolonner: o.kolonner,
    rader: o.rader,
    delsummer: o.delsummer ?? [],
    sum: o.sum ?? null,
    kilde: { dokument: 'testdok', linjer: [100, 199] },
  };
}

export const rad = (
  etikett: string,
  delmal: number | null,
  verdier: Record<string, number | null>,
  linje: number,
  o: O = {},
) => ({
  etikett,
  delmal,
  verdier,
  linjer: [linje, linje],
  ...o,
});

/** Collections with every name present; unspecified collections are empty. */
export function world(parts: Partial<Collections>): Collections {
  return {
    piloter: [pilot()],
    delmal: [delmal(1), delmal(2)],
    handlingsplaner: [],
    tiltak: [],
    kommuner: [kommune('testby', 1000), kommune('annenby', 500)],
    aktorer: [],
    tema: [tema('bolig', 1), tema('mobilitet', 2), tema('landbruk', 3)],
    kilder: [kilde()],
    sider: [],
    initiativer: [],
    laering: [],
    kapasitetsdiamant: [],
    ...parts,
  };
}
