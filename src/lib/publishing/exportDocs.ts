/**
 * The documentation of the open-data files, read from the export schemas' descriptions,
 * so the data page can never drift from what the files hold.
 */
import { z } from 'astro/zod';
import { EXPORTS, type ExportName } from '../../schemas/exports.ts';

export interface FieldDoc {
  felt: string;
  type: string;
  beskrivelse: string;
}

const TYPE_NAVN: Record<string, string> = {
  string: 'tekst',
  integer: 'heltall',
  number: 'tall',
  array: 'liste',
  object: 'objekt',
  null: 'null',
  boolean: 'sann/usann',
};

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
}

function typeOf(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeOf).join(' eller ');
  if (s.enum) return `én av ${s.enum.map((v) => `«${String(v)}»`).join(', ')}`;
  const t = Array.isArray(s.type) ? s.type : [s.type ?? 'object'];
  return t
    .map((x) => (x === 'array' && s.items ? `liste av ${typeOf(s.items)}` : (TYPE_NAVN[x] ?? x)))
    .join(' eller ');
}

function walk(s: JsonSchema, prefix: string): FieldDoc[] {
  return Object.entries(s.properties ?? {}).flatMap(([name, p]) => {
    const felt = `${prefix}${name}`;
    const object = p.properties ? p : p.items?.properties ? p.items : undefined;
    const own = { felt, type: object === p ? 'objekt' : typeOf(p), beskrivelse: p.description ?? '' };
    return object ? [own, ...walk(object, `${felt}${object === p ? '.' : '[].'}`)] : [own];
  });
}

export function fieldDocs(name: ExportName): FieldDoc[] {
  return walk(z.toJSONSchema(EXPORTS[name].schema, { unrepresentable: 'any' }) as JsonSchema, '');
}
