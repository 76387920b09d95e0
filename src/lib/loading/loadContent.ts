/**
 * Loads every content collection straight from disk and parses it with the same schemas
 * Astro uses. The validator, the integrity checks and the tests read content through this,
 * so they see exactly what the build sees, without Astro's data store.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { contentRoot, readCollectionFiles, relativeToCwd } from './contentFiles.ts';
import { closest, menteDu } from './hint.ts';
import { feltnavn, norskFeilmelding } from './norskFeil.ts';
import type { Problem } from './problem.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

/** An entry that could not be read or did not match its schema: kept raw, so its id still exists
 * (no false «finnes ikke» elsewhere) and its references can still be checked. */
export interface FailedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** Parsed YAML/frontmatter, or undefined when the file could not be parsed. */
  data: unknown;
  /** Fields the schema or the reader already reported, so nothing is reported twice. */
  reported: Set<string>;
}

/** The body of an MDX entry, with the file line it starts on. */
export interface Body {
  file: string;
  body: string;
  bodyLine: number;
}

export type CollectionData = { [K in CollectionName]: z.output<(typeof COLLECTIONS)[K]['schema']> };
export type Collections = { [K in CollectionName]: Entry<CollectionData[K]>[] };

export interface LoadedContent {
  collections: Collections;
  /** Files that could not be read or did not match their schema. */
  problems: Problem[];
  /** Entries left out of `collections` because of those problems. */
  failed?: FailedEntry[];
  /** Every MDX body that was read, for the body rule (markdownRules.ts). */
  bodies?: Body[];
}

type AnySchema = { _zod: { def: Record<string, unknown> } };

/** The object keys a schema allows at `path`, for «mente du …?» on an unknown key. */
function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let s: AnySchema | undefined = schema;
  const step = (x: AnySchema | undefined): AnySchema | undefined => {
    for (let i = 0; x && i < 10; i++) {
      const def = x._zod.def;
      if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type as string))
        x = def.innerType as AnySchema;
      else if (def.type === 'pipe') x = def.in as AnySchema;
      else break;
    }
    return x;
  };
  for (const p of path) {
    s = step(s);
    if (!s) return [];
    const def = s._zod.def;
    if (def.type === 'object') s = (def.shape as Record<string, AnySchema>)[String(p)];
    else if (def.type === 'array') s = def.element as AnySchema;
    else if (def.type === 'record') s = def.valueType as AnySchema;
    else return [];
  }
  s = step(s);
  return s?._zod.def.type === 'object' ? Object.keys(s._zod.def.shape as object) : [];
}

function schemaProblems(
  schema: AnySchema & z.ZodType,
  data: unknown,
): { felt: string; melding: string }[] | { data: unknown } {
  const result = schema.safeParse(data ?? {}, { error: norskFeilmelding, reportInput: true });
  if (result.success) return { data: result.data };
  // An unknown key next to a missing one it resembles is one typo, reported once, on the typo.
  const missing = new Set(
    result.error.issues
      .filter((i) => i.code === 'invalid_type' && i.input === undefined)
      .map((i) => feltnavn(i.path)),
  );
  const explained = new Set<string>();
  const unknown = result.error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    const known = keysAt(schema, issue.path);
    return issue.keys.map((k) => {
      const guess = closest(k, known);
      const guessFelt = guess === undefined ? undefined : feltnavn([...issue.path, guess]);
      const isMissing = guessFelt !== undefined && missing.has(guessFelt);
      if (isMissing) explained.add(guessFelt);
      return {
        felt: feltnavn([...issue.path, k]),
        melding: `ukjent felt «${k}»${guess ? ` (mente du «${guess}»?${isMissing ? ' Det feltet mangler.' : ''})` : ' (finnes ikke i skjemaet; sjekk stavemåten)'}`,
      };
    });
  });
  const rest = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return [];
    const felt = feltnavn(issue.path);
    if (explained.has(felt)) return [];
    let melding = issue.message;
    if (issue.code === 'invalid_value' && typeof issue.input === 'string' && !melding.includes('mente du'))
      melding += menteDu(issue.input, issue.values.map(String));
    return [{ felt, melding }];
  });
  return [...rest, ...unknown];
}

export function loadContent(root: string = contentRoot()): LoadedContent {
  const problems: Problem[] = [];
  const failed: FailedEntry[] = [];
  const bodies: Body[] = [];
  const collections = {} as Record<CollectionName, Entry<unknown>[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { folder, format, schema } = COLLECTIONS[name];
    collections[name] = [];
    for (const raw of readCollectionFiles(root, folder, format)) {
      const file = relativeToCwd(raw.file);
      const reported = new Set<string>();
      for (const { dekker, ...n } of raw.notes) {
        problems.push({ file, ...n });
        reported.add(n.felt);
        for (const f of dekker ?? []) reported.add(f);
      }
      if (raw.parseError) {
        problems.push({ file, ...raw.parseError });
        failed.push({ collection: name, id: raw.id, file, data: undefined, reported });
        continue;
      }
      if (format === 'mdx') bodies.push({ file, body: raw.body, bodyLine: raw.bodyLine });
      const parsed = schemaProblems(schema as unknown as AnySchema & z.ZodType, raw.data);
      if (Array.isArray(parsed)) {
        for (const p of parsed) {
          // A field already named for how it is written (e.g. «250.000») is not named again by the schema.
          if (reported.has(p.felt)) continue;
          problems.push({ file, ...p });
          reported.add(p.felt);
        }
      }
      if (Array.isArray(parsed) || raw.notes.length > 0) {
        failed.push({ collection: name, id: raw.id, file, data: raw.data, reported });
        continue;
      }
      collections[name].push({ id: raw.id, file, data: parsed.data, body: raw.body });
    }
  }
  return { collections: collections as Collections, problems, failed, bodies };
}
