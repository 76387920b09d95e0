/**
 * Checks a CSV file against a Frictionless Table Schema and our dialect, the way a consumer's
 * validator would: UTF-8 with BOM, `;`, CRLF after every record (line breaks inside quoted cells
 * are data), the header equal to the schema's fields, and every cell of its field's type.
 * Returns the problems, one line each; an empty list is a valid file.
 */
import type { TableSchema } from '../../src/lib/publishing/index.ts';
import { parseCsv } from './csv.ts';

/** Record ends outside quotes that are a bare LF or CR rather than CRLF. */
function bareLineEnds(text: string): number {
  let quoted = false;
  let bare = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n' && text[i - 1] !== '\r') bare++;
    else if (!quoted && ch === '\r' && text[i + 1] !== '\n') bare++;
  }
  return bare;
}

const TYPE_TEST: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v),
  boolean: (v) => v === 'true' || v === 'false',
};

export function validateCsv(bytes: Buffer, schema: TableSchema): string[] {
  const problems: string[] = [];
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) problems.push('mangler UTF-8-BOM');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (!text.endsWith('\r\n')) problems.push('siste linje slutter ikke med CRLF');
  const bare = bareLineEnds(text);
  if (bare > 0) problems.push(`${bare} linjeskift utenfor anførselstegn er ikke CRLF`);
  const { header, rows } = parseCsv(text);
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) {
    problems.push(`kolonnene er ${JSON.stringify(header)}, skjemaet sier ${JSON.stringify(names)}`);
    return problems;
  }
  rows.forEach((row, r) => {
    if (row.length !== names.length) {
      problems.push(`rad ${r + 2}: ${row.length} celler, ventet ${names.length}`);
      return;
    }
    schema.fields.forEach((f, i) => {
      const v = row[i];
      const where = `rad ${r + 2}, ${f.name}`;
      if (schema.missingValues.includes(v)) {
        if (f.constraints.required) problems.push(`${where}: mangler verdi`);
        return;
      }
      if (!TYPE_TEST[f.type](v)) problems.push(`${where}: «${v}» er ikke ${f.type}`);
      else if (f.constraints.enum && !f.constraints.enum.includes(v))
        problems.push(`${where}: «${v}» er ikke en av ${f.constraints.enum.join(', ')}`);
    });
  });
  return problems;
}
