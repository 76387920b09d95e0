/**
 * Every published file against its published schema (issue 26): each /data/<fil>.json against
 * /data/skjema/<fil>.json with ajv (draft 2020-12), each CSV against its Table Schema in
 * /data/datapackage.json, dialect included. A column whose type or name changes fails here
 * until the zod schema it is generated from changes with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { EXPORTS, type ExportName } from '../../src/schemas/exports.ts';
import type { TableSchema } from '../../src/lib/publishing/index.ts';
import { DIST, requireBuiltSite } from '../helpers/builtSite.ts';
import { validateCsv } from '../helpers/tableSchema.ts';

requireBuiltSite();
const names = Object.keys(EXPORTS) as ExportName[];
const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as unknown;

interface Resource {
  name: string;
  path: string;
  encoding: string;
  dialect: { delimiter: string; lineTerminator: string; header: boolean };
  schema: TableSchema;
}
const pkg = read('data/datapackage.json') as {
  profile: string;
  licenses: { path: string }[];
  resources: Resource[];
};

describe('/data/datapackage.json', () => {
  it('is a tabular data package with one resource per CSV file, under NLOD 2.0', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((r) => r.path)).toEqual(names.map((n) => `${n}.csv`));
    expect(pkg.licenses[0].path).toBe('https://data.norge.no/nlod/no/2.0');
  });
  it('states the Norwegian CSV dialect', () => {
    for (const r of pkg.resources) {
      expect(r.dialect).toMatchObject({ delimiter: ';', lineTerminator: '\r\n', header: true });
      expect(r.encoding).toBe('utf-8');
    }
  });
});

describe.each(names)('/data/%s', (name) => {
  const ajv = new Ajv2020({ strict: true });
  it('has a JSON Schema (2020-12) that the JSON file validates against', () => {
    const schema = read(`data/skjema/${name}.json`) as { $schema: string; $id: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://bygdevekstatlas.no/data/skjema/${name}.json`);
    const validate = ajv.compile(schema);
    const rows = read(`data/${name}.json`) as unknown[];
    expect(rows.length).toBeGreaterThan(0);
    const ok = validate(rows);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
  it('has a CSV that matches its Table Schema, its dialect and its encoding', () => {
    const resource = pkg.resources.find((r) => r.name === name)!;
    expect(read(`data/skjema/${name}.tabell.json`)).toEqual(resource.schema);
    expect(validateCsv(readFileSync(join(DIST, 'data', `${name}.csv`)), resource.schema)).toEqual([]);
  });
});
