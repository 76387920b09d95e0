// The public surface of src/lib/plans for the rest of the site (see README.md); tests may import its modules directly.
export {
  alleEndringer,
  type Belopsendring,
  ENDRING_TYPER,
  type EndringType,
  planEndringForAar,
  planPar,
  type PlanPar,
  type TiltakEndring,
  type TiltakSide,
} from './changes.ts';
export { planEndringer, tiltakHistorikk } from './tiltakHistory.ts';
export { nrForm } from './tiltakNr.ts';
