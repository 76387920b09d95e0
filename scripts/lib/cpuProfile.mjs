/**
 * Sums the .cpuprofile files of a build (node --cpu-prof) into self CPU time per category and the
 * functions with the most self time. A profile is plain JSON: a tree of nodes (one per call
 * site, with its callFrame) and the sampled node at each tick (samples, timeDeltas in µs).
 *
 * Native frames (no url: fs bindings, JSON.parse, a Rust binding) take the category of the
 * JavaScript that called them, so «fs» means the time reading and writing files costs, wherever
 * it is called from. Page code runs from chunks Astro bundles and then deletes; with the copy
 * scripts/lib/keepPageCode.mjs keeps, a chunk line is traced back to its source module through
 * the «// src/…» marks Rolldown writes at the start of each module.
 *
 * Usage on its own: node scripts/lib/cpuProfile.mjs <folder with .cpuprofile files>
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The source module of each line of a bundled chunk, from Rolldown's module marks. */
function chunkModules(file) {
  const modules = [];
  let current = '(chunk)';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const mark =
      /^\/\/ (?:\0)?(?:virtual:astro:page:)?([^\s]+\.(?:ts|mts|js|mjs|astro|mdx|md|json)|[^\s]+@_@astro)$/.exec(
        line,
      );
    if (mark) current = mark[1].replace(/@_@astro$/, '.astro');
    modules.push(current);
  }
  return modules;
}

