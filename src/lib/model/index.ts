// The public surface of src/lib/model for the rest of the site (see README.md); tests may import its modules directly.
export { AKTOR_ROLLER, aktorForKommune, aktorOversikt, aktorRoller, kommuneForAktor } from './aktorRoles.ts';
export {
  delmalForPilot,
  forrigePlan,
  kommuneIderForPilot,
  kommunerSortert,
  nestePlan,
  planerForPilot,
  sistePlan,
  sorterTiltak,
  temaSortert,
} from './contentOrder.ts';
export { dataPer } from './dataPer.ts';
export {
  type Endring,
  navneliste,
  sicTittel,
  type KommuneEntry,
  type PilotEntry,
  type PlanEntry,
  type TemaEntry,
  type TiltakEntry,
} from './entries.ts';
export { type HvemSporre, hvemSporre, ORGAN_ROLLER } from './hvemSporre.ts';
export { type Indexes, indexesFor } from './indexes.ts';
export { gjelderHelePiloten, kommuneListeTekst, tiltakForKommune, tiltakKommuner } from './kommuneTiltak.ts';
export { folketall, pilotFolketall } from './population.ts';
export { kildeBruk, samleKilder, type Sitering } from './sources.ts';
export { tabellUtdragForDelmal, temaInnhold, tiltakForDelmal, tiltakGruppert } from './tiltakGroups.ts';
