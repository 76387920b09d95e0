/**
 * Zod issues in Norwegian. Schemas set their own messages where the wording matters
 * (amounts, dates, ids); this covers the generic cases: a missing field, a wrong type,
 * a field the schema does not know, a value outside a vocabulary.
 */
import type { z } from 'astro/zod';

const TYPER: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et objekt (felt: verdi)',
  date: 'en dato',
  null: 'null',
  undefined: 'ingenting',
  tuple: 'en liste',
  record: 'et objekt (felt: verdi)',
};

function typeOfInput(input: unknown): string {
  if (input === null) return 'null';
  if (input === undefined) return 'ingenting';
  if (Array.isArray(input)) return 'en liste';
  if (input instanceof Date) return 'en dato';
  if (typeof input === 'object') return 'et objekt';
  if (typeof input === 'string') return `teksten «${input.length > 40 ? `${input.slice(0, 40)}…` : input}»`;
  return `${typeof input === 'number' ? 'tallet' : 'verdien'} ${String(input)}`;
}

type Issue = z.core.$ZodRawIssue;

/** Per-parse error map: returns a Norwegian message, or undefined to keep a schema's own message. */
export function norskFeilmelding(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPER[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `mangler (påkrevd felt, forventet ${expected})`;
      return `forventet ${expected}, fant ${typeOfInput(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `ukjent felt ${issue.keys.map((k) => `«${k}»`).join(', ')} (finnes ikke i skjemaet; sjekk stavemåten)`;
    case 'invalid_value':
      return `forventet en av ${issue.values.map((v) => `«${String(v)}»`).join(', ')}, fant ${typeOfInput(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `listen må ha minst ${issue.minimum} element`;
      if (issue.origin === 'string') return `teksten kan ikke være tom`;
      return `verdien må være minst ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `listen kan ha høyst ${issue.maximum} element`;
      return `verdien kan være høyst ${issue.maximum}`;
    case 'invalid_format':
      return `har feil format (forventet ${issue.format === 'url' ? 'en nettadresse' : issue.format})`;
    case 'invalid_union':
      return `passer ikke med noen av de tillatte formene`;
    default:
      return undefined;
  }
}

/** A zod path as a readable field name: `finansiering[2].belop`. */
export function feltnavn(path: readonly PropertyKey[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') ||
    '(hele filen)'
  );
}
