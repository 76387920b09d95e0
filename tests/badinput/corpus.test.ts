/**
 * The bad-input corpus (issue 16): every case is a minimal change to a copy of the real
 * content, and the validator must refuse it with one Norwegian message naming the file and
 * the field or line. Body injections must also be refused by the build's own plugin, so a
 * build without `npm run validate` cannot compile them either. Validation runs in process.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/loading/validateContent.ts';
import { contentBodyRule } from '../../src/lib/loading/markdownRulesPlugin.ts';
import { formatProblem, type Problem } from '../../src/lib/loading/problem.ts';
import { CASES, type Case } from './cases.ts';

const ENGELSK = /\b(expected|invalid|unexpected|received|required|must|should|not found|error|missing)\b/i;
const NORSK =
  /(?<!\p{L})(ikke|må|er|og|eller|som|med|på|kan|forventet|finnes|skriv|fant|mangler|tillatt|mente|filen|linje)(?!\p{L})/u;

/** Norwegian, leaving out quoted values and the parser's own words in brackets. */
function erNorsk(melding: string): boolean {
  const egne = melding.replace(/\(parseren sier:.*$/s, '').replace(/«[^»]*»/g, '');
  return NORSK.test(egne) && !ENGELSK.test(egne);
}

/** One copy of content/, put back to the original after every case (faster than a copy per case). */
let root: string;
const original = new Map<string, Buffer>();

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

function restore() {
  for (const f of files(root)) if (!original.has(f)) rmSync(f);
  for (const [f, bytes] of original)
    if (!existsSync(f) || !readFileSync(f).equals(bytes)) writeFileSync(f, bytes);
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true }))
    if (d.isDirectory() && files(join(d.parentPath, d.name)).length === 0)
      rmSync(join(d.parentPath, d.name), { recursive: true, force: true });
}

beforeAll(() => {
  root = join(mkdtempSync(join(tmpdir(), 'bygdevekst-corpus-')), 'content');
  cpSync('content', root, { recursive: true });
  for (const f of files(root)) original.set(f, readFileSync(f));
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

function expectedLine(c: Case): number | undefined {
  if (c.linje === undefined || typeof c.linje === 'number') return c.linje;
  const { containing } = c.linje;
  const lines = readFileSync(join(root, c.file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(containing));
  if (i < 0) throw new Error(`fant ikke «${containing}» i ${c.file}`);
  return i + 1;
}

describe('the real content', () => {
  it('is valid before any change, so each case below shows the effect of its one change', () => {
    const { collections, problems } = validateContent('content');
    expect(collections.tiltak.length).toBeGreaterThan(0);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('bad-input corpus', () => {
  it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    restore();
    c.apply(root);
    const { problems } = validateContent(root);
    const shown = problems.map(formatProblem).join('\n');
    // Refused, with every message Norwegian and naming a file.
    expect(problems.length, shown).toBe(c.count ?? 1);
    for (const p of problems) {
      expect(erNorsk(p.melding), p.melding).toBe(true);
      expect(p.file.length).toBeGreaterThan(0);
    }
    // The expected problem, naming the file and the field or line, exactly once.
    const line = expectedLine(c);
    const matching = problems.filter(
      (p: Problem) =>
        p.file.replace(/\\/g, '/').endsWith(c.file) &&
        (c.felt === undefined || p.felt === c.felt) &&
        (line === undefined || p.linje === line) &&
        c.melding.test(p.melding),
    );
    expect(matching.length, shown).toBe(1);
    expect(c.felt !== undefined || line !== undefined).toBe(true);
    // Every problem listed once.
    expect(new Set(problems.map(formatProblem)).size).toBe(problems.length);

    // The build's plugin refuses the same body before compiling it, so nothing of it is published.
    if (c.kind === 'injeksjon' && c.file.endsWith('.mdx') && c.felt === undefined) {
      const file = join(root, c.file);
      const compile = () =>
        mdxToJs(readFileSync(file, 'utf8'), {
          mdastPlugins: [contentBodyRule],
          fileURL: pathToFileURL(file),
        });
      expect(compile).toThrow(new RegExp(`linje ${line}: `));
    }
  });
});
