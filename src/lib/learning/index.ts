// The public surface of src/lib/learning for the rest of the site (see README.md); tests may import its modules directly.
export {
  type DiamantRadar,
  diamantRadar,
  diamanterFor,
  type DiamantKommune,
  formatPoeng,
  runderI,
} from './diamant.ts';
export { laeringerForInitiativ, laeringInitiativer, laertAvNavn } from './laering.ts';
