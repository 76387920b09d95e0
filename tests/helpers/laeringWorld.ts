/**
 * Small worlds for the learning tests: initiatives, lessons and capacity diamonds built through
 * the real schemas, on top of budgetWorld's pilot (kommuner «testby» and «annenby»).
 */
import { initiativSchema, kapasitetsdiamantSchema, laeringSchema } from '../../src/schemas/index.ts';
import { entry } from './factories.ts';

type O = Record<string, unknown>;
const K = (a: number, b = a) => ({ dokument: 'testdok', linjer: [a, b] });

export const initiativ = (id: string, o: O = {}) =>
  entry(initiativSchema, id, {
    navn: `Satsing ${id}`,
    beskrivelse: 'En satsing for testene.',
    slag: 'fylkeskommunal-satsing',
    eier: { tekst: 'Testfylket', kilde: K(1) },
    periode: { tekst: null, fra: 2023, til: 2026, kilder: [K(2)] },
    kommuner: [{ navn: 'Utenforby' }, { navn: 'Fjernby' }],
    kommunerKilde: K(3),
    tema: ['bolig'],
    premiss: { tekst: 'Et premiss.', kilde: K(4) },
    metode: { tekst: 'En metode.', kilde: K(5) },
    rekkefolge: 0,
    kilde: K(1, 9),
    ...o,
  });

export const laerdom = (id: string, o: O = {}) =>
  entry(laeringSchema, id, {
    slag: 'erfaring',
    pastand: `Lærdom ${id}`,
    laertAv: { initiativ: 'satsing' },
    belegg: [{ tekst: 'Belegget.', kilde: K(10, 12) }],
    tema: ['bolig'],
    kilde: K(10, 12),
    ...o,
  });

export const diamant = (id: string, runder: O[], o: O = {}) =>
  entry(kapasitetsdiamantSchema, id, {
    initiativ: 'satsing',
    kommune: 'Utenforby',
    runder,
    kilde: K(20, 30),
    ...o,
  });

/** A round; `skar` maps dimension ids to stated scores. */
export const runde = (navn: string, sum: number | null, skar: Record<string, number> = {}) => ({
  runde: navn,
  sum: sum === null ? null : { verdi: sum, kilde: K(21) },
  dimensjoner: Object.entries(skar).map(([dimensjon, s], i) => ({ dimensjon, skar: s, kilde: K(22 + i) })),
});
