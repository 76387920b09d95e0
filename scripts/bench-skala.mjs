/**
 * Scale benchmark: how the build and search behave at n tiltak, against a bare Astro + MDX project
 * that renders the same tiltak files as one page each. Prints figures; asserts nothing.
 *
 * Usage: npm run bench:skala -- <n> [runs=1]
 *
 * It copies content/ into a temporary folder (never into content/) and adds synthetic plan years
 * for every pilot that has delmål, filled with generated tiltak (150–300 words of Norwegian-looking
 * text, 1–3 funding lines, real ids for delmål, themes and actors) until there are n tiltak.
 * Then, interleaved: project cold, baseline cold, project warm after editing one tiltak's body,
 * and warm again after editing one amount (in the tiltak and on its cited line) (× runs). The
 * warm builds are set against the goal of issue 24 (≤ 25 % of cold), the slower of the two.
 * Wall time, CPU time and peak RSS come from GNU time (the largest process of the build's tree);
 * the load average beside each build says how busy the machine was.
 *
 * BENCH_PROFIL=<folder> profiles instead: only the project's cold build and its warm build after
 * the amount edit, each under `node --cpu-prof` into <folder>/kaldt and <folder>/varmt-belop, and
 * prints self CPU time by category and the top functions (scripts/lib/cpuProfile.mjs), with the
 * CPU of the process's other threads and of Pagefind's binary beside them. No baseline, no search
 * benchmark: the profiler slows the build, so these are not figures to set against the baseline.
 * BENCH_PROFIL_BASIS=1 profiles the bare Astro + MDX build as well, into <folder>/basis.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
// Node 24 strips the types, so the vocabulary is read from the one place it is defined.
import { FINANSIERINGSKILDER, TILTAK_STATUSER } from '../src/schemas/vocabulary.ts';
import { pageSizeReport } from './lib/pageSizes.mjs';
import { profileReport } from './lib/cpuProfile.mjs';

const target = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 1);
if (!Number.isInteger(target) || target < 1) {
  console.error('Bruk: npm run bench:skala -- <antall tiltak> [runder]');
  process.exit(2);
}
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) {
  console.error('Fant ikke GNU time (/usr/bin/time): apt-get install -y time');
  process.exit(2);
}

const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'bygdevekst-skala-'));
const content = join(work, 'content');
const seeds = join(work, 'seeds');
const projectOut = join(work, 'dist-prosjekt');
const baselineDir = join(work, 'baseline');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BYGDEVEKST_SEEDS: seeds };

// ── Synthetic content ────────────────────────────────────────────────────────────────────────

/** A deterministic pseudo-random sequence, so two runs at the same n build the same site. */
let seed = 20261129;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const WORDS = (
  'kommunen regionen piloten tiltaket arbeidet innbyggere ungdom næringsliv bolig tomter utleie ' +
  'rekruttering kompetanse samarbeid fylkeskommunen staten planen midler prosjektleder møteplass ' +
  'samferdsel bestillingstransport lærlinger skole helse omsorg kultur frivillighet landbruk ' +
  'reiseliv digitalisering bredbånd sentrum stedsutvikling tilflytting inkludering arbeidsplasser ' +
  'styrke utvikle etablere videreføre kartlegge prøve ut koordinere finansiere følge opp'
).split(' ');

function sentence() {
  const words = Array.from({ length: between(8, 18) }, () => pick(WORDS));
  return `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}.`;
}

