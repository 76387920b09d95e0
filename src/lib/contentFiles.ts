/**
 * Reading content files from disk without Astro, so the validator and the tests see exactly
 * the files the site is built from. Entry ids are file names without extension, whatever
 * sub-folder the file sits in: folders are for people, ids are flat and stable.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseDocument } from 'yaml';

/** The content folder; BYGDEVEKST_CONTENT points elsewhere for fixture sites in tests. */
export function contentRoot(): string {
  return process.env.BYGDEVEKST_CONTENT ?? './content';
}

export function entryIdFromPath(path: string): string {
  return basename(path, extname(path));
}

export interface RawEntry {
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  /** Parsed frontmatter (MDX) or document (YAML); undefined when it could not be parsed. */
  data: unknown;
  body: string;
  /** A YAML syntax error, in Norwegian, if the file could not be parsed. */
  parseError?: string;
}

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
    )
    .sort();
}

function parseYaml(text: string): { data?: unknown; error?: string } {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { error: `ugyldig YAML${line ? ` på linje ${line}` : ''} (parseren sier: ${detail})` };
  }
  return { data: doc.toJS() };
}

export function readEntry(file: string, format: 'mdx' | 'yaml'): RawEntry {
  const text = readFileSync(file, 'utf8');
  const id = entryIdFromPath(file);
  if (format === 'yaml') {
    const { data, error } = parseYaml(text);
    return { id, file, data, body: '', parseError: error };
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match)
    return {
      id,
      file,
      data: undefined,
      body: text,
      parseError: 'fant ikke frontmatter mellom to linjer med ---',
    };
  const { data, error } = parseYaml(match[1]);
  return { id, file, data, body: match[2], parseError: error };
}

export function readCollectionFiles(root: string, folder: string, format: 'mdx' | 'yaml'): RawEntry[] {
  const dir = join(root, folder);
  return walk(dir, format === 'mdx' ? '.mdx' : '.yaml').map((f) => readEntry(f, format));
}

export function relativeToCwd(file: string): string {
  return relative(process.cwd(), file) || file;
}
