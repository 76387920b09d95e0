/**
 * `npm run verbatim`: the copy check (../shared/tools/verbatim-check.py) against the same source
 * texts as everything else: the seeds in BYGDEVEKST_SEEDS (default ../shared/seeds) and the text
 * kept beside each PDF in content/kilder-filer/. The tool itself reads only the folder beside it,
 * so it runs here on a scratch folder of links to exactly those texts.
 *
 * Arguments go to the tool (folders to check, --words N); by default it checks the content folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { contentRoot, ensurePdfTexts, KILDE_FILER, SEEDS_DIR } from '../src/lib/loading/index.ts';

const TOOL = resolve(process.env.BYGDEVEKST_VERBATIM_TOOL ?? '../shared/tools/verbatim-check.py');

// The tool keeps its folder in a module constant; load it as a module, point that constant at ours, run main().
const BOOT = [
  'import importlib.util, sys',
  "spec = importlib.util.spec_from_file_location('verbatim_check', sys.argv[1])",
  'tool = importlib.util.module_from_spec(spec)',
  'spec.loader.exec_module(tool)',
  'tool.SEEDS = sys.argv[2]',
  'sys.argv = [sys.argv[1]] + sys.argv[3:]',
  'sys.exit(tool.main())',
].join('\n');

const root = contentRoot();
await ensurePdfTexts(root);
const texts = [
  ...(existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f)) : []),
  ...(existsSync(join(root, KILDE_FILER))
    ? readdirSync(join(root, KILDE_FILER))
        .filter((f) => /\.[0-9a-f]{16}\.txt$/.test(f))
        .map((f) => join(root, KILDE_FILER, f))
    : []),
];
if (texts.length === 0) {
  console.error(
    `Fant ingen kildetekster i ${SEEDS_DIR} eller ${join(root, KILDE_FILER)}; sett BYGDEVEKST_SEEDS.`,
  );
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'bygdevekst-verbatim-'));
let status: number;
try {
  // Seeds are «000_<hex>.txt», kept PDF texts «<navn>.<hex>.txt»: the names never clash.
  for (const t of texts) symlinkSync(resolve(t), join(scratch, basename(t)));
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const run = spawnSync('python3', ['-c', BOOT, TOOL, scratch, ...(args.length > 0 ? args : [root])], {
    stdio: 'inherit',
  });
  status = run.status ?? 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
