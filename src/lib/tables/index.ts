// The public surface of src/lib/tables for the rest of the site (see README.md); tests may import its modules directly.
export { type SortKolonne, type TabellTilstand, type TiltakRad } from './tiltakFilter.ts';
export { tiltakJson, tiltakTabell } from './tiltakTabell.ts';
export { tiltakCeller, type Celle, type CelleDel } from './tiltakCeller.ts';
export {
  alleSider,
  antallSider,
  lesSide,
  SIDE_RADER,
  sideAv,
  sideHref,
  sidePaths,
  type Side,
  type SideLenke,
} from './paging.ts';