/** Where in the project or in node_modules a frame's code lives, as a path relative to the root. */
function sourceOf(frame, root, codeDirs, chunkCache) {
  const url = frame.url.replace(/^file:\/\//, '');
  for (const codeDir of codeDirs) {
    // The chunk's path inside .prerender/ is the same in the kept copy.
    const at = url.indexOf('/.prerender/');
    if (at < 0) continue;
    const copy = join(codeDir, url.slice(at + '/.prerender/'.length));
    if (!existsSync(copy)) continue;
    if (!chunkCache.has(copy)) chunkCache.set(copy, chunkModules(copy));
    return chunkCache.get(copy)[frame.lineNumber] ?? '(chunk)';
  }
  if (url.includes('/.prerender/')) return '(chunk)';
  return url.startsWith(root) ? relative(root, url) : url;
}

const MARKDOWN =
  /^(remark|rehype|unified|mdast|hast|micromark|unist|vfile|shiki|@shikijs|satteri|@mdx-js|@astrojs\/mdx|@astrojs\/markdown|estree|devlop|decode-named|character-|property-information|space-separated|comma-separated|html-void|zwitch|trim-lines|ccount|markdown-table|longest-streak)/;

/** The row of the table a frame's self time counts in. */
function categoryOf(name, source) {
  if (name === '(garbage collector)') return 'GC (V8, main thread)';
  if (name === '(program)') return 'V8/native outside JS (program)';
  const nm = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(source);
  if (nm) {
    const [pkg, rest = ''] = [nm[1], nm[2]];
    if (pkg === 'astro') {
      if (rest.startsWith('/dist/runtime/')) return 'Astro: page rendering (runtime)';
      if (/^\/dist\/(content|core\/data|assets\/utils)/.test(rest)) return 'Astro: content layer';
      return 'Astro: build orchestration (core, vite plugins)';
    }
    if (pkg === '@astrojs/compiler-rs' || pkg === '@astrojs/compiler') return 'Astro compiler (.astro → JS)';
    if (/^(vite|rolldown|@rolldown\/|esbuild|postcss|lightningcss|@oxc|oxc)/.test(pkg))
      return 'Vite/Rolldown bundling';
    if (pkg === 'zod') return 'zod';
    if (MARKDOWN.test(pkg)) return 'Markdown (satteri/remark/rehype/shiki)';
    if (pkg === 'yaml' || pkg === 'js-yaml') return 'YAML parsing';
    if (pkg === 'devalue') return 'Astro: content layer';
    if (pkg === 'pagefind') return 'Pagefind (Node side)';
    return `other packages`;
  }
  if (source.startsWith('node:')) {
    if (/^node:(internal\/)?fs/.test(source)) return 'node: fs';
    if (/^node:(internal\/)?zlib/.test(source)) return 'node: zlib';
    if (/^node:internal\/(modules|deps\/amaro|deps\/cjs-module-lexer|vm|bootstrap)/.test(source))
      return 'node: module loading, TS stripping';
    if (/^node:internal\/source_map/.test(source)) return 'node: source maps';
    if (/^node:(internal\/)?crypto/.test(source)) return 'node: crypto (hashing)';
    if (
      /^node:internal\/(process\/task_queues|timers|async_hooks|process\/promises)|^node:timers/.test(source)
    )
      return 'node: promises, timers, async hooks';
    if (/^node:internal\/(child_process|streams|stream_base)|^node:(stream|child_process|net)/.test(source))
      return 'node: child process, streams';
    return 'node: other internals (buffers, text, url, path)';
  }
  const lib = /^src\/lib\/([^/]+)\//.exec(source);
  if (lib) return `ours: src/lib/${lib[1]}`;
  if (source.startsWith('src/lib/')) return 'ours: src/lib (loose helpers)';
  if (source.startsWith('src/views/')) return 'ours: src/views';
  if (source.startsWith('src/data/')) return 'ours: src/data';
  if (/^src\/(pages|components|layouts)\//.test(source)) return 'ours: pages/components (.astro)';
  if (source.startsWith('scripts/')) return 'ours: scripts/';
  if (source.startsWith('src/')) return 'ours: src (other)';
  if (source === '(chunk)') return 'bundled chunk, module unknown';
  if (source === '') return 'native, caller unknown';
  return 'other';
}

/**
 * Reads every .cpuprofile in `dir` (and the kept page code in `dir/kode`).
 * @returns {{ categories: Map<string, number>, functions: {label: string, category: string, us: number}[], sampledUs: number, idleUs: number, wallUs: number }}
 */
export function summarizeProfiles(dir, root = process.cwd()) {
  const codeDirs = [join(dir, 'kode')].filter((d) => existsSync(d));
  const chunkCache = new Map();
  const categories = new Map();
  const functions = new Map();
  let sampledUs = 0;
  let idleUs = 0;
  let wallUs = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    wallUs += profile.endTime - profile.startTime;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map();
    // A sample stands for the time until the next one.
    for (let i = 0; i < profile.samples.length; i++) {
      const us = profile.timeDeltas[i + 1] ?? 0;
      self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + us);
    }
    /** A frame's category; a native frame takes its nearest JavaScript caller's. */
    const place = new Map();
    const placeOf = (id) => {
      if (place.has(id)) return place.get(id);
      const { callFrame: f } = nodes.get(id);
      let result;
      // WebAssembly is a native library compiled to wasm (satteri, shiki): it counts as its caller.
      if ((f.url && !f.url.startsWith('wasm://')) || f.functionName.startsWith('(')) {
        const source = f.url ? sourceOf(f, root, codeDirs, chunkCache) : '';
        result = { category: categoryOf(f.functionName, source), source };
      } else {
        const up = parent.get(id);
        result = up === undefined ? { category: 'native, caller unknown', source: '' } : placeOf(up);
      }
      place.set(id, result);
      return result;
    };
    /** A frame's place in the code: chunk line and source module, or file and line. */
    const at = (f) => {
      const chunk = /\/\.prerender\/(.+)$/.exec(f.url)?.[1];
      const source = sourceOf(f, root, codeDirs, chunkCache);
      return chunk ? `${chunk}:${f.lineNumber + 1} (${source})` : `${source}:${f.lineNumber + 1}`;
    };
    /** The nearest JavaScript frame above a native one: who asked for the native work. */
    const callerOf = (id) => {
      for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
        const f = nodes.get(up).callFrame;
        if (f.url && !f.url.startsWith('wasm://') && !f.url.startsWith('node:'))
          return `${f.functionName || '(anonymous)'} ${at(f)}`;
      }
      return '?';
    };
    for (const [id, us] of self) {
      const { callFrame: f } = nodes.get(id);
      if (f.functionName === '(idle)') {
        idleUs += us;
        continue;
      }
      if (f.functionName === '(root)') continue;
      sampledUs += us;
      const { category } = placeOf(id);
      categories.set(category, (categories.get(category) ?? 0) + us);
      const where =
        f.url && !f.url.startsWith('wasm://')
          ? at(f)
          : f.functionName.startsWith('(')
            ? ''
            : `(${f.url ? 'wasm' : 'native'}) ← ${callerOf(id)}`;
      const label = `${f.functionName || '(anonymous)'}  ${where}`;
      const entry = functions.get(label) ?? { label, category, us: 0 };
      entry.us += us;
      functions.set(label, entry);
    }
  }
  return {
    categories,
    functions: [...functions.values()].sort((a, b) => b.us - a.us),
    sampledUs,
    idleUs,
    wallUs,
  };
}

