/**
 * The warm build is exact (issue 24): after one edit, a build that reuses the previous build's
 * pages (Astro's incremental build, keyed by src/data/pageKeys.ts) writes the same site, byte
 * for byte, as a cold build of the edited content in another folder. The pages that show what
 * was edited change; no other page does; and a change to a component's code renders again the
 * pages that use it.
 *
 * It runs in a copy of the project's code in a temporary folder (node_modules linked), so the
 * component edit never touches the code other test files build from, on a small fixture site
 * with a second tiltak so that there is a page the edit must leave alone.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, edit, write } from '../helpers/fixture.ts';
import { fixtureCacheDir, removeFixtureCache } from '../helpers/fixtureCache.ts';
import { projectCopy } from '../helpers/projectCopy.ts';
import { tempDir } from '../helpers/tempDir.ts';

const BUILD_TIMEOUT = 300_000;
const SEEDS = resolve('../shared/seeds');
const work = tempDir('inkrementell');
let project: string;
const built = new Set<string>();

beforeAll(() => {
  project = projectCopy(work);
});
afterAll(() => built.forEach(removeFixtureCache));

/** Every file of a built site, by path, with a hash of its bytes (following dist/, a link). */
function snapshot(out: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const d of readdirSync(out, { withFileTypes: true, recursive: true })) {
    const path = join(d.parentPath, d.name);
    if (d.isFile())
      files.set(relative(out, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

/**
 * The environment of `npm run build`: without the variables Vitest sets to mirror
 * import.meta.env (DEV=1 among them), which Astro would take as a dev build that has no keys.
 */
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(k),
  ),
);

/** What the last build printed. */
let lastOutput = '';

/** Builds `content` into `out` with the real build script, in the project copy. */
function build(content: string, out: string): Map<string, string> {
  built.add(content);
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...buildEnv,
      BYGDEVEKST_CONTENT: content,
      BYGDEVEKST_SEEDS: SEEDS,
      BYGDEVEKST_OUT: out,
      BYGDEVEKST_SKIP_SEARCH: '1',
    },
  });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  lastOutput = r.stdout;
  return snapshot(out);
}
/** How many keyed pages the last build had, and how many of them it reused (scripts/lib/incrementalGuard.mjs). */
function reuse(): { reused: number; keyed: number } {
  const m = /(\d+) av (\d+) med nøkkel gjenbrukt/.exec(lastOutput);
  if (!m) throw new Error(`fant ikke linjen om gjenbruk i:\n${lastOutput}`);
  return { reused: Number(m[1]), keyed: Number(m[2]) };
}

