/**
 * Review before publishing, end to end (issue 22, item 3): Decap CMS at /admin/ with the editorial
 * workflow, against the local backend in git mode (`npm run cms -- --git`) on a scratch git
 * repository holding a copy of the content. An edit becomes a branch and leaves `main` alone; the
 * content validator's Norwegian message is what the editor sees when an invalid proposal is marked
 * ready; once fixed, publishing merges the branch into `main` and deletes it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startCms, type CmsWorld } from '../helpers/cms.ts';
import { openDecap } from '../helpers/decapForm.ts';

let world: CmsWorld;
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

/** An actor from the real content, the first by file name. */
const aktorId = readdirSync('content/aktorer')
  .filter((f) => f.endsWith('.yaml'))
  .sort()[0]
  .replace(/\.yaml$/, '');
const path = `content/aktorer/${aktorId}.yaml`;
const branch = `cms/aktorer/${aktorId}`;
/** A right-to-left override hides what a text says; the form takes it, the validator does not. */
const INVALID = 'Beskrivelse med skjult \u202Eretning.';
const VALID = 'Beskrivelse skrevet i redigeringsverktøyet under gjennomgang.';

const git = (...args: string[]) => execFileSync('git', args, { cwd: world.repo, encoding: 'utf8' }).trim();
const branches = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/').split('\n');
const onDisk = () => parse(readFileSync(join(world.repo, path), 'utf8')) as Record<string, unknown>;
const onBranch = () => parse(git('show', `${branch}:${path}`)) as Record<string, unknown>;

beforeAll(async () => {
  world = await startCms({ git: true });
  ({ browser, page, pageErrors } = await openDecap(world));
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
});

const beskrivelse = () => page.locator('input[id^="beskrivelse-field-"]').last();
const saveButton = () => page.getByRole('button', { name: 'Lagre', exact: true });

/**
 * Saves the form and waits until Decap has the backend's answer: only then is «Lagre» disabled
 * again, and only then may the status change (before, Decap says «save your changes first»).
 */
async function save() {
  await saveButton().click();
  await expect.poll(() => saveButton().isDisabled(), { timeout: 60_000 }).toBe(true);
}

async function setStatus(label: string) {
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
}

describe(`review before publishing in /admin/ (git mode), on the actor ${aktorId}`, () => {
  let head = '';

  it('an edit saved in the CMS becomes the branch cms/aktorer/<id>; main and its files are untouched', async () => {
    head = git('rev-parse', 'HEAD');
    const before = onDisk();
    await page.goto(`${world.adminUrl}#/collections/aktorer/entries/${aktorId}`);
    await beskrivelse().fill(INVALID);
    await save();
    // Decap confirms once the backend has answered: the branch is written and checked by then.
    await page.getByText('Innlegg lagret').waitFor();
    expect(branches()).toContain(branch);
    expect(onBranch().beskrivelse).toBe(INVALID);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(onDisk()).toEqual(before);
    expect(git('status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(git('config', `branch.${branch}.description`)).toBe('decap-cms/draft');
  }, 60_000);

  it('marking the invalid proposal ready shows the validator’s message, and it stays a draft', async () => {
    await setStatus('Klar');
    const toast = page.getByText(/Forslaget kan ikke merkes klart: Innholdet har 1 feil/);
    await toast.waitFor();
    const shown = await toast.textContent();
    expect(shown).toContain(`${path}: felt «beskrivelse»`);
    expect(git('config', `branch.${branch}.description`)).toBe('decap-cms/draft');
  }, 60_000);

  it('fixed, marked ready and published: the branch is merged into main and deleted', async () => {
    await beskrivelse().fill(VALID);
    await save();
    expect(onBranch().beskrivelse).toBe(VALID);
    expect(git('rev-list', '--count', `main..${branch}`)).toBe('2');
    await setStatus('Klar');
    await expect
      .poll(() => git('config', `branch.${branch}.description`), { timeout: 30_000 })
      .toBe('decap-cms/pending_publish');
    const tipOid = git('rev-parse', branch);

    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    await page.getByRole('menuitem', { name: /Publiser nå/ }).click();
    await expect.poll(branches, { timeout: 30_000 }).not.toContain(branch);
    expect(git('rev-parse', 'HEAD^1')).toBe(head);
    expect(git('rev-parse', 'HEAD^2')).toBe(tipOid);
    expect(onDisk().beskrivelse).toBe(VALID);
    await page.getByText('Innlegg publisert').waitFor();
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
