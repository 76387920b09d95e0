/**
 * Review before publishing, on the editor's own machine (`npm run cms -- --git`): Decap's editorial
 * workflow against the repository itself, as decap-server's git mode offers it, but without ever
 * switching the checked-out branch and without running anything the repository could plant.
 *
 * - A save becomes a commit on the branch `cms/<collection>/<slug>`, written with git's plumbing
 *   (its own temporary index, `commit-tree`, `update-ref`): the working tree, the real index and
 *   HEAD stay as they are, so an editor's change is a proposal until it is published.
 * - The status (draft, pending_review, pending_publish) lives in the branch's description in the
 *   repository's git config, where decap-server keeps it too.
 * - The content validator (the function `npm run validate` runs) checks the proposal as it would be
 *   after publishing: the branch merged with the current branch, written to a scratch folder. Its
 *   Norwegian result is in every save's answer, and a proposal with problems cannot be marked ready
 *   or published; the refusal carries the messages, which Decap shows to the editor.
 * - Publishing merges the branch into the checked-out branch and deletes it.
 *
 * Git runs through child_process with argument arrays (no shell), in the repository's top folder,
 * with hooks and signing switched off and the environment's GIT_DIR-style redirections removed.
 * Every path from the CMS passes the same text check as in the plain mode (checkCmsPath).
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { formatProblems, type Problem, validateContent } from '../../src/lib/loading/index.ts';
import { checkCmsPath, type CmsActionHook, NOT_HANDLED, Refused } from './cmsBackend.ts';

/** decap-server's names, so a repository edited by either shows the same proposals. */
const BRANCH_PREFIX = 'cms';
const LABEL_PREFIX = 'decap-cms/';
export const WORKFLOW_STATUSES = ['draft', 'pending_review', 'pending_publish'] as const;
type Status = (typeof WORKFLOW_STATUSES)[number];
const ZERO_OID = '0'.repeat(40);
/** Used only when the repository names nobody: commits need an author. */
const FALLBACK_IDENT = { name: 'Redigeringsverktøyet (lokalt)', email: 'cms@127.0.0.1' };

export interface Kontroll {
  ok: boolean;
  /** The validator's Norwegian result, as `npm run validate` prints it (paths relative to the repository). */
  melding: string;
  problems: Problem[];
}

export interface CmsWorkflowOptions {
  /** The repository's top folder. */
  root: string;
  /** Folders the CMS may write (the plain mode's confinement). */
  writable: readonly string[];
  /** The content folder relative to root; default `content`. */
  contentDir?: string;
  /** The validator; default the project's own (`validateContent`). */
  validate?: (contentRoot: string) => Problem[];
  /** Where the validator's result on each save is told (the terminal of `npm run cms -- --git`). */
  log?: (line: string) => void;
}

class GitFailed extends Error {
  code: number;
  stderr: string;
  constructor(args: readonly string[], code: number, stderr: string) {
    super(`git ${args[0]} stoppet (${code}): ${stderr.trim().slice(0, 500)}`);
    this.code = code;
    this.stderr = stderr;
  }
}

/** The environment git runs in: none of the caller's redirections of the repository, index or config. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...extra };
}

/** Options on every call: no hooks (the repository could hold any), no signing prompt, no pager. */
const SAFE = ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', '--no-pager'];

export async function isRepositoryTop(root: string): Promise<boolean> {
  const top = await runGit(root, ['rev-parse', '--show-toplevel']).then(
    (out) => out.toString().trim(),
    () => '',
  );
  return top !== '' && resolve(top) === resolve(root);
}

function runGit(
  cwd: string,
  args: readonly string[],
  opts: { input?: string | Buffer; env?: Record<string, string>; allowCodes?: number[] } = {},
): Promise<Buffer> {
  return new Promise((done, fail) => {
    const child = spawn('git', [...SAFE, ...args], {
      cwd,
      env: cleanEnv(opts.env),
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    }) as ChildProcessByStdio<Writable | null, Readable, Readable>;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.once('error', fail);
    child.once('close', (code) => {
      if (code === 0 || opts.allowCodes?.includes(code ?? -1)) done(Buffer.concat(out));
      else fail(new GitFailed(args, code ?? -1, Buffer.concat(err).toString()));
    });
    if (child.stdin) {
      // git may finish before it has read everything; its exit code tells what happened.
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input);
    }
  });
}

