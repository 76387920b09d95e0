// The public surface of src/lib/checks for the rest of the site (see README.md); tests may import its modules directly.
export { type InitiativAvvik, findInitiativAvvik } from './diamond.ts';
export { avvikFor, findAvvik } from './engine.ts';
export { type Avvik } from './finding.ts';
export { avvikReport, describeAvvik, dokumentTitler, regelTittel, type KildeTekst } from './report.ts';