function body() {
  const paragraphs = [];
  let count = 0;
  const goal = between(150, 300);
  while (count < goal) {
    const sentences = Array.from({ length: between(3, 6) }, sentence);
    count += sentences.join(' ').split(' ').length;
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

function frontmatter(file) {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return match ? parseYaml(match[1]) : parseYaml(text);
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

function generateContent() {
  cpSync(join(project, 'content'), content, { recursive: true });
  const ids = (folder) =>
    listFiles(join(content, folder)).map((f) =>
      f
        .split('/')
        .pop()
        .replace(/\.(mdx|yaml)$/, ''),
    );
  const tema = ids('tema');
  const aktorer = ids('aktorer');
  const sources = FINANSIERINGSKILDER.map((k) => k.id);
  const statuses = TILTAK_STATUSER.map((k) => k.id);
  if (sources.length === 0 || statuses.length === 0) throw new Error('fant ikke vokabularet');

  const delmalByPilot = new Map();
  for (const f of listFiles(join(content, 'delmal'))) {
    const d = frontmatter(f);
    const list = delmalByPilot.get(d.pilot) ?? [];
    list.push({ id: f.split('/').pop().replace('.mdx', ''), nr: d.nr });
    delmalByPilot.set(d.pilot, list);
  }
  const existingPlans = new Set(ids('handlingsplaner'));
  const existingTiltak = listFiles(join(content, 'tiltak')).length;
  const pilots = [...delmalByPilot.keys()].sort();

  // Every synthetic plan gets its own synthetic source document, written as the plans are: a
  // line per tiltak with number and title, a line per funding with the amount. So the citation
  // proof checks every synthetic figure and title on its cited lines, as it does for real ones.
  const plans = [];
  for (let year = 2024; year <= 2030; year++)
    for (const pilot of pilots) {
      const id = `${pilot}-${year}`;
      if (!existingPlans.has(id))
        plans.push({
          id,
          pilot,
          year,
          doc: `hp-${year}-${pilot}-syntetisk`,
          lines: [`Handlingsplan ${year} for ${pilot} (syntetisk testdokument)`],
        });
    }

  const toAdd = Math.max(0, target - existingTiltak);
  const tiltak = [];
  for (let i = 0; i < toAdd; i++) {
    const plan = plans[i % plans.length];
    const delmal = delmalByPilot.get(plan.pilot)[
      Math.floor(i / plans.length) % delmalByPilot.get(plan.pilot).length
    ];
    const nr = `${delmal.nr}.${Math.floor(i / plans.length) + 1}`;
    const tittel = `${pick(WORDS)} og ${pick(WORDS)} ${i + 1}`;
    plan.lines.push(sentence(), `Tiltak ${nr} ${tittel}`);
    const from = plan.lines.length;
    const funding = Array.from({ length: between(1, 3) }, () => {
      const belop = between(1, 80) * 25000;
      plan.lines.push(`Finansiering: kr ${belop.toLocaleString('nb-NO').replace(/\s/g, ' ')},-`);
      return `  - { kilde: ${pick(sources)}, belop: ${belop}, aar: ${plan.year}, linjer: [${plan.lines.length}, ${plan.lines.length}] }`;
    }).join('\n');
    tiltak.push({
      plan,
      delmal,
      nr,
      tittel,
      funding,
      from,
      to: plan.lines.length,
      id: `${plan.id}-s${i + 1}`,
    });
  }

  mkdirSync(seeds);
  for (const seedFile of readdirSync(join(project, '..', 'shared', 'seeds')))
    symlinkSync(join(project, '..', 'shared', 'seeds', seedFile), join(seeds, seedFile));
  for (const [k, plan] of plans.entries()) {
    // Seed files are named like shared/seeds' own: three digits and a hex digest.
    const seedFile = `${900 + k}_${createHash('sha256').update(plan.doc).digest('hex').slice(0, 16)}.txt`;
    writeFileSync(join(seeds, seedFile), `${plan.lines.join('\n')}\n`);
    writeFileSync(
      join(content, 'kilder', `${plan.doc}.yaml`),
      `tittel: Handlingsplan ${plan.year} for ${plan.pilot} (syntetisk)\nutgiver: Skalatesten\ndato: "${plan.year}-01"\n` +
        `seed: ${seedFile}\nbeskrivelse: Et generert dokument for skalatesten.\nbrukt: Alle tiltak.\nkontrollert: 2026-11-29\n`,
    );
    writeFileSync(
      join(content, 'handlingsplaner', `${plan.id}.mdx`),
      `---\npilot: ${plan.pilot}\naar: ${plan.year}\ntittel: Handlingsplan ${plan.year} (syntetisk testinnhold)\ndokument: ${plan.doc}\nkilde: { dokument: ${plan.doc}, linjer: [1, 1] }\n---\n${body()}\n`,
    );
  }
  for (const t of tiltak) {
    const folder = join(content, 'tiltak', t.plan.id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `${t.id}.mdx`),
      `---\nplan: ${t.plan.id}\ndelmal: ${t.delmal.id}\nnr: "${t.nr}"\ntittel: ${t.tittel}\n` +
        `status: ${pick(statuses)}\nstatusTekst: null\nhovedansvarlige: [${pick(aktorer)}]\nhovedansvarligTekst: null\n` +
        `samarbeidsparter: [${pick(aktorer)}]\nsamarbeidsparterTekst: null\ntidsramme: "${t.plan.year}"\n` +
        `finansiering:\n${t.funding}\ntema: [${pick(tema)}]\n` +
        `kilde: { dokument: ${t.plan.doc}, linjer: [${t.from}, ${t.to}] }\n---\n${body()}\n`,
    );
  }
  return { plans: plans.length, tiltak: existingTiltak + toAdd };
}

// ── The bare baseline ────────────────────────────────────────────────────────────────────────

function writeBaseline() {
  mkdirSync(join(baselineDir, 'src/pages/tiltak'), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(baselineDir, 'node_modules'));
  writeFileSync(join(baselineDir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(baselineDir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n` +
      `export default defineConfig({ output: 'static', integrations: [mdx()], cacheDir: './.cache' });\n`,
  );
  writeFileSync(
    join(baselineDir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
      `export const collections = { tiltak: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(join(content, 'tiltak'))} }) }) };\n`,
  );
  writeFileSync(
    join(baselineDir, 'src/pages/tiltak/[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\n` +
      `export async function getStaticPaths() {\n  return (await getCollection('tiltak')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n` +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n` +
      `<html lang="nb"><head><meta charset="utf-8" /><title>{entry.data.tittel}</title></head><body><h1>{entry.data.tittel}</h1><Content /></body></html>\n`,
  );
}

// ── Measuring ────────────────────────────────────────────────────────────────────────────────

/** Runs a command under GNU time; returns wall seconds, peak RSS in MB and its output. */
function measured(args, cwd, extraEnv = {}) {
  const load = loadavg()[0];
  const r = spawnSync(TIME, ['-f', 'BENCH %e %M %U %S', ...args], {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !line) {
    console.error(
      `${args.join(' ')} feilet:\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`,
    );
    process.exit(1);
  }
  const phases = [...(r.stdout ?? '').matchAll(/✓ (.+?) \(([\d.]+) s\)/g)].map((m) => `${m[1]} ${m[2]} s`);
  return {
    seconds: Number(line[1]),
    rssMb: Number(line[2]) / 1024,
    cpu: Number(line[3]) + Number(line[4]),
    load: Math.max(load, loadavg()[0]),
    phases,
    output: r.stdout,
  };
}

const projectCache = join(
  project,
  'node_modules/.astro-fixtures',
  createHash('sha256').update(content).digest('hex').slice(0, 12),
);
const profileDir = process.env.BENCH_PROFIL ? resolve(process.env.BENCH_PROFIL) : undefined;
/**
 * Runs `node <args>` in `cwd` under the CPU profiler into profileDir/<name> (`envFor(dir)` adds to
 * the environment), with the CPU of the whole process recorded at exit (scripts/lib/cpuAtExit.mjs).
 */
function profiled(name, args, cwd, envFor) {
  const dir = join(profileDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const hook = join(project, 'scripts/lib/cpuAtExit.mjs');
  return {
    ...measured([process.execPath, '--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], cwd, {
      ...envFor(dir),
      BENCH_PROFIL_CPU: dir,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}`.trim(),
    }),
    dir,
  };
}

