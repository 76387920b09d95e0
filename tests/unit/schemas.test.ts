import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'astro/zod';
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
import type { Tiltak } from '../../src/schemas/tiltak.ts';
import { norskFeilmelding } from '../../src/lib/loading/norskFeil.ts';
import { validDelmal, validKommune, validPilot, validPlan, validTiltak } from '../helpers/factories.ts';

/** Parses like the validator does and returns the first message for `path`, or undefined if valid. */
function messageFor(schema: z.ZodType, input: unknown, path: string): string | undefined {
  const r = schema.safeParse(input, { error: norskFeilmelding });
  if (r.success) return undefined;
  return (
    r.error.issues.find((i) => i.path.join('.') === path)?.message ??
    `(ingen feil på ${path}: ${JSON.stringify(r.error.issues)})`
  );
}

describe('valid entries parse, with defaults filled in', () => {
  it('pilot', () => {
    const p = pilotSchema.parse(validPilot());
    expect(p.avtale.parter).toEqual([]);
    expect(p.ukjent).toEqual([]);
  });
  it('tiltak, turning YAML dates and defaults into plain values', () => {
    const t = tiltakSchema.parse(validTiltak());
    expect(t.andreTitler).toEqual([]);
    expect(t.hovedansvarlige).toEqual([]);
    expectTypeOf(t).toEqualTypeOf<Tiltak>();
    expectTypeOf(t.finansiering[0].belop).toEqualTypeOf<number | null>();
  });
  it('handlingsplan with a YAML Date object as a decision date', () => {
    const p = handlingsplanSchema.parse(
      validPlan({
        vedtak: [
          {
            organ: 'styringsgruppen',
            hva: 'vedtatt',
            dato: new Date('2025-12-05'),
            kilde: { dokument: 'testdok', linjer: [7, 7] },
          },
        ],
      }),
    );
    expect(p.vedtak[0].dato).toBe('2025-12-05');
  });
  it('delmål, kommune, aktør, tema, kilde', () => {
    expect(delmalSchema.parse(validDelmal()).samarbeidsparter).toEqual([]);
    expect(kommuneSchema.parse(validKommune()).andreNavn[0].sprak).toBe('sorsamisk');
    expect(aktorSchema.parse({ navn: 'Husbanken', type: 'stat' }).aliaser).toEqual([]);
    expect(temaSchema.parse({ navn: 'Bolig', beskrivelse: 'Boliger', rekkefolge: 1 }).navn).toBe('Bolig');
    expect(
      kildeSchema.parse({
        tittel: 'T',
        utgiver: 'U',
        dato: null,
        seed: '000_f4bc9484f28f17cc.txt',
        beskrivelse: 'B',
        brukt: 'A',
      }).dato,
    ).toBeNull();
  });
});

