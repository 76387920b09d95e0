/** All content schemas, by collection name. The collection config and the validator both use this. */
import { aktorSchema } from './aktor.ts';
import { delmalSchema } from './delmal.ts';
import { handlingsplanSchema } from './handlingsplan.ts';
import { initiativSchema } from './initiativ.ts';
import { kapasitetsdiamantSchema } from './kapasitetsdiamant.ts';
import { kildeSchema } from './kilde.ts';
import { kommuneSchema } from './kommune.ts';
import { laeringSchema } from './laering.ts';
import { pilotSchema } from './pilot.ts';
import { sideSchema } from './side.ts';
import { temaSchema } from './tema.ts';
import { tiltakSchema } from './tiltak.ts';

/** Collection name → folder under content/, file kind and schema. */
export const COLLECTIONS = {
  piloter: { folder: 'piloter', format: 'mdx', schema: pilotSchema },
  delmal: { folder: 'delmal', format: 'mdx', schema: delmalSchema },
  handlingsplaner: { folder: 'handlingsplaner', format: 'mdx', schema: handlingsplanSchema },
  tiltak: { folder: 'tiltak', format: 'mdx', schema: tiltakSchema },
  kommuner: { folder: 'kommuner', format: 'yaml', schema: kommuneSchema },
  aktorer: { folder: 'aktorer', format: 'yaml', schema: aktorSchema },
  tema: { folder: 'tema', format: 'yaml', schema: temaSchema },
  kilder: { folder: 'kilder', format: 'yaml', schema: kildeSchema },
  sider: { folder: 'sider', format: 'mdx', schema: sideSchema },
  initiativer: { folder: 'initiativer', format: 'mdx', schema: initiativSchema },
  laering: { folder: 'laering', format: 'yaml', schema: laeringSchema },
  kapasitetsdiamant: { folder: 'kapasitetsdiamant', format: 'yaml', schema: kapasitetsdiamantSchema },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
/** The collection names, in the order of COLLECTIONS (the one list; nothing names them by hand). */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export {
  aktorSchema,
  delmalSchema,
  handlingsplanSchema,
  initiativSchema,
  kapasitetsdiamantSchema,
  kildeSchema,
  kommuneSchema,
  laeringSchema,
  pilotSchema,
  sideSchema,
  temaSchema,
  tiltakSchema,
};
