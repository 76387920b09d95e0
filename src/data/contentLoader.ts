/**
 * The content-layer loader every collection uses: the content is read and checked ONCE per build
 * (schemas, integrity, editor checks: `validateContent()`, the same function `npm run validate`
 * runs), and Astro's data store is filled from that result. So the validator and the site see
 * the same entries by construction, and a build with a content problem stops inside Astro with
 * the Norwegian file/field messages before anything is published.
 *
 * Bodies are plain Markdown (content rule), so they are rendered with Astro's Markdown pipeline
 * and cached in the data store by digest, instead of compiling every body to its own MDX module.
 *
 * In `astro dev` a change under content/ re-checks and reloads every collection; problems are
 * logged in the terminal and kept for `getSite()`, which throws them so the browser overlay
 * shows them too.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  contentRoot,
  ensurePdfTexts,
  type LoadedContent,
  formatProblems,
  type Problem,
  validateContent,
} from '../lib/loading/index.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { Site } from '../views/site.ts';

/** Shared through globalThis: Astro loads this module more than once (config and pages). */
interface SharedState {
  version: number;
  result?: { version: number; content: LoadedContent };
  reloaders: Map<CollectionName, () => Promise<void>>;
  watching: boolean;
  /** The content version whose PDFs have their text kept (see ensurePdfTexts). */
  pdfTexts?: { version: number; done: Promise<unknown> };
  /** The site the pages of this content version were built from (see registerSite). */
  site?: { version: number; site: Site };
}
const KEY = Symbol.for('bygdevekstatlas.content');
const g = globalThis as unknown as Record<symbol, SharedState | undefined>;
const shared: SharedState = (g[KEY] ??= { version: 0, reloaders: new Map(), watching: false });

/** The checked content of the current version, read from disk once per version. */
export function checkedContent(): LoadedContent {
  if (shared.result?.version !== shared.version)
    shared.result = { version: shared.version, content: validateContent() };
  return shared.result.content;
}

/**
 * Keeps the site the pages render from (src/data/site.ts calls this), so the build's steps after
 * Astro in the same process (scripts/build.mjs: the search index) work from exactly that content
 * and its per-build memo (the search records /sok/ already made), never reading anything again.
 */
export function registerSite(site: Site): void {
  shared.site = { version: shared.version, site };
}

/** The site the Astro build in this process rendered, or undefined when none has. */
export function siteOfThisBuild(): Site | undefined {
  return shared.site?.version === shared.version ? shared.site.site : undefined;
}

/** Marks the content as changed: the next load reads and checks it again. */
export function invalidateContent(): void {
  shared.version++;
}

/** Problems found in the content now loaded (empty when all is well, or before any load). */
export function contentProblems(): Problem[] {
  return shared.result?.content.problems ?? [];
}

export class ContentError extends Error {
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'Innholdsfeil';
  }
}

/**
 * A PDF added since the last build (uploaded in the CMS, or copied in) gets its text extracted
 * before the synchronous check reads it; once per content version, whichever collection loads first.
 */
function pdfTextsReady(): Promise<unknown> {
  if (shared.pdfTexts?.version !== shared.version)
    shared.pdfTexts = { version: shared.version, done: ensurePdfTexts(contentRoot()) };
  return shared.pdfTexts.done;
}

async function fill(name: CollectionName, ctx: LoaderContext, dev: boolean): Promise<void> {
  const { store, generateDigest, renderMarkdown, logger } = ctx;
  await pdfTextsReady();
  const content = checkedContent();
  if (content.problems.length > 0) {
    // In a build this stops Astro before any page is written; in dev the pages say it (getSite()).
    if (!dev) throw new ContentError(content.problems);
    if (name === 'piloter') logger.error(formatProblems(content.problems));
  }
  const markdown = COLLECTIONS[name].format === 'mdx';
  const keep = new Set<string>();
  for (const e of content.collections[name]) {
    keep.add(e.id);
    const digest = generateDigest({ data: JSON.stringify(e.data), body: e.body });
    const old = store.get(e.id);
    if (old && old.digest === digest && (!markdown || old.rendered)) continue;
    store.set({
      id: e.id,
      data: e.data as Record<string, unknown>,
      body: e.body,
      filePath: e.file,
      digest,
      ...(markdown
        ? { rendered: await renderMarkdown(e.body, { fileURL: pathToFileURL(resolve(e.file)) }) }
        : {}),
    });
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

/** How long the dev watcher waits after the last change under content/ before reading it again. */
const SETTLE_MS = 100;

/** The loader for one collection (see src/content.config.ts). */
export function atlasLoader(name: CollectionName): Loader {
  return {
    name: 'bygdevekstatlas',
    async load(ctx) {
      const dev = ctx.watcher !== undefined;
      await fill(name, ctx, dev);
      if (!ctx.watcher) return;
      shared.reloaders.set(name, () => fill(name, ctx, true));
      if (shared.watching) return;
      shared.watching = true;
      const root = resolve(contentRoot());
      ctx.watcher.add(root);
      let settling: ReturnType<typeof setTimeout> | undefined;
      ctx.watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(root)) return;
        // A save can reach the watcher as the truncation alone: the write that follows within the
        // same instant may bring no event of its own. Read once the events have paused, or the
        // half-written file's error would stay on the page until the next save.
        clearTimeout(settling);
        settling = setTimeout(() => {
          invalidateContent();
          for (const reload of shared.reloaders.values()) void reload();
        }, SETTLE_MS);
      });
    },
  };
}
