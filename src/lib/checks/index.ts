// The public surface of src/lib/checks for the rest of the site (see README.md); tests may import its modules directly.
export {
  type Avvik,
  avvikFor,
  avvikReport,
  describeAvvik,
  dokumentTitler,
  findAvvik,
  findInitiativAvvik,
  type InitiativAvvik,
  regelTittel,
} from './checks.ts';
