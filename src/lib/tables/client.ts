// What browser code may import from src/lib/tables: modules free of build-time code, so client bundles stay small.
export {
  csvFilnavn,
  lesTilstand,
  skrivTilstand,
  type SortKolonne,
  tabellCsv,
  type TabellTilstand,
  type TiltakRad,
  visteRader,
} from './tiltakFilter.ts';
export { tiltakCeller, type Celle } from './tiltakCeller.ts';
export { lesSide, SIDE_RADER, sideAv } from './paging.ts';