/** Builds the project; with a profile name, under the CPU profiler into profileDir/<name>. */
function buildProject(profileName) {
  const dirs = { BYGDEVEKST_CONTENT: content, BYGDEVEKST_OUT: projectOut };
  if (!profileName) return measured([process.execPath, 'scripts/build.mjs'], project, dirs);
  return profiled(profileName, ['scripts/build.mjs'], project, (dir) => ({
    ...dirs,
    BYGDEVEKST_BEHOLD_KODE: join(dir, 'kode'),
  }));
}

/** What a profiled build's time went to, printed: GNU time's figures, then the profile's. */
function printProfile(title, b) {
  const search = /laget ved siden av Astro på ([\d.]+) s/.exec(b.output)?.[1];
  console.log(`\n── ${title} (profilert; ${b.dir}) ──`);
  console.log(
    `Vegg ${b.seconds.toFixed(1)} s, CPU i alt ${b.cpu.toFixed(1)} s (GNU time), last ${b.load.toFixed(1)}, ` +
      `største RSS ${b.rssMb.toFixed(0)} MB${search ? `; søkeindeksen ferdig ${search} s etter at den startet` : ''}.`,
  );
  console.log(`Faser: ${b.phases.join(', ')}`);
  for (const line of profileReport(b.dir, { root: project })) console.log(line);
}
function buildBaseline(profile = false) {
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  if (!profile) return measured([process.execPath, astro, 'build', '--silent'], baselineDir);
  return profiled('basis', [astro, 'build', '--silent'], baselineDir, () => ({}));
}