/** The same content in a folder of its own, built cold (its own cache) into its own output. */
function coldCopy(content: string): Map<string, string> {
  const other = tempDir('kald');
  cpSync(content, other, { recursive: true });
  return build(other, join(tempDir('kald-dist'), 'dist'));
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

const html = (out: string, page: string) => readFileSync(join(out, page, 'index.html'), 'utf8');
const page = (path: string) => `${path}/index.html`;
const T1 = 'tiltak/testpilot-2025-d1-1';
const T2 = 'tiltak/testpilot-2025-d1-2';
/** The fixture's source text and delmål: pages an amount or a tiltak's body never reach. */
const SOURCE_PAGES = ['kilder/testdok', 'kilder/testdok/1'];
const nb = (n: number) => new Intl.NumberFormat('nb-NO').format(n);

describe('a warm build after one edit', () => {
  const content = copyFixture();
  const out = join(work, 'ut', 'dist');
  let cold1: Map<string, string>;
  let afterAmount: Map<string, string>;

  beforeAll(() => {
    // A second tiltak of the same plan, stated on its own line of the source text (line 1175).
    write(
      content,
      'tiltak/testpilot-2025-d1-2.mdx',
      readFileSync(join(content, 'tiltak/testpilot-2025-d1-1.mdx'), 'utf8')
        .replace('nr: "1"', 'nr: "2"')
        .replace('tittel: Boligtiltak', 'tittel: Lokale studie- og kontorfellesskap')
        .replace(
          'belop: 100000, aar: 2025, linjer: [1176, 1176]',
          'belop: 1100000, aar: 2025, linjer: [1175, 1175]',
        )
        .replace('linjer: [1176, 1176] }\n---', 'linjer: [1175, 1175] }\n---')
        .replace('Et tiltak for boliger.', 'Et tiltak for kontorplasser.'),
    );
    mkdirSync(join(work, 'ut'), { recursive: true });
  });

  it(
    'after one amount: equals a cold build byte for byte, and only pages showing that amount changed',
    () => {
      cold1 = build(content, out);
      expect(cold1.has(page(T1)) && cold1.has(page(T2))).toBe(true);
      expect(reuse().keyed).toBeGreaterThan(10);
      expect(reuse().reused).toBe(0);
      // 100 000 → 4 200 000, which line 1176 of the source states too, so the citation proof holds.
      edit(content, 'tiltak/testpilot-2025-d1-1.mdx', 'belop: 100000,', 'belop: 4200000,');
      afterAmount = build(content, out);
      // The warm build did reuse pages (the source text's), so the comparison below tests the cache.
      expect(reuse().reused).toBeGreaterThan(0);
      const cold = coldCopy(content);
      expect(changed(cold, afterAmount)).toEqual([]);

      const diff = changed(cold1, afterAmount);
      // Every page that shows the amount or a sum over it: the tiltak, its plan, pilot, delmål,
      // kommune and theme.
      for (const p of [
        T1,
        'handlingsplaner/testpilot-2025',
        'piloter/testpilot',
        'delmal/testpilot-d1',
        'kommuner/testby',
        'tema/bolig',
      ])
        expect(diff, p).toContain(page(p));
      // Every changed page shows a figure that follows from the edit: the amount itself, the
      // plan's new sum (4 200 000 + 1 100 000) or its gap to the plan's stated 100 000.
      const figures = [4_200_000, 5_300_000, 4_100_000].map(nb);
      for (const p of diff.filter((f) => f.endsWith('.html'))) {
        const text = readFileSync(join(out, p), 'utf8');
        expect(
          figures.some((f) => text.includes(f)),
          `${p} endret seg uten å vise et tall som følger av endringen`,
        ).toBe(true);
      }
      for (const p of [T2, ...SOURCE_PAGES]) expect(diff, p).not.toContain(page(p));
    },
    BUILD_TIMEOUT,
  );

  it(
    "after one tiltak's body: equals a cold build byte for byte, and only that tiltak's page changed among the pages",
    () => {
      const sentence = 'Kommunen kjøper tre tomter langs fjorden i år.';
      edit(
        content,
        'tiltak/testpilot-2025-d1-1.mdx',
        'Et tiltak for boliger.',
        `Et tiltak for boliger. ${sentence}`,
      );
      const warm = build(content, out);
      expect(reuse().reused).toBeGreaterThan(0);
      expect(changed(coldCopy(content), warm)).toEqual([]);
      const diff = changed(afterAmount, warm);
      expect(diff).toContain(page(T1));
      expect(html(out, T1)).toContain(sentence);
      // Files other than pages may carry the body (the data exports); every page that changed shows it.
      for (const p of diff.filter((f) => f.endsWith('.html')))
        expect(readFileSync(join(out, p), 'utf8'), p).toContain(sentence);
      for (const p of [T2, 'handlingsplaner/testpilot-2025', 'piloter/testpilot', ...SOURCE_PAGES])
        expect(diff, p).not.toContain(page(p));
    },
    BUILD_TIMEOUT,
  );

  it(
    'after a component edit: renders again the pages that use it and reuses the others',
    () => {
      // Mark the stored copies the warm build would reuse: a page it copies keeps the mark.
      const cache = join(project, fixtureCacheDir(content), 'dist');
      const mark = '<!-- kopi fra forrige bygg -->';
      for (const p of [T1, T2, SOURCE_PAGES[1]]) {
        expect(
          existsSync(join(cache, page(p))),
          `${p} i ${cache}: ${existsSync(cache) ? readdirSync(cache, { recursive: true }).join(', ') : 'finnes ikke'}`,
        ).toBe(true);
        appendFileSync(join(cache, page(p)), mark);
      }
      const component = join(project, 'src/components/tiltak/TiltakFakta.astro');
      const code = readFileSync(component, 'utf8');
      expect(code).toContain('<dl class="facts">');
      write(
        project,
        'src/components/tiltak/TiltakFakta.astro',
        code.replace('<dl class="facts">', '<dl class="facts fakta-endret">'),
      );
      build(content, out);
      for (const p of [T1, T2]) {
        expect(html(out, p), p).toContain('fakta-endret');
        expect(html(out, p), p).not.toContain(mark);
      }
      // A page whose code and view did not change is copied, not rendered again.
      expect(html(out, SOURCE_PAGES[1])).toContain(mark);
    },
    BUILD_TIMEOUT,
  );
});
