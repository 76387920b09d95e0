/**
 * The check the local editing backend runs before it writes anything (issue 21): the content
 * as it would be after a save (today's content folder with the incoming files laid over it, in a
 * temporary copy) goes through the project's own validation, the very function `npm run
 * validate` and the build run: schemas, references, the citation proof against the source texts
 * and the editor checks. A save is refused when that finds a problem in a file being saved, or a
 * new problem anywhere else (an entry others refer to, renamed or deleted). Problems the content
 * already had in other files do not block an editor's unrelated save.
 */
import { cp, lstat, mkdir, mkdtemp, realpath, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formLabel } from '../../src/lib/editing/index.ts';
import { ensurePdfText, KILDE_FILER } from '../../src/lib/loading/index.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';

/**
 * One file a save would change: its new text (`raw`), or its bytes for an uploaded file (`bytes`,
 * a source PDF), or neither for a file that goes away.
 */
export interface PlannedChange {
  /** Relative to the project, as the CMS names it (`content/tiltak/…`). */
  path: string;
  raw?: string;
  bytes?: Uint8Array;
}

/** A problem as the validator words it, with the file relative to the project. */
export interface SaveProblem {
  file: string;
  felt: string;
  linje?: number;
  melding: string;
}

export interface ContentCheck {
  /** What the build would stop on after these changes and that the save is to blame for; empty: save. */
  problemsAfter(changes: readonly PlannedChange[]): Promise<SaveProblem[]>;
  close(): Promise<void>;
}

export interface ContentCheckOptions {
  /** The project folder; `content` under it is checked. */
  root: string;
  /** The source-text folder (BYGDEVEKST_SEEDS); default the environment's, as `npm run validate`. */
  seeds?: string;
}

const CONTENT = 'content';

type Answer = { id: number; problems?: SaveProblem[]; failure?: string };

export function startContentCheck(opts: ContentCheckOptions): ContentCheck {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (opts.seeds) env.BYGDEVEKST_SEEDS = resolve(opts.seeds);
  delete env.BYGDEVEKST_CONTENT;
  const worker = new Worker(new URL('./cmsCheckWorker.ts', import.meta.url), { env });
  worker.unref();
  const waiting = new Map<number, { done: (a: Answer) => void }>();
  let next = 0;
  let broken: Error | undefined;
  worker.on('message', (a: Answer) => {
    waiting.get(a.id)?.done(a);
    waiting.delete(a.id);
  });
  worker.on('error', (e) => {
    broken = e;
    for (const w of waiting.values()) w.done({ id: -1, failure: e.message });
    waiting.clear();
  });

  // Loading the validator's modules takes seconds: do it now, not on the editor's first save.
  queueMicrotask(() => void validate(resolve(opts.root, CONTENT)).catch(() => {}));

  function validate(content: string): Promise<SaveProblem[]> {
    if (broken) return Promise.reject(broken);
    const id = next++;
    return new Promise((done, fail) => {
      waiting.set(id, {
        done: (a) => (a.problems ? done(a.problems) : fail(new Error(a.failure ?? 'ukjent feil'))),
      });
      worker.postMessage({ id, content });
    });
  }

  /** The project-relative path of a problem's file, found under `tree`. */
  const inTree = (tree: string, file: string) => relative(tree, resolve(file)).split(sep).join('/');
  const key = (p: SaveProblem) => `${p.file}\u0000${p.felt}\u0000${p.melding}`;

  return {
    async problemsAfter(changes) {
      const root = await realpath(opts.root);
      const own = changes.filter((c) => c.path.startsWith(`${CONTENT}/`));
      if (own.length === 0) return [];
      const tree = await mkdtemp(join(tmpdir(), 'bygdevekst-lagring-'));
      try {
        // Regular files and folders only: a link or FIFO in content/ is already reported in `before`.
        await cp(join(root, CONTENT), join(tree, CONTENT), {
          recursive: true,
          filter: async (src) => {
            const st = await lstat(src);
            return st.isDirectory() || st.isFile();
          },
        });
        for (const c of own) {
          const target = join(tree, ...c.path.split('/'));
          const data = c.raw ?? c.bytes;
          if (data === undefined) await unlink(target).catch(() => {});
          else {
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, data);
          }
          // A PDF uploaded with its kilde is read as the build reads it: its text, with pages, beside it.
          if (c.bytes && /\.pdf$/i.test(c.path) && c.path.split('/').at(-2) === KILDE_FILER)
            await ensurePdfText(target).catch(() => undefined);
        }
        const after = (await validate(join(tree, CONTENT))).map((p) => ({
          ...p,
          file: inTree(tree, p.file),
        }));
        const saved = new Set(own.map((c) => c.path));
        // Today's problems are needed only to excuse those in other files: a clean result needs no second run.
        if (after.every((p) => saved.has(p.file))) return after;
        const before = (await validate(join(root, CONTENT))).map((p) => ({
          ...p,
          file: inTree(root, p.file),
        }));
        const known = new Set(before.map(key));
        return after.filter((p) => saved.has(p.file) || !known.has(key(p)));
      } finally {
        await rm(tree, { recursive: true, force: true });
      }
    },
    close: () => worker.terminate().then(() => undefined),
  };
}

/** Problems listed in one refusal; the rest are counted (a broken file can give dozens). */
const LISTED = 8;

/** The collection a content file belongs to, by its folder. */
function collectionOf(file: string): CollectionName | undefined {
  const folder = file.split('/')[1];
  return (Object.keys(COLLECTIONS) as CollectionName[]).find((n) => COLLECTIONS[n].folder === folder);
}

/**
 * The refusal the editor reads in the CMS: the validator's own words, each at the field it names
 * as the form labels it, and the file when it is another than the one being saved.
 */
export function refusalMessage(problems: readonly SaveProblem[], saved: readonly string[]): string {
  const lines = problems.slice(0, LISTED).map((p) => {
    const collection = collectionOf(p.file);
    const label = collection && !p.felt.startsWith('(') ? formLabel(collection, p.felt) : undefined;
    const where = [
      saved.includes(p.file) ? '' : `${p.file}, `,
      label ? `«${label}» (felt ${p.felt})` : p.linje !== undefined ? `linje ${p.linje}` : `felt ${p.felt}`,
    ].join('');
    return `${where}: ${p.melding}${/[.!?]$/.test(p.melding) ? '' : '.'}`;
  });
  const more = problems.length - LISTED;
  return [
    `Ikke lagret. Byggingen ville stoppet på ${problems.length === 1 ? 'dette' : `disse ${problems.length} feilene`}:`,
    ...lines,
    ...(more > 0 ? [`… og ${more} feil til (kjør «npm run validate» for hele listen).`] : []),
  ].join('\n');
}

/** The backend's `refuse` hook (cmsBackend.ts) over a running check. */
export function refuseInvalid(check: ContentCheck) {
  return async (changes: PlannedChange[]): Promise<string | undefined> => {
    const problems = await check.problemsAfter(changes);
    return problems.length === 0
      ? undefined
      : refusalMessage(
          problems,
          changes.map((c) => c.path),
        );
  };
}
