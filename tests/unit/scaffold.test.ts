/**
 * `npm run ny` on a temporary copy of the real content: what it writes, what the validator then
 * asks for, and that an editor who fills in the markers ends up with valid content. The plan it
 * adds is for the year after Indre Namdal's latest plan, whichever year the content has reached.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import {
  FYLL_INN,
  newAktor,
  newKilde,
  newPlan,
  newTiltak,
  ScaffoldError,
} from '../../src/lib/editing/scaffold.ts';
import { contentRoot } from '../../src/lib/loading/contentFiles.ts';
import { validateContent } from '../../src/lib/loading/validateContent.ts';
import { removeFixtureCache } from '../helpers/fixtureCache.ts';
import { nextPlanYear, unusedId } from '../helpers/freeSlots.ts';
import { tempDir } from '../helpers/tempDir.ts';

/** Next year's plan for Indre Namdal: the plan the tests below add, as an editor would. */
const NEXT = nextPlanYear(loadContent().collections, 'indre-namdal');
const PLAN = `indre-namdal-${NEXT}`;

let root: string;
beforeEach(() => {
  root = tempDir('ny');
  cpSync(contentRoot(), root, { recursive: true });
});

function ny(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ny.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, BYGDEVEKST_CONTENT: root },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function read(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** Replaces the marker line of one field with a value, as an editor would. */
function fillIn(path: string, field: string, value: string): void {
  const text = read(path);
  const re = new RegExp(`^(\\s*${field}): ["']?${FYLL_INN}.*$`, 'm');
  if (!re.test(text)) throw new Error(`${path} har ingen FYLL INN i ${field}`);
  writeFileSync(join(root, path), text.replace(re, `$1: ${value}`));
}

function writeSummary(path: string): void {
  const text = read(path);
  writeFileSync(join(root, path), text.replace(/^FYLL INN.*$/m, 'Et sammendrag med egne ord.'));
}

describe('npm run ny -- plan', () => {
  it('writes a plan and carries over last year’s delmål order and tiltak without figures or lines', () => {
    const r = ny('plan', 'indre-namdal', String(NEXT), '--fra', '2026', '--dokument', 'hp-2026-indre-namdal');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const plan = read(`handlingsplaner/${PLAN}.mdx`);
    expect(plan).toMatch(/^pilot: indre-namdal$/m);
    expect(plan).toMatch(new RegExp(`^aar: ${NEXT}$`, 'm'));
    expect(plan).toContain('- indre-namdal-d1');

    const before = readdirSync(join(root, 'tiltak/indre-namdal-2026')).length;
    const carried = readdirSync(join(root, `tiltak/${PLAN}`));
    expect(before).toBeGreaterThan(0);
    expect(carried).toHaveLength(before);
    expect(carried).toContain(`${PLAN}-d1-3.mdx`);
    const t = read(`tiltak/${PLAN}/${PLAN}-d1-3.mdx`);
    expect(t).toMatch(new RegExp(`^plan: ${PLAN}$`, 'm'));
    expect(t).toMatch(/^finansiering: \[\]$/m);
    expect(t).not.toContain('200000');
    expect(t).toContain('Utnytte smådriftsfordelene'); // last year's title, quoted in the marker

    // The output says what to fill in, by file and field, and the validator refuses the markers.
    expect(r.out).toMatch(
      new RegExp(`${PLAN}-d1-3\\.mdx: felt «tittel»: er ikke fylt inn ennå: tittelen slik`),
    );
    expect(r.out).toMatch(
      new RegExp(`${PLAN}-d1-3\\.mdx: felt «kilde\\.linjer»: er ikke fylt inn ennå: første og siste linje`),
    );
    expect(r.out).toMatch(new RegExp(`${PLAN}\\.mdx: felt «tittel»: er ikke fylt inn ennå: planens tittel`));
    const problems = validateContent(root).problems;
    expect(problems.some((p) => p.file.endsWith(`${PLAN}-d1-3.mdx`) && p.felt === 'kilde.linjer')).toBe(true);
    expect(problems.some((p) => p.file.endsWith(`${PLAN}.mdx`) && p.felt === 'tittel')).toBe(true);
  });

  it('refuses an unknown pilot, a plan that exists and a missing source, saying what to do', () => {
    const unknown = ny('plan', 'indre-namdl', String(NEXT));
    expect(unknown.status).toBe(1);
    expect(unknown.err).toMatch(/fant ikke piloten «indre-namdl».*indre-namdal/);
    const c = loadContent(root).collections;
    expect(() => newPlan(c, 'indre-namdal', 2026)).toThrow(/finnes allerede/);
    // The source of next year's plan is not there yet (unless an editor named it otherwise).
    const kilde = `hp-${NEXT}-indre-namdal`;
    expect(c.kilder.some((k) => k.id === kilde)).toBe(false);
    expect(() => newPlan(c, 'indre-namdal', NEXT)).toThrow(
      new RegExp(`fant ikke kilden «${kilde}».*npm run ny -- kilde ${kilde} --pdf kilder-filer/`),
    );
    expect(() => newPlan(c, 'indre-namdal', NEXT, { fra: 2019, dokument: 'hp-2026-indre-namdal' })).toThrow(
      /årstall/,
    );
    expect(() => newPlan(c, 'indre-namdal', NEXT, { fra: 2025, dokument: 'hp-2026-indre-namdal' })).toThrow(
      /ingen plan for 2025.*indre-namdal-2026/,
    );
  });

  it('needs no terminal: without --fra and without stdin it writes the plan alone', () => {
    const r = ny('plan', 'indre-namdal', String(NEXT), '--dokument', 'hp-2026-indre-namdal');
    expect(r.status).toBe(0);
    expect(existsSync(join(root, `handlingsplaner/${PLAN}.mdx`))).toBe(true);
    expect(existsSync(join(root, `tiltak/${PLAN}`))).toBe(false);
  });
});

/** Writes what a skeleton function returns, as the command does. */
function put(files: { path: string; text: string }[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
}

describe('following the guide: a new plan with five tiltak, filled in, validates and builds', () => {
  it('ends with no problems once every marker is replaced by what the document says, and builds', () => {
    const kildeId = unusedId(loadContent(root).collections.kilder, `hp-${NEXT}-test`);
    put(newKilde(loadContent(root).collections, kildeId, { seed: '000_f4bc9484f28f17cc.txt' }));
    const kilde = `kilder/${kildeId}.yaml`;
    fillIn(kilde, 'tittel', `Handlingsplan ${NEXT} (prøve)`);
    fillIn(kilde, 'utgiver', 'Bygdevekst Indre Namdal');
    fillIn(kilde, 'beskrivelse', 'En prøve.');
    fillIn(kilde, 'brukt', 'Alt.');

    put(newPlan(loadContent(root).collections, 'indre-namdal', String(NEXT), { dokument: kildeId }));
    const plan = `handlingsplaner/${PLAN}.mdx`;
    fillIn(plan, 'tittel', `Handlingsplan ${NEXT}`);
    writeSummary(plan);

    // Five skeletons first, as an editor would make them, then filled in with tiltak 1.1–1.5
    // of the real document at their real lines (seed 000, the plan's overview table).
    const titler = [
      ['Omdømmebygging', 61],
      ['Mer nærvær', 62],
      ['Unngå utenforskap', 63],
      ['Flyktninger i arbeid', 64],
      ['Brobygger – kobling mellom unge og Indre Namdal', 65],
    ] as const;
    const paths = titler.map(() => {
      const c = loadContent(root).collections;
      const onDisk = readdirSync(join(root, 'tiltak'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.mdx'))
        .map((f) =>
          f
            .split('/')
            .pop()!
            .replace(/\.mdx$/, ''),
        );
      const files = newTiltak(c, PLAN, '1', onDisk);
      put(files);
      return files[0].path;
    });
    expect(paths).toEqual([1, 2, 3, 4, 5].map((n) => `tiltak/${PLAN}/${PLAN}-d1-${n}.mdx`));
    for (const [i, [tittel, linje]] of titler.entries()) {
      const path = paths[i];
      fillIn(path, 'tittel', tittel);
      for (const f of ['statusTekst', 'hovedansvarligTekst', 'samarbeidsparterTekst', 'tidsramme'])
        fillIn(path, f, 'null');
      fillIn(path, 'linjer', `[${linje}, ${linje}]`);
      writeSummary(path);
    }
    const { problems, collections } = validateContent(root);
    expect(problems).toEqual([]);
    expect(collections.tiltak.filter((t) => t.data.plan === PLAN)).toHaveLength(5);

    // And it builds: the real build script, search index included, publishes the plan and its tiltak.
    const out = join(tempDir('ny-dist'), 'dist');
    const env: NodeJS.ProcessEnv = { ...process.env, BYGDEVEKST_CONTENT: root, BYGDEVEKST_OUT: out };
    delete env.BYGDEVEKST_SKIP_SEARCH;
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8', env });
    // astro.config.mjs keeps a cache per content folder; this temporary one is never built again.
    removeFixtureCache(root);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const planPage = readFileSync(join(out, `handlingsplaner/${PLAN}/index.html`), 'utf8');
    for (const [n, [tittel]] of titler.entries()) {
      const id = `${PLAN}-d1-${n + 1}`;
      expect(planPage).toContain(`/tiltak/${id}/`);
      expect(readFileSync(join(out, 'tiltak', id, 'index.html'), 'utf8')).toContain(tittel);
    }
    expect(existsSync(join(out, 'pagefind'))).toBe(true);
  }, 240_000);

  it('catches a filled-in title that is not on the cited line, and every marker left', () => {
    put(
      newPlan(loadContent(root).collections, 'indre-namdal', String(NEXT), {
        dokument: 'hp-2026-indre-namdal',
      }),
    );
    put(newTiltak(loadContent(root).collections, PLAN, '1'));
    const path = `tiltak/${PLAN}/${PLAN}-d1-1.mdx`;
    fillIn(path, 'tittel', 'Omdømmebygging');
    fillIn(path, 'linjer', '[62, 62]');
    const p = validateContent(root).problems.filter((x) => x.file.endsWith(`${PLAN}-d1-1.mdx`));
    expect(p).toContainEqual(
      expect.objectContaining({
        felt: 'tittel',
        melding: expect.stringMatching(/«Omdømmebygging» står ikke på linje 62/),
      }),
    );
    expect(p).toContainEqual(
      expect.objectContaining({ felt: 'statusTekst', melding: expect.stringMatching(/ikke fylt inn/) }),
    );
    expect(p).toContainEqual(expect.objectContaining({ felt: '(teksten)' }));
  });
});

describe('the other skeletons', () => {
  it('numbers a new tiltak after the ones under that delmål, and a cross-cutting one as T<n>', () => {
    const c = loadContent().collections;
    const existing = c.tiltak.filter((t) => t.id.startsWith('rindal-holtalen-2025-d1-')).length;
    expect(existing).toBeGreaterThan(0);
    const [f] = newTiltak(c, 'rindal-holtalen-2025', '1');
    expect(f.path).toMatch(/^tiltak\/rindal-holtalen-2025\/rindal-holtalen-2025-d1-\d+\.mdx$/);
    expect(c.tiltak.some((t) => f.path.includes(`${t.id}.mdx`))).toBe(false);
    const [t] = newTiltak(c, 'rindal-holtalen-2025', 't');
    expect(t.path).toMatch(/rindal-holtalen-2025-t(\d+)\.mdx$/);
    expect(t.text).toMatch(/^nr: T\d+$/m);
    expect(() => newTiltak(c, 'rindal-holtalen-2025', '99')).toThrow(
      /fant ikke delmålet «rindal-holtalen-d99»/,
    );
  });

  it('numbers a tiltak as the pilot prints them: «3.2» with the delmål, or «2» within it', () => {
    const c = loadContent().collections;
    const nrOf = (f: { text: string }) => /^nr: ["']?([^"'\n]+)["']?$/m.exec(f.text)?.[1];
    // Rindal og Holtålen 2025 prints «1.1», «1.2», «1.4», «1.5» under delmål 1: the free one is 1.3.
    const rindal = c.tiltak.filter(
      (t) => t.data.plan === 'rindal-holtalen-2025' && t.data.delmal === 'rindal-holtalen-d1',
    );
    expect(rindal.map((t) => t.data.nr).sort()).toEqual(['1.1', '1.2', '1.4', '1.5']);
    const [gap] = newTiltak(c, 'rindal-holtalen-2025', '1');
    expect([gap.path, nrOf(gap)]).toEqual([
      'tiltak/rindal-holtalen-2025/rindal-holtalen-2025-d1-3.mdx',
      '1.3',
    ]);
    // Indre Namdal 2026 prints «1» … «8» under delmål 1.
    const indre = c.tiltak.filter(
      (t) => t.data.plan === 'indre-namdal-2026' && t.data.delmal === 'indre-namdal-d1',
    );
    expect(indre.length).toBe(8);
    expect(nrOf(newTiltak(c, 'indre-namdal-2026', '1')[0])).toBe('9');

    // A new plan with no tiltak yet follows the pilot's latest plan (issue 21: «1» was written).
    const base = c.handlingsplaner.find((p) => p.id === 'rindal-holtalen-2025')!;
    const aar = nextPlanYear(c, 'rindal-holtalen');
    const nyPlan = { ...base, id: `rindal-holtalen-${aar}`, data: { ...base.data, aar } };
    const grown = { ...c, handlingsplaner: [...c.handlingsplaner, nyPlan] };
    const [first] = newTiltak(grown, nyPlan.id, '3');
    expect([first.path, nrOf(first)]).toEqual([`tiltak/${nyPlan.id}/${nyPlan.id}-d3-1.mdx`, '3.1']);

    // A fixture: the plan prints «3.2» and «3.7», and «3.1» sits in a file not named -d3-1.
    const like = (nr: string, id: string) => {
      const t = rindal[0];
      return { ...t, id, data: { ...t.data, plan: nyPlan.id, delmal: 'rindal-holtalen-d3', nr } };
    };
    const numbered = {
      ...grown,
      tiltak: [
        ...grown.tiltak,
        like('3.2', `${nyPlan.id}-d3-2`),
        like('3.7', `${nyPlan.id}-d3-7`),
        like('3.1', `${nyPlan.id}-d3-rekruttering`),
      ],
    };
    const [next] = newTiltak(numbered, nyPlan.id, '3');
    expect([next.path, nrOf(next)]).toEqual([`tiltak/${nyPlan.id}/${nyPlan.id}-d3-3.mdx`, '3.3']);
  });

  it('writes an actor with only its required fields, which validates once name and type are given', () => {
    const id = unusedId(loadContent(root).collections.aktorer, 'testaktor');
    put(newAktor(loadContent(root).collections, id, { navn: 'Testaktøren', type: 'stat' }));
    expect(validateContent(root).problems).toEqual([]);
    const c = loadContent(root).collections;
    expect(c.aktorer.some((a) => a.id === id)).toBe(true);
    expect(() => newAktor(c, unusedId(c.aktorer, 'ny-aktor'), { type: 'stats' })).toThrow(
      /ukjent aktørtype «stats»/,
    );
    expect(() => newAktor(c, id)).toThrow(ScaffoldError);
  });

  it('writes a source whose missing seed file name the schema explains', () => {
    const id = unusedId(loadContent(root).collections.kilder, 'ny-kilde');
    const r = ny('kilde', id);
    expect(r.status).toBe(0);
    expect(r.out).toContain(`${id}.yaml: felt «seed»`);
  });
});
