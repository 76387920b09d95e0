/**
 * Machine-readable schemas of the open-data files, derived from the zod row schemas in
 * src/schemas/exports.ts (pure): a JSON Schema (draft 2020-12) per JSON file and a Frictionless
 * Table Schema per CSV file, collected in a Data Package. Nothing is written twice: a field
 * added to a zod schema appears in both, and a row that no longer matches fails the tests.
 */
import { z } from 'astro/zod';
import { EXPORTS, type ExportName } from '../../schemas/exports.ts';
import { withBase } from '../urls.ts';

export const EXPORT_NAMES = Object.keys(EXPORTS) as ExportName[];

/** The licence the site states on /data/ and in its footer. */
export const LISENS = {
  navn: 'NLOD-2.0',
  tittel: 'Norsk lisens for offentlige data (NLOD) 2.0',
  url: 'https://data.norge.no/nlod/no/2.0',
} as const;

/** Where the schemas are published, relative to the site. */
export const schemaPath = {
  json: (name: ExportName) => `/data/skjema/${name}.json`,
  tabell: (name: ExportName) => `/data/skjema/${name}.tabell.json`,
};

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
}

/** The formats of JSON Schema itself; zod also writes its own (`starts_with`), which validators reject. */
const STANDARD_FORMATS = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'uri',
  'uri-reference',
  'uuid',
]);

function dropZodFormats(node: unknown): void {
  if (Array.isArray(node)) node.forEach(dropZodFormats);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.format === 'string' && !STANDARD_FORMATS.has(o.format)) delete o.format;
    Object.values(o).forEach(dropZodFormats);
  }
}

/** The JSON Schema of /data/<name>.json: an array of rows, each row exactly as the zod schema says. */
export function exportJsonSchema(name: ExportName, siteUrl: string): JsonSchema {
  const row = z.toJSONSchema(EXPORTS[name].schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonSchema;
  delete row.$schema;
  dropZodFormats(row);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL(withBase(schemaPath.json(name)), siteUrl).href,
    title: `${EXPORTS[name].tittel} (${name}.json)`,
    description: EXPORTS[name].beskrivelse,
    type: 'array',
    items: row,
  };
}

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  constraints: { required: boolean; enum?: string[] };
}

export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
}

/** The non-null alternatives of a schema, and whether null is allowed. */
function variants(s: JsonSchema): { options: JsonSchema[]; nullable: boolean } {
  if (s.anyOf) {
    const options = s.anyOf.filter((o) => o.type !== 'null');
    return { options, nullable: options.length < s.anyOf.length };
  }
  if (Array.isArray(s.type)) {
    const types = s.type.filter((t) => t !== 'null');
    return { options: types.map((type) => ({ ...s, type })), nullable: types.length < s.type.length };
  }
  return { options: [s], nullable: false };
}

const SCALAR: Record<string, TableField['type']> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
};

/**
 * The CSV columns of one JSON Schema property, the way toCsv (exports.ts) writes them: a nested
 * object becomes dotted columns, a record with named keys (the capacity diamond's dimensions) one
 * column per key, and a list one text cell joined with « | » (objects in a list as JSON).
 */
function columns(name: string, s: JsonSchema, description: string, parentNullable: boolean): TableField[] {
  const { options, nullable } = variants(s);
  const optional = nullable || parentNullable;
  const own = s.description ?? description;
  if (options.length !== 1) {
    throw new Error(`Feltet «${name}» har flere mulige typer; en CSV-kolonne trenger én.`);
  }
  const o = options[0];
  if (o.type === 'object' && o.properties) {
    return Object.entries(o.properties).flatMap(([k, p]) =>
      columns(`${name}.${k}`, p, '', optional || !(o.required ?? []).includes(k)),
    );
  }
  if (o.type === 'object' && o.propertyNames?.enum && typeof o.additionalProperties === 'object') {
    const value = o.additionalProperties;
    return o.propertyNames.enum.map(
      (k) =>
        // A key of a partial record may be missing: its column may be empty.
        columns(`${name}.${String(k)}`, value, `${own} (${String(k)})`, true)[0],
    );
  }
  if (o.type === 'array') {
    return [
      {
        name,
        type: 'string',
        description: `${own} I CSV: verdiene skilt med « | »${o.items?.type === 'object' ? ', hver som JSON' : ''}.`,
        // An empty list is an empty cell.
        constraints: { required: false },
      },
    ];
  }
  const type = SCALAR[String(o.type)];
  if (!type) throw new Error(`Feltet «${name}» har en type CSV ikke kan holde: ${String(o.type)}.`);
  const constraints: TableField['constraints'] = { required: !optional };
  if (o.enum) constraints.enum = o.enum.map(String);
  return [{ name, type, description: own, constraints }];
}

/** The Frictionless Table Schema of /data/<name>.csv. */
export function tableSchema(name: ExportName): TableSchema {
  const row = exportJsonSchema(name, 'https://example.invalid/').items!;
  const fields = Object.entries(row.properties ?? {}).flatMap(([k, p]) =>
    columns(k, p, '', !(row.required ?? []).includes(k)),
  );
  return { fields, missingValues: [''] };
}

/** The CSV dialect of every file: what Norwegian Excel opens without a wizard (csvCelle.ts). */
export const CSV_DIALEKT = {
  delimiter: ';',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

/** /data/datapackage.json: every CSV with its dialect and table schema (Frictionless Data Package v1). */
export function dataPackage(siteUrl: string, dataPer: string | null) {
  const abs = (p: string) => new URL(withBase(p), siteUrl).href;
  return {
    profile: 'tabular-data-package',
    name: 'bygdevekstatlas',
    title: 'Bygdevekstatlas: åpne data om bygdevekstavtalene',
    description:
      'Pilotene, delmålene, tiltakene og pengene i bygdevekstavtalene, med kilde til dokument og linje for hver opplysning. CSV-filene er UTF-8 med BOM, semikolon som skilletegn og CRLF som linjeskift.',
    homepage: abs('/data/'),
    ...(dataPer ? { version: dataPer } : {}),
    licenses: [{ name: LISENS.navn, path: LISENS.url, title: LISENS.tittel }],
    resources: EXPORT_NAMES.map((name) => ({
      name,
      title: EXPORTS[name].tittel,
      description: EXPORTS[name].beskrivelse,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: CSV_DIALEKT,
      schema: tableSchema(name),
    })),
  };
}
