/**
 * The bad-input corpora (issues 16 and 27): every case is a minimal change to a copy of the real
 * content, and the validator must refuse it with one Norwegian message naming the file and
 * the field or line. Body injections must also be refused by the build's own plugin, so a
 * build without `npm run validate` cannot compile them either. Validation runs in process.
 * The second corpus (hostile YAML, links, FIFOs, hidden folders, huge files, control
 * characters) must also be refused within 5 s each (a bound on a hang, not a speed test),
 * never quote a file outside content/, and leave the entry it touches unpublished.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/loading/validateContent.ts';
import { contentBodyRule } from '../../src/lib/loading/markdownRulesPlugin.ts';
import { formatProblem, formatProblems, type Problem } from '../../src/lib/loading/problem.ts';
import { CASES, type Case } from './cases.ts';
import { CASES2, type Case2 } from './cases2.ts';
import { tempDir } from '../helpers/tempDir.ts';

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

/** Every entry below `dir`, folders after their contents, without following links (Node's recursive readdir does). */
function entries(dir: string): { path: string; folder: boolean; file: boolean }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory()
      ? [...entries(path), { path, folder: true, file: false }]
      : [{ path, folder: false, file: d.isFile() }];
  });
}

function files(dir: string): string[] {
  return entries(dir)
    .filter((e) => e.file)
    .map((e) => e.path);
}

function restore() {
  // Links, FIFOs and anything else a case added, without following or opening it.
  for (const e of entries(root)) if (!e.folder && !original.has(e.path)) unlinkSync(e.path);
  for (const d of readdirSync(join(root, '..'), { withFileTypes: true }))
    if (d.name !== 'content') rmSync(join(root, '..', d.name), { recursive: true, force: true });
  for (const [f, bytes] of original)
    if (!existsSync(f) || !readFileSync(f).equals(bytes)) writeFileSync(f, bytes);
  for (const e of entries(root))
    if (e.folder && readdirSync(e.path).length === 0) rmSync(e.path, { recursive: true });
}

beforeAll(() => {
  root = join(tempDir('corpus'), 'content');
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
    check(c);
  });
});

describe('second bad-input corpus: hostile YAML and files, characters that break outputs', () => {
  it('has at least 25 cases', () => expect(CASES2.length).toBeGreaterThanOrEqual(25));

  it.each(CASES2.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const started = performance.now();
    const { problems, collections } = check(c);
    // A bound on a hang (the alias bomb, a FIFO), generous on a busy machine.
    expect(performance.now() - started).toBeLessThan(5000);
    if (c.ikkePublisert) {
      const { samling, id } = c.ikkePublisert;
      const ids = (collections as unknown as Record<string, { id: string }[]>)[samling].map((e) => e.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain(id);
    }
    if (c.ikkeSitert) for (const p of problems) expect(formatProblem(p)).not.toContain(c.ikkeSitert);
  });

  it('5,000 empty files are refused without a hang, listing 50 problems and counting the rest by kind', () => {
    restore();
    const dir = join(root, 'tiltak', 'tomme');
    mkdirSync(dir);
    for (let i = 0; i < 5000; i++) writeFileSync(join(dir, `tom-${i}.mdx`), '');
    const started = performance.now();
    const { problems } = validateContent(root);
    // Reading 5,000 files alone takes about a second on a busy test machine; this bounds a hang.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(problems.length).toBeGreaterThanOrEqual(5000);
    const shown = formatProblems(problems).split('\n');
    expect(shown[0]).toBe(`Innholdet har ${problems.length} feil som må rettes før bygging:`);
    expect(shown.length).toBeLessThan(70);
    expect(shown.filter((l) => l.includes('fant ikke frontmatter')).length).toBeGreaterThanOrEqual(2);
    expect(shown.join('\n')).toMatch(
      new RegExp(`… og ${problems.length - 50} feil til, her samlet etter slag`),
    );
    expect(shown.join('\n')).toMatch(
      /\d+ × som tiltak\/tomme\/tom-\d+\.mdx|\d+ × som .*tom-\d+\.mdx: linje 1: fant ikke frontmatter/,
    );
  }, 60_000);
});

/** Applies one case and checks the refusal; returns what the validator said. */
function check(c: Case | Case2) {
  restore();
  c.apply(root);
  const result = validateContent(root);
  const { problems } = result;
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
  if (
    c.kind === 'injeksjon' &&
    c.file.endsWith('.mdx') &&
    c.felt === undefined &&
    !('ikkeSitert' in c) &&
    CASES.includes(c)
  ) {
    const file = join(root, c.file);
    const compile = () =>
      mdxToJs(readFileSync(file, 'utf8'), {
        mdastPlugins: [contentBodyRule],
        fileURL: pathToFileURL(file),
      });
    expect(compile).toThrow(new RegExp(`linje ${line}: `));
  }
  return result;
}
