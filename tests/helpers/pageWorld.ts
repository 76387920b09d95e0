/**
 * A small world through the real schemas, shared by the unit tests of the derivation modules
 * (contentOrder, tiltakGroups, tiltakHistory, aktorRoles, sources, population, pilotComparison).
 */
import type { Collections } from '../../src/lib/loading/loadContent.ts';
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
import { validDelmal, validKommune, validPilot, validPlan, validTiltak } from './factories.ts';

const e = <T>(id: string, data: T) => ({ id, file: `${id}.mdx`, data, body: '' });
export const ref = (linjer: [number, number]) => ({ dokument: 'testdok', linjer });

/**
 * A small world through the real schemas: pilot «testpilot» (Testby, Åby) with plans 2024 and 2025,
 * delmål 1 and 2, and a second pilot «annen» with no plan.
 */
export function verden(): Collections {
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
      e('annen', pilotSchema.parse(validPilot({ navn: 'Annen pilot' }))),
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