describe('bad input is rejected with a Norwegian message naming what was expected', () => {
  it.each([
    [
      'amount as text',
      validTiltak({
        finansiering: [{ kilde: 'bygdevekstmidler', belop: '375 000', aar: 2026, linjer: [1, 1] }],
      }),
      'finansiering.0.belop',
      /forventet et beløp i hele kroner/,
    ],
    [
      'amount with øre',
      validTiltak({ finansiering: [{ kilde: 'bygdevekstmidler', belop: 12.5, aar: 2026, linjer: [1, 1] }] }),
      'finansiering.0.belop',
      /ikke øre/,
    ],
    [
      'negative amount',
      validTiltak({ finansiering: [{ kilde: 'bygdevekstmidler', belop: -1, aar: 2026, linjer: [1, 1] }] }),
      'finansiering.0.belop',
      /negativt/,
    ],
    [
      'unknown funding source',
      validTiltak({ finansiering: [{ kilde: 'lotto', belop: 1, aar: 2026, linjer: [1, 1] }] }),
      'finansiering.0.kilde',
      /forventet en finansieringskilde/,
    ],
    [
      'year before the scheme',
      validTiltak({ finansiering: [{ kilde: 'annet', belop: 1, aar: 2019, linjer: [1, 1] }] }),
      'finansiering.0.aar',
      /2022 eller senere/,
    ],
    ['unknown status', validTiltak({ status: 'ferdig' }), 'status', /forventet en status: hovedprosjekt/],
    [
      'line range backwards',
      validTiltak({ kilde: { dokument: 'testdok', linjer: [9, 3] } }),
      'kilde.linjer',
      /første linje må komme før siste/,
    ],
    [
      'citation with neither document nor URL',
      validTiltak({ kilde: { linjer: [1, 2] } }),
      'kilde',
      /enten dokument .* eller url/,
    ],
    [
      'id with capitals and æøå',
      validTiltak({ plan: 'Røyrvik-2025' }),
      'plan',
      /forventet en id med små bokstaver/,
    ],
    ['missing title', validTiltak({ tittel: undefined }), 'tittel', /mangler/],
    ['no theme', validTiltak({ tema: [] }), 'tema', /minst ett tema/],
  ])('tiltak: %s', (_n, input, path, message) => {
    expect(messageFor(tiltakSchema, input, path)).toMatch(message);
  });

  it.each([
    [
      'a date that cannot exist',
      validPilot({ avtale: { ...validPilot().avtale, signert: '2024-02-30' } }),
      'avtale.signert',
      /finnes ikke i kalenderen/,
    ],
    [
      'a date far outside the scheme',
      validPilot({ avtale: { ...validPilot().avtale, signert: '2204-04-30' } }),
      'avtale.signert',
      /utenfor perioden/,
    ],
    ['an unknown fylke', validPilot({ fylke: 'Oslo' }), 'fylke', /forventet et fylke/],
    ['pulje 3', validPilot({ pulje: 3 }), 'pulje', /pulje 1 eller 2/],
    ['no kommuner', validPilot({ kommuner: [] }), 'kommuner', /minst én kommune/],
    ['no sources', validPilot({ kilder: [] }), 'kilder', /minst én kilde/],
  ])('pilot: %s', (_n, input, path, message) => {
    expect(messageFor(pilotSchema, input, path)).toMatch(message);
  });

  it.each([
    ['unknown field', validPlan({ totalsum: 5 }), '', /ukjent felt «totalsum»/],
    ['plan year 2035', validPlan({ aar: 2035 }), 'aar', /2030 eller tidligere/],
    [
      'stated table cell with øre',
      validPlan({
        oppgitteTabeller: [
          {
            id: 't',
            tittel: 'T',
            kolonner: [{ id: 'a', etikett: 'A' }],
            rader: [{ etikett: 'r', delmal: 1, verdier: { a: 1.5 }, linjer: [1, 1] }],
            sum: null,
            kilde: { dokument: 'd' },
          },
        ],
      }),
      'oppgitteTabeller.0.rader.0.verdier.a',
      /hele kroner/,
    ],
  ])('handlingsplan: %s', (_n, input, path, message) => {
    expect(messageFor(handlingsplanSchema, input, path)).toMatch(message);
  });

  it.each([
    ['three-digit kommunenummer', validKommune({ kommunenummer: '504' }), 'kommunenummer', /firesifret/],
    [
      'unknown language',
      validKommune({ andreNavn: [{ navn: 'X', sprak: 'engelsk' }] }),
      'andreNavn.0.sprak',
      /forventet en av «nordsamisk»/,
    ],
    [
      'population as text',
      validKommune({ folketall: { antall: 'mange', aar: 2024, kilde: { url: 'https://example.org' } } }),
      'folketall.antall',
      /forventet et tall, fant teksten «mange»/,
    ],
  ])('kommune: %s', (_n, input, path, message) => {
    expect(messageFor(kommuneSchema, input, path)).toMatch(message);
  });

  it('delmål: nr must be a positive whole number', () => {
    expect(messageFor(delmalSchema, validDelmal({ nr: 0 }), 'nr')).toMatch(/minst 1/);
  });
  it('aktør: unknown type', () => {
    expect(messageFor(aktorSchema, { navn: 'X', type: 'bank' }, 'type')).toMatch(/forventet en aktørtype/);
  });
});