/** The categories summed into the groups the README's table uses. */
function groups(categories) {
  const groupOf = (c) =>
    c.startsWith('ours:')
      ? 'vår kode'
      : c.startsWith('Astro:')
        ? 'Astro'
        : /^(Vite|Astro compiler)/.test(c)
          ? 'bunting (Vite/Rolldown, Astro-kompilator)'
          : c.startsWith('node:')
            ? 'node internt'
            : /^(GC|V8)/.test(c)
              ? 'GC og V8'
              : 'andre biblioteker';
  const sums = new Map();
  for (const [c, us] of categories) sums.set(groupOf(c), (sums.get(groupOf(c)) ?? 0) + us);
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** The summary as printable lines: categories by self CPU seconds, then the top functions. */
export function profileReport(dir, { top = 25, root = process.cwd() } = {}) {
  const s = summarizeProfiles(dir, root);
  const sec = (us) => (us / 1e6).toFixed(1);
  const pct = (us) => `${((us / s.sampledUs) * 100).toFixed(1)} %`;
  // Written by scripts/lib/cpuAtExit.mjs; ticks are 1/100 s on Linux.
  const cpu = readdirSync(dir)
    .filter((f) => /^cpu-\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const mainThreadUs = cpu.reduce((sum, c) => sum + (c.mainThreadTicks ?? 0), 0) * 1e4;
  const processUs = cpu.reduce((sum, c) => sum + c.processCpuS, 0) * 1e6;
  const childrenUs = cpu.reduce((sum, c) => sum + c.childrenTicks, 0) * 1e4;
  // The profiler samples on a wall-clock timer, so on a busy machine a sample also counts the
  // time the thread waited for a core. The main thread's CPU time from the kernel is the true
  // total; each category gets its share of it.
  const scale = mainThreadUs > 0 ? mainThreadUs / s.sampledUs : undefined;
  const lines = [
    `Profilert hovedtråd: ${sec(s.sampledUs)} s i prøvene (JS, GC, native) av ${sec(s.wallUs)} s vegg, ${sec(s.idleUs)} s ledig/ventende`,
    ...(cpu.length > 0
      ? [
          `CPU fra kjernen: ${
            scale
              ? `hovedtråden ${sec(mainThreadUs)} s, prosessens andre tråder (Rolldown, V8s GC-hjelpere, libuv) ${sec(processUs - mainThreadUs)} s`
              : `prosessen ${sec(processUs)} s over alle tråder`
          }, barneprosesser (Pagefind) ${sec(childrenUs)} s`,
        ]
      : []),
    '',
    `| kategori | ${scale ? 'CPU-s (hovedtråd)' : 'CPU-s (prøver)'} | andel |`,
    '|---|---|---|',
    ...[...s.categories]
      .sort((a, b) => b[1] - a[1])
      .map(([category, us]) => `| ${category} | ${sec(us * (scale ?? 1))} | ${pct(us)} |`),
    '',
    `Grupper: ${[...groups(s.categories)].map(([g, us]) => `${g} ${sec(us * (scale ?? 1))} s (${pct(us)})`).join(', ')}`,
    '',
    `Topp ${top} funksjoner etter egen tid${scale ? ' (CPU-s, hovedtråd)' : ''}:`,
    ...s.functions
      .slice(0, top)
      .map((f, i) => `${String(i + 1).padStart(2)}. ${sec(f.us * (scale ?? 1)).padStart(5)} s  ${f.label}`),
  ];
  return lines;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Bruk: node scripts/lib/cpuProfile.mjs <mappe med .cpuprofile-filer>');
    process.exit(2);
  }
  for (const line of profileReport(dir)) console.log(line);
}