function pageWeights(dir) {
  const byType = new Map();
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    const path = relative(dir, file);
    const type = path.includes('/') ? path.split('/')[0] : path.replace('.html', '');
    const list = byType.get(type) ?? [];
    list.push(gzipSync(readFileSync(file)).length);
    byType.set(type, list);
  }
  return [...byType]
    .map(([type, sizes]) => {
      sizes.sort((a, b) => a - b);
      return { type, pages: sizes.length, median: sizes[Math.floor(sizes.length / 2)], max: sizes.at(-1) };
    })
    .sort((a, b) => b.pages - a.pages);
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const generated = generateContent();
writeBaseline();
console.log(
  `Skalatest: ${generated.tiltak} tiltak i ${generated.plans} syntetiske planår + dagens innhold, i ${work}`,
);

if (profileDir) {
  rmSync(projectCache, { recursive: true, force: true });
  printProfile('Kaldt bygg', buildProject('kaldt'));
  const tiltakFiles = listFiles(join(content, 'tiltak'));
  const amount = editAmount(tiltakFiles.find((f) => f.includes('-s2.mdx')) ?? tiltakFiles[1]);
  printProfile(`Varmt bygg etter endret beløp (${amount})`, buildProject('varmt-belop'));
  // BENCH_PROFIL_BASIS=1: the bare Astro + MDX build too, to see what any Astro build spends.
  if (process.env.BENCH_PROFIL_BASIS) printProfile('Bart Astro + MDX, kaldt', buildBaseline(true));
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  rmSync(projectCache, { recursive: true, force: true });
  process.exit(0);
}

