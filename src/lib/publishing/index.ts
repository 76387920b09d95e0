// The public surface of src/lib/publishing for the rest of the site (see README.md); tests may import its modules directly.
export { contentSecurityPolicy, EMBED_PATH_PATTERN, isEmbedPath } from './csp.ts';
export { fieldDocs } from './exportDocs.ts';
export { csvRows, exportRows, toCsv } from './exports.ts';
export { atomXml, feedEntries, type FeedEntry, type FeedMeta } from './feed.ts';
export {
  CONTENT_TYPES,
  contentTypeFor,
  headersFor,
  hostRules,
  isCompressible,
  netlifyHeaders,
  nginxSnippet,
  type HostRule,
} from './hostHeaders.ts';
export { feedPath, kommuneFeedEntries, pilotFeedEntries } from './folgFeed.ts';
export {
  CSV_DIALEKT,
  dataPackage,
  EXPORT_NAMES,
  exportJsonSchema,
  LISENS,
  schemaPath,
  tableSchema,
  type JsonSchema,
  type TableField,
  type TableSchema,
} from './dataSchemas.ts';
export { katalog, KATALOG_PATH, modifiedDate } from './katalog.ts';
export {
  document as ldDocument,
  jsonLdScript,
  PREFIXES,
  toQuads,
  toTurtle,
  type LdDocument,
  type LdNode,
} from './rdf.ts';
export { linkedDataDump, linkedDataNodes, pageJsonLd, VOKABULAR, type VokabularTerm } from './linkedData.ts';
