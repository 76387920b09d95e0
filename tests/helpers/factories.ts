/**
 * The factories of the test worlds, in one place: small valid inputs for each schema, with
 * overrides, so tests change one thing at a time; and `entry`, which puts an input through its
 * real schema (budgetWorld, laeringWorld and pageWorld build their worlds from these).
 */
import type { z } from 'astro/zod';
import type { Entry } from '../../src/lib/loading/loadContent.ts';

/** An entry as the loader gives it, its data parsed (defaults included) by the real schema. */
export function entry<S extends z.ZodType>(schema: S, id: string, input: unknown): Entry<z.output<S>> {
  return { id, file: `fixture/${id}`, data: schema.parse(input), body: '' };
}

export const validPilot = (o: Record<string, unknown> = {}) => ({
  navn: 'Testpiloten',
  fylke: 'Trøndelag',
  pulje: 1,
  valgt: '2022-11-24',
  avtale: {
    status: 'signert',
    signert: '2024-04-30',
    periodeFra: 2024,
    periodeTil: 2027,
    periodeTekst: '2024 – 2027',
  },
  kilder: [{ url: 'https://example.org/a' }],
  ...o,
});
export const validDelmal = (o: Record<string, unknown> = {}) => ({
  pilot: 'testpilot',
  nr: 1,
  tittel: 'Øke boligbyggingen',
  tema: ['bolig'],
  kilde: { dokument: 'testdok', linjer: [1, 2] },
  ...o,
});
export const validTiltak = (o: Record<string, unknown> = {}) => ({
  plan: 'testpilot-2025',
  delmal: 'testpilot-d1',
  nr: '1',
  tittel: 'Boligtiltak',
  status: 'hovedprosjekt',
  statusTekst: 'Hovedprosjekt',
  hovedansvarligTekst: null,
  samarbeidsparterTekst: null,
  tidsramme: null,
  finansiering: [{ kilde: 'bygdevekstmidler', belop: 100000, aar: 2025, linjer: [3, 3] }],
  tema: ['bolig'],
  kilde: { dokument: 'testdok', linjer: [3, 9] },
  ...o,
});
export const validPlan = (o: Record<string, unknown> = {}) => ({
  pilot: 'testpilot',
  aar: 2025,
  tittel: 'Handlingsplan 2025',
  dokument: 'testdok',
  kilde: { dokument: 'testdok', linjer: [1, 99] },
  ...o,
});
export const validKommune = (o: Record<string, unknown> = {}) => ({
  navn: 'Røyrvik',
  andreNavn: [{ navn: 'Raarvihke', sprak: 'sorsamisk' }],
  fylke: 'Trøndelag',
  kommunenummer: '5043',
  pilot: 'indre-namdal',
  folketall: { antall: 461, aar: 2024, kilde: { url: 'https://example.org/f' } },
  areal: null,
  sentralitet: null,
  kommunenummerKilde: { url: 'https://example.org/k' },
  ...o,
});