const results = [];
for (let run = 1; run <= runs; run++) {
  rmSync(projectCache, { recursive: true, force: true });
  rmSync(join(baselineDir, '.cache'), { recursive: true, force: true });
  rmSync(join(baselineDir, 'dist'), { recursive: true, force: true });
  const cold = buildProject();
  const baseline = buildBaseline();
  const tiltakFiles = listFiles(join(content, 'tiltak'));
  const edited = tiltakFiles.find((f) => f.includes('-s1.mdx')) ?? tiltakFiles[0];
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nEn setning lagt til for å måle et varmt bygg.\n`);
  const warm = buildProject();
  const amount = editAmount(tiltakFiles.find((f) => f.includes('-s2.mdx')) ?? tiltakFiles[1]);
  const warmAmount = buildProject();
  results.push({ cold, baseline, warm, warmAmount });
  const line = (b) => `${b.seconds.toFixed(1)} s (CPU ${b.cpu.toFixed(1)} s, last ${b.load.toFixed(1)})`;
  console.log(
    `Runde ${run}: prosjekt ${line(cold)} / ${cold.rssMb.toFixed(0)} MB, ` +
      `bart Astro+MDX ${line(baseline)} / ${baseline.rssMb.toFixed(0)} MB, ` +
      `varmt etter endret tekst ${line(warm)}, varmt etter endret beløp (${amount}) ${line(warmAmount)}`,
  );
}

/**
 * Changes the first amount of a generated tiltak, and the line of its source text that states
 * it, so the citation proof still finds it there. Returns what changed.
 */
function editAmount(file) {
  const text = readFileSync(file, 'utf8');
  const m = /belop: (\d+), aar: \d+, linjer: \[(\d+), \d+\]/.exec(text);
  const doc = /kilde: \{ dokument: ([^,]+),/.exec(text)?.[1];
  if (!m || !doc) throw new Error(`fant ikke et beløp å endre i ${file}`);
  const [old, line] = [Number(m[1]), Number(m[2])];
  const next = old + 25000;
  writeFileSync(file, text.replace(`belop: ${old},`, `belop: ${next},`));
  const kilde = readFileSync(join(content, 'kilder', `${doc}.yaml`), 'utf8');
  const seedFile = join(seeds, /seed: (\S+)/.exec(kilde)[1]);
  const lines = readFileSync(seedFile, 'utf8').split('\n');
  const nb = (n) => n.toLocaleString('nb-NO').replace(/\s/g, ' ');
  lines[line - 1] = lines[line - 1].replace(nb(old), nb(next));
  writeFileSync(seedFile, lines.join('\n'));
  return `${nb(old)} → ${nb(next)} kr`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p = median(results.map((r) => r.cold.seconds));
const b = median(results.map((r) => r.baseline.seconds));
const pr = median(results.map((r) => r.cold.rssMb));
const br = median(results.map((r) => r.baseline.rssMb));
const w = median(results.map((r) => r.warm.seconds));
const wa = median(results.map((r) => r.warmAmount.seconds));
const pages = listFiles(projectOut).filter((f) => f.endsWith('.html')).length;
const baselinePages = listFiles(join(baselineDir, 'dist')).filter((f) => f.endsWith('.html')).length;
const loads = results.flatMap((r) => [r.cold.load, r.baseline.load, r.warm.load, r.warmAmount.load]);
/** Issue 24: a warm rebuild after one edit takes at most this share of a cold build. */
const WARM_GOAL = 0.25;
const share = Math.max(w, wa) / p;

console.log(`\n| ${target} tiltak | prosjekt | bart Astro+MDX | forhold |`);
console.log('|---|---|---|---|');
console.log(`| sider | ${pages} | ${baselinePages} | |`);
console.log(`| byggetid (kaldt) | ${p.toFixed(1)} s | ${b.toFixed(1)} s | ${(p / b).toFixed(2)}× |`);
console.log(`| største RSS | ${pr.toFixed(0)} MB | ${br.toFixed(0)} MB | ${(pr / br).toFixed(2)}× |`);
console.log(`| varmt bygg, endret tekst | ${w.toFixed(1)} s | | ${((w / p) * 100).toFixed(0)} % av kaldt |`);
console.log(
  `| varmt bygg, endret beløp | ${wa.toFixed(1)} s | | ${((wa / p) * 100).toFixed(0)} % av kaldt |`,
);
console.log(
  `\nMål: varmt bygg ≤ ${WARM_GOAL * 100} % av kaldt: ${(share * 100).toFixed(0)} %, ` +
    `${share <= WARM_GOAL ? 'oppfylt' : 'ikke oppfylt'} (last ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}).`,
);
console.log(`\nFaser i prosjektets kalde bygg: ${results.at(-1).cold.phases.join(', ')}`);
console.log(`Faser i det varme bygget (tekst): ${results.at(-1).warm.phases.join(', ')}`);
console.log(`Faser i det varme bygget (beløp): ${results.at(-1).warmAmount.phases.join(', ')}`);

console.log('\nSidestørrelse (issue 24, punkt 2):');
for (const line of pageSizeReport(projectOut, join(baselineDir, 'dist'))) console.log(`  ${line}`);

console.log('\nSidevekt per sidetype (HTML, gzip):');
for (const t of pageWeights(projectOut))
  console.log(`  ${t.type}: ${t.pages} sider, median ${kb(t.median)}, størst ${kb(t.max)}`);

// BENCH_UTEN_SOK=1 leaves the search out (the build figures alone, sooner).
if (
  !process.env.BENCH_UTEN_SOK &&
  existsSync(join(projectOut, 'pagefind', 'pagefind.js')) &&
  existsSync('/usr/bin/chromium')
) {
  console.log('\nSøk (Chromium, scripts/bench-search.mjs på det bygde nettstedet):');
  const search = spawnSync(process.execPath, ['scripts/bench-search.mjs', '3'], {
    cwd: project,
    env: { ...env, BYGDEVEKST_OUT: projectOut },
    encoding: 'utf8',
  });
  console.log((search.stdout ?? '').trim() || (search.stderr ?? '').trim());
} else console.log('\nSøk: hoppet over (ingen søkeindeks eller ingen /usr/bin/chromium).');

if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
rmSync(projectCache, { recursive: true, force: true });
