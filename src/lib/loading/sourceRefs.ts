/**
 * The one rule for spotting a source reference in content, shared by the integrity check, the
 * citation proof and the source lists on the site (so what the validator checks is what the site
 * links to):
 * - an object with a `dokument` or a `url` field says where something stands: a `kilde` (KildeRef),
 *   a `tittelKilde`, or a plan itself (its `dokument` is the plan's source document);
 * - `linjer` count lines in the nearest document: the object's own, else the one of the nearest
 *   object above it that names one (its own `dokument`, or its `kilde`'s), else the entry's.
 * Pure and schema-free, so it also reads entries that failed their schema.
 */
import type { KildeRef } from '../../schemas/common.ts';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The document an object names for itself and everything below it: its `dokument`, else its `kilde`'s. */
export function egetDokument(node: unknown): string | null {
  if (!isObject(node)) return null;
  if (typeof node.dokument === 'string') return node.dokument;
  return isObject(node.kilde) && typeof node.kilde.dokument === 'string' ? node.kilde.dokument : null;
}

/** One object inside an entry's data that says where something stands. */
export interface KildeSted {
  /** Path of the object in the data (`finansiering[2]`, `kilde`; '' for the entry itself). */
  sti: string;
  /** Its `dokument` as written (undefined when it has none; not yet checked to exist). */
  dokument: unknown;
  url: unknown;
  linjer: unknown;
  /** The document its `linjer` count in (see the rule above), or null when none is known. */
  linjerI: string | null;
}

const join = (sti: string, key: string) => (sti ? `${sti}.${key}` : key);

/**
 * Every object in a value with a `dokument`, `url` or `linjer` field, depth first, the object
 * before what is inside it. `arvet` is the document the entry's lines count in when the entry does
 * not name one (a tiltak's lines count in its plan's document).
 */
export function* kildeSteder(value: unknown, arvet: string | null = null, sti = ''): Generator<KildeSted> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* kildeSteder(value[i], arvet, `${sti}[${i}]`);
    return;
  }
  if (!isObject(value)) return;
  const own = typeof value.dokument === 'string' ? value.dokument : null;
  if ('dokument' in value || 'url' in value || 'linjer' in value)
    yield { sti, dokument: value.dokument, url: value.url, linjer: value.linjer, linjerI: own ?? arvet };
  const under = egetDokument(value) ?? arvet;
  for (const [k, v] of Object.entries(value)) if (k !== 'linjer') yield* kildeSteder(v, under, join(sti, k));
}

/** The field path of a place's `dokument` or `linjer` (`finansiering[2].linjer`). */
export const feltFor = (s: KildeSted, key: 'dokument' | 'linjer') => join(s.sti, key);

/** A `linjer` value that is a line range `[fra, til]`, or null. */
export function linjerAv(v: unknown): readonly [number, number] | null {
  return Array.isArray(v) && v.length === 2 && v.every((x) => Number.isInteger(x)) ? [v[0], v[1]] : null;
}

/**
 * Every source reference inside a value, depth first: each place naming a document or a web
 * address (a plan's own document included), with its lines where they are a range.
 */
export function alleKildeRefs(value: unknown): KildeRef[] {
  const refs: KildeRef[] = [];
  for (const s of kildeSteder(value)) {
    const dokument = typeof s.dokument === 'string' ? s.dokument : undefined;
    const url = typeof s.url === 'string' ? s.url : undefined;
    if (!dokument && !url) continue;
    const linjer = dokument ? linjerAv(s.linjer) : null;
    refs.push({
      ...(dokument ? { dokument } : {}),
      ...(linjer ? { linjer: [linjer[0], linjer[1]] } : {}),
      ...(url ? { url } : {}),
    });
  }
  return refs;
}
