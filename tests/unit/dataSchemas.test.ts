import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema, tableSchema } from '../../src/lib/publishing/dataSchemas.ts';
import { csvRows, exportRows, toCsv } from '../../src/lib/publishing/exports.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { validateCsv } from '../helpers/tableSchema.ts';

const { collections: c } = loadContent();
const SITE = 'https://bygdevekstatlas.no/';
const csvBytes = (rows: Record<string, unknown>[]) => Buffer.from(toCsv(rows), 'utf8');

describe('the Table Schema of a CSV file', () => {
  it('has one column per flattened field, typed from the zod schema', () => {
    const fields = tableSchema('piloter').fields;
    const field = (n: string) => fields.find((f) => f.name === n);
    expect(field('pulje')).toMatchObject({ type: 'integer', constraints: { required: true } });
    expect(field('avtale.status')?.constraints.enum).toEqual([
      'signert',
      'usignert-utkast',
      'ikke-registrert',
    ]);
    expect(field('penger.bygdevekstmidler')).toMatchObject({
      type: 'integer',
      constraints: { required: false },
    });
    expect(field('kommuner')).toMatchObject({ type: 'string', constraints: { required: false } });
    expect(field('avtale')).toBeUndefined();
  });
  it('gives the capacity diamond one optional number column per dimension', () => {
    const dims = tableSchema('kapasitetsdiamant').fields.filter((f) => f.name.startsWith('dimensjoner.'));
    expect(dims.map((f) => f.name)).toEqual([
      'dimensjoner.utviklingskultur',
      'dimensjoner.tidsressurser',
      'dimensjoner.utviklingskompetanse',
      'dimensjoner.utviklingsokonomi',
      'dimensjoner.utviklingsledelse',
    ]);
    expect(dims.every((f) => f.type === 'number' && !f.constraints.required)).toBe(true);
  });
});

describe('a changed column fails its schema', () => {
  const rows = exportRows('tiltak', c);
  it('finds tiltak to check', () => expect(rows.length).toBeGreaterThan(20));
  it('accepts the real rows', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validate(exportJsonSchema('tiltak', SITE), rows)).toBe(true);
    expect(validateCsv(csvBytes(csvRows('tiltak', c)), tableSchema('tiltak'))).toEqual([]);
  });
  it('rejects a plan year written as text, in the JSON and in the CSV', () => {
    const planted = rows.map((r, i) => (i === 0 ? { ...r, plan: `${String(r.plan)} (plan)` } : r));
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validate(exportJsonSchema('tiltak', SITE), planted)).toBe(false);
    expect(ajv.errorsText()).toMatch(/\/0\/plan must be integer/);
    expect(validateCsv(csvBytes(planted), tableSchema('tiltak'))).toEqual([
      `rad 2, plan: «${String(rows[0].plan)} (plan)» er ikke integer`,
    ]);
  });
  it('rejects a renamed column and a value outside its list', () => {
    const renamed = rows.map(({ nr, ...r }) => ({ nummer: nr, ...r }));
    expect(validateCsv(csvBytes(renamed), tableSchema('tiltak'))[0]).toMatch(/^kolonnene er /);
    const badStatus = rows.map((r, i) => (i === 1 ? { ...r, status: 'kanskje' } : r));
    expect(validateCsv(csvBytes(badStatus), tableSchema('tiltak'))).toEqual([
      expect.stringMatching(/^rad 3, status: «kanskje» er ikke en av /),
    ]);
  });
  it('rejects the wrong dialect: no BOM, LF line ends, a comma file', () => {
    const text = toCsv(rows);
    const noBom = Buffer.from(text.slice(1), 'utf8');
    expect(validateCsv(noBom, tableSchema('tiltak'))).toContain('mangler UTF-8-BOM');
    const lf = Buffer.from(text.replace(/\r\n/g, '\n'), 'utf8');
    expect(validateCsv(lf, tableSchema('tiltak')).join('\n')).toMatch(/CRLF/);
    const comma = Buffer.from(text.replace(/;/g, ','), 'utf8');
    expect(validateCsv(comma, tableSchema('tiltak'))[0]).toMatch(/^kolonnene er /);
  });
});
