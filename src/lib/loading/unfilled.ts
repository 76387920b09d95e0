/**
 * The «FYLL INN» markers that `npm run ny` leaves for an editor: a content rule the validator
 * applies to every file, so it lives with loading rather than with the scaffold that writes them.
 */
import type { Collections } from './loadContent.ts';
import type { Problem } from './problem.ts';

/** The marker an editor searches for; the validator refuses any field or body that still holds it. */
export const FYLL_INN = 'FYLL INN';

function* markers(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    if (value.includes(FYLL_INN)) yield [path || '(verdi)', value];
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* markers(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* markers(v, path ? `${path}.${k}` : k);
  }
}

/** Every «FYLL INN» left in a file's data or body, as a problem naming file, field and what to fill in. */
export function unfilledIn(file: string, data: unknown, body = ''): Problem[] {
  const problems: Problem[] = [...markers(data, '')].map(([felt, text]) => ({
    file,
    felt,
    melding: `er ikke fylt inn ennå: ${text.slice(text.indexOf(FYLL_INN) + FYLL_INN.length).replace(/^:\s*/, '')}`,
  }));
  if (body.includes(FYLL_INN)) {
    problems.push({
      file,
      felt: '(teksten)',
      melding: 'sammendraget er ikke skrevet ennå: erstatt linjen med FYLL INN.',
    });
  }
  return problems;
}

/** The «FYLL INN» markers left in loaded content (entries that passed their schema). */
export function unfilledProblems(c: Partial<Collections>): Problem[] {
  return Object.values(c).flatMap((entries) =>
    (entries ?? []).flatMap((e) => unfilledIn(e.file, e.data, e.body)),
  );
}
