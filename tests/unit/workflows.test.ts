/**
 * The Git host's workflows (.github/workflows/) checked by a real validator, action-validator
 * (the GitHub workflow schema from SchemaStore, compiled to WebAssembly in its npm package),
 * plus what a schema cannot know: that a pull request runs the content check and the tests,
 * and that publishing has the permissions GitHub Pages needs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

function validate(file: string) {
  const r = spawnSync(process.execPath, ['node_modules/@action-validator/cli/cli.mjs', file], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; container?: string }>;
}
const read = (name: string) => parse(readFileSync(join(DIR, name), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe('the workflow files', () => {
  it('are there: one for pull requests, one for publishing', () => {
    expect(files).toEqual(expect.arrayContaining(['sjekk.yml', 'publiser.yml']));
  });

  it.each(files)('%s passes action-validator', (file) => {
    const r = validate(join(DIR, file));
    expect(r.output.trim(), file).toBe('');
    expect(r.status, r.output).toBe(0);
  });

  it('a planted error fails the validator, naming it', () => {
    const dir = tempDir('workflow');
    // A typo a reviewer reads past: «run-on» for «runs-on».
    const broken = readFileSync(join(DIR, 'sjekk.yml'), 'utf8').replace('    runs-on:', '    run-on:');
    expect(broken).toContain('run-on:');
    writeFileSync(join(dir, 'sjekk.yml'), broken);
    const r = validate(join(dir, 'sjekk.yml'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain("Additional property 'run-on' is not allowed");
    expect(r.output).toContain('/jobs/sjekk/runs-on');
  });

  it('a pull request runs the content check, then the project CI (npm ci + npm test) with Chromium and ../shared', () => {
    const w = read('sjekk.yml');
    expect(Object.keys(w.on)).toContain('pull_request');
    const runs = steps(w).map((s) => s.run ?? '');
    const validateAt = runs.findIndex((r) => r.trim() === 'npm run validate');
    const ciAt = runs.findIndex((r) => r.trim() === '.ci/run');
    expect(validateAt).toBeGreaterThan(-1);
    expect(ciAt).toBeGreaterThan(validateAt);
    expect(runs.join('\n')).toContain('apt-get install -y -qq chromium');
    // ../shared beside the checkout, as on a developer's machine.
    const paths = steps(w).map((s) => s.with?.path);
    expect(paths).toEqual(expect.arrayContaining(['atlas', 'shared']));
  });

  it('publishing runs on main, builds under the Pages base path and deploys with the permissions Pages needs', () => {
    const w = read('publiser.yml');
    expect((w.on.push as { branches: string[] }).branches).toEqual(['main']);
    expect(w.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const all = steps(w);
    const uses = all.map((s) => s.uses?.split('@')[0]);
    expect(uses).toEqual(
      expect.arrayContaining([
        'actions/configure-pages',
        'actions/upload-pages-artifact',
        'actions/deploy-pages',
      ]),
    );
    const build = all.find((s) => s.run?.trim() === 'npm run build') as Step & {
      env?: Record<string, string>;
    };
    expect(build?.env?.BASE_PATH).toContain('steps.pages.outputs.base_path');
  });
});