/** Collection names and slugs become branch names: plain segments only, nothing git would read otherwise. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;
function checkKeyPart(value: unknown, what: string, nested: boolean): string {
  const s = typeof value === 'string' ? value : '';
  const parts = nested ? s.split('/') : [s];
  if (s.length === 0 || s.length > 200 || !parts.every((p) => SEGMENT.test(p) && !p.endsWith('.lock')))
    throw new Refused(`Ugyldig ${what}: ${JSON.stringify(s.slice(0, 80))}.`, 422);
  return s;
}

const asObject = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Paths Decap treats as media (fetched as files, not text). */
const TEXT_FILE = /\.(mdx?|ya?ml|json|txt|csv)$/i;

export function createCmsWorkflow(opts: CmsWorkflowOptions): CmsActionHook {
  const root = resolve(opts.root);
  const contentDir = opts.contentDir ?? 'content';
  const validate = opts.validate ?? ((dir: string) => validateContent(dir).problems);
  const git = (args: readonly string[], o?: Parameters<typeof runGit>[2]) => runGit(root, args, o);
  const text = async (args: readonly string[], o?: Parameters<typeof runGit>[2]) =>
    (await git(args, o)).toString().trim();

  // One git operation at a time: saves, merges and checks must not see each other half done.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  }

  const branchName = (collection: string, slug: string) =>
    `${BRANCH_PREFIX}/${checkKeyPart(collection, 'samling', false)}/${checkKeyPart(slug, 'adresse (slug)', true)}`;

  async function tip(branch: string): Promise<string | null> {
    const out = await text(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], {
      allowCodes: [1],
    });
    return out === '' ? null : out;
  }

  async function mustTip(branch: string): Promise<string> {
    const t = await tip(branch);
    if (t === null)
      throw new Refused(`Fant ikke forslaget ${branch}. Er det allerede publisert eller slettet?`, 404);
    return t;
  }

  async function identity(): Promise<Record<string, string>> {
    const get = (key: string) => text(['config', '--get', key], { allowCodes: [1] });
    const [name, email] = await Promise.all([get('user.name'), get('user.email')]);
    const n = name || FALLBACK_IDENT.name;
    const e = email || FALLBACK_IDENT.email;
    return { GIT_AUTHOR_NAME: n, GIT_AUTHOR_EMAIL: e, GIT_COMMITTER_NAME: n, GIT_COMMITTER_EMAIL: e };
  }

  /** Work with an index of our own in a scratch folder, so the repository's index is never touched. */
  async function withScratch<T>(work: (dir: string, env: Record<string, string>) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'bygdevekst-cms-git-'));
    try {
      return await work(dir, { GIT_INDEX_FILE: join(dir, '.index') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Files the proposal changes, compared with where it left the current branch (as a pull request shows them). */
  async function diffs(branch: string) {
    const base = await text(['merge-base', 'HEAD', `refs/heads/${branch}`]);
    const raw = (await git(['diff', '--no-renames', '--name-status', '-z', base, `refs/heads/${branch}`]))
      .toString()
      .split('\0');
    const found = [];
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const [status, path] = [raw[i], raw[i + 1]];
      if (!status) continue;
      found.push({
        oldPath: status === 'A' ? '' : path,
        newPath: status === 'D' ? '' : path,
        status: status === 'A' ? 'added' : status === 'D' ? 'deleted' : 'modified',
        newFile: status === 'A',
        path,
        id: path,
        binary: !TEXT_FILE.test(path),
      });
    }
    return found;
  }

  /** The tree publishing would produce: the proposal merged with the current branch, or a refusal on conflict. */
  async function mergedTree(branch: string): Promise<string> {
    await mustTip(branch);
    const out = await git(['merge-tree', '--write-tree', '--no-messages', 'HEAD', `refs/heads/${branch}`], {
      allowCodes: [1],
    }).then((b) => b.toString());
    const [tree, ...conflicts] = out.trim().split('\n');
    if (conflicts.length > 0 || !/^[0-9a-f]{40,64}$/.test(tree)) {
      throw new Refused(
        `Forslaget ${branch} kolliderer med endringer som er publisert etter at det ble laget. ` +
          'Slett forslaget og gjør endringen på nytt.',
        409,
      );
    }
    return tree;
  }

  /** Runs the validator on a tree's content folder, written out to a scratch folder. */
  async function checkTree(tree: string): Promise<Kontroll> {
    return withScratch(async (dir, env) => {
      await git(['--work-tree', dir, 'checkout', tree, '--', contentDir], { env });
      const problems = validate(join(dir, contentDir)).map((p) => {
        const abs = resolve(p.file);
        return abs.startsWith(dir + sep) ? { ...p, file: relative(dir, abs).split(sep).join('/') } : p;
      });
      const melding =
        problems.length === 0
          ? 'Innholdskontrollen fant ingen feil. Endringen kan publiseres.'
          : formatProblems(problems);
      return { ok: problems.length === 0, melding, problems };
    });
  }

  async function persist(params: Record<string, unknown>) {
    const options = asObject(params.options);
    const entry = params.entry === undefined ? undefined : asObject(params.entry);
    const files = entry ? [entry] : asArray(params.dataFiles).map(asObject);
    const assets = asArray(params.assets).map(asObject);
    if (files.length === 0) throw new Refused('Innlegget mangler innhold.', 422);
    // Every path is checked before anything is written, exactly as in the plain mode.
    for (const f of files) {
      checkCmsPath(f.path, opts.writable);
      if (f.newPath !== undefined) checkCmsPath(f.newPath, opts.writable);
      if (typeof f.raw !== 'string') throw new Refused('Innlegget mangler innhold.', 422);
    }
    for (const a of assets) checkCmsPath(a.path, opts.writable);
    const status = (options.status ?? 'draft') as Status;
    if (!WORKFLOW_STATUSES.includes(status))
      throw new Refused(`Ukjent status ${JSON.stringify(status)}.`, 422);
    const branch = branchName(String(options.collectionName ?? ''), String(files[0].slug ?? ''));

    return serial(async () => {
      const existing = await tip(branch);
      const parent = existing ?? (await text(['rev-parse', '--verify', 'HEAD^{commit}']));
      const commit = await withScratch(async (_dir, env) => {
        await git(['read-tree', parent], { env });
        const add = async (path: string, data: string | Buffer) => {
          const oid = await text(['hash-object', '-w', '--stdin'], { input: data });
          await git(['update-index', '--add', '--cacheinfo', '100644', oid, path], { env });
        };
        // Media the entry no longer uses leave the proposal, as in decap-server.
        if (existing) {
          const kept = new Set(assets.map((a) => String(a.path)));
          for (const d of await diffs(branch))
            if (d.binary && !kept.has(d.path)) await git(['update-index', '--force-remove', d.path], { env });
        }
        for (const f of files) {
          if (f.newPath !== undefined && f.newPath !== f.path) {
            await git(['update-index', '--force-remove', String(f.path)], { env });
            await add(String(f.newPath), f.raw as string);
          } else await add(String(f.path), f.raw as string);
        }
        for (const a of assets) await add(String(a.path), Buffer.from(String(a.content), 'base64'));
        const tree = await text(['write-tree'], { env });
        if (existing && tree === (await text(['rev-parse', `${existing}^{tree}`]))) return existing;
        const message = String(options.commitMessage ?? `Endring i ${branch}`);
        return text(['commit-tree', tree, '-p', parent, '-m', message], { env: await identity() });
      });
      await git(['update-ref', `refs/heads/${branch}`, commit, existing ?? ZERO_OID]);
      if (!existing) await git(['config', `branch.${branch}.description`, `${LABEL_PREFIX}${status}`]);
      // The save stands even when the proposal no longer merges: the editor is told, not refused.
      const kontroll = await mergedTree(branch).then(checkTree, (e: unknown) => {
        if (!(e instanceof Refused)) throw e;
        return { ok: false, melding: e.message, problems: [] };
      });
      opts.log?.(`Lagret ${branch}. ${kontroll.melding}`);
      return { message: 'entry persisted', branch, kontroll: { ok: kontroll.ok, melding: kontroll.melding } };
    });
  }

  async function status(branch: string): Promise<Status> {
    const label = await text(['config', '--get', `branch.${branch}.description`], { allowCodes: [1] });
    const s = label.startsWith(LABEL_PREFIX) ? label.slice(LABEL_PREFIX.length) : label;
    return (WORKFLOW_STATUSES as readonly string[]).includes(s) ? (s as Status) : 'draft';
  }

  /** A proposal the validator refuses cannot be marked ready or published: the refusal carries its messages. */
  async function requireValid(branch: string, what: string) {
    const kontroll = await checkTree(await mergedTree(branch));
    if (!kontroll.ok) throw new Refused(`${what}: ${kontroll.melding}`, 422);
  }

  function key(params: Record<string, unknown>): { collection: string; slug: string } {
    // Only unpublishedEntry may name the proposal by its key («samling/slug»); elsewhere `id` is a file's id.
    if (params.collection === undefined && typeof params.id === 'string' && params.id.includes('/')) {
      const i = params.id.indexOf('/');
      return { collection: params.id.slice(0, i), slug: params.id.slice(i + 1) };
    }
    return { collection: String(params.collection ?? ''), slug: String(params.slug ?? '') };
  }

  async function act(action: unknown, params: Record<string, unknown>): Promise<unknown> {
    switch (action) {
      case 'info':
        return {
          repo: root.split(sep).pop(),
          publish_modes: ['simple', 'editorial_workflow'],
          type: 'local_git',
        };
      case 'persistEntry':
        // Without the workflow (a configuration that publishes directly) a save writes the file, as in the plain mode.
        if (asObject(params.options).useWorkflow !== true) return NOT_HANDLED;
        return persist(params);
      case 'unpublishedEntries':
        return serial(async () =>
          (await text(['for-each-ref', '--format=%(refname:strip=2)', `refs/heads/${BRANCH_PREFIX}/`]))
            .split('\n')
            .filter(Boolean)
            .map((b) => b.slice(BRANCH_PREFIX.length + 1)),
        );
      case 'unpublishedEntry': {
        const { collection, slug } = key(params);
        const branch = branchName(collection, slug);
        return serial(async () => {
          const t = await tip(branch);
          if (t === null) throw new Refused('Finnes ikke.', 404);
          return {
            collection,
            slug,
            status: await status(branch),
            diffs: await diffs(branch),
            updatedAt: await text(['log', '-1', '--format=%cI', t]),
          };
        });
      }
      case 'unpublishedEntryDataFile':
      case 'unpublishedEntryMediaFile': {
        const { collection, slug } = key(params);
        const branch = branchName(collection, slug);
        const path = checkCmsPath(params.path, opts.writable).join('/');
        return serial(async () => {
          const t = await mustTip(branch);
          const data = await git(['cat-file', 'blob', `${t}:${path}`]);
          if (action === 'unpublishedEntryDataFile') return { data: data.toString() };
          const id = await text(['rev-parse', `${t}:${path}`]);
          return {
            id,
            content: data.toString('base64'),
            encoding: 'base64',
            path,
            name: path.split('/').pop(),
          };
        });
      }
      case 'updateUnpublishedEntryStatus': {
        const branch = branchName(String(params.collection ?? ''), String(params.slug ?? ''));
        const next = String(params.newStatus) as Status;
        if (!WORKFLOW_STATUSES.includes(next))
          throw new Refused(`Ukjent status ${JSON.stringify(next)}.`, 422);
        return serial(async () => {
          await mustTip(branch);
          if (next === 'pending_publish') await requireValid(branch, 'Forslaget kan ikke merkes klart');
          await git(['config', `branch.${branch}.description`, `${LABEL_PREFIX}${next}`]);
          return { message: `${branch} har status ${next}` };
        });
      }
      case 'publishUnpublishedEntry': {
        const branch = branchName(String(params.collection ?? ''), String(params.slug ?? ''));
        return serial(async () => {
          await requireValid(branch, 'Forslaget kan ikke publiseres');
          try {
            await git(
              [
                'merge',
                '--no-ff',
                '--no-edit',
                '-m',
                `Publisert fra redigeringsverktøyet: ${branch}`,
                `refs/heads/${branch}`,
              ],
              {
                env: await identity(),
              },
            );
          } catch (e) {
            await git(['merge', '--abort'], { allowCodes: [128] }).catch(() => {});
            const why = e instanceof GitFailed ? e.stderr.trim().split('\n')[0] : '';
            throw new Refused(
              `Forslaget ${branch} ble ikke publisert: git kunne ikke slå det sammen med arbeidskopien (${why}). ` +
                'Lagre eller forkast egne, ulagrede endringer i de samme filene, og prøv igjen.',
              409,
            );
          }
          await git(['branch', '-D', branch]);
          return { message: `${branch} er publisert` };
        });
      }
      case 'deleteUnpublishedEntry': {
        const branch = branchName(String(params.collection ?? ''), String(params.slug ?? ''));
        return serial(async () => {
          if ((await tip(branch)) !== null) await git(['branch', '-D', branch]);
          return { message: `${branch} er slettet` };
        });
      }
      default:
        return NOT_HANDLED;
    }
  }

  return { act };
}
