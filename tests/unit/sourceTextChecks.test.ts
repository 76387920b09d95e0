/**
 * Two checks on the source texts themselves, run as an editor runs them: `npm run validate` with a
 * source text saved as Latin-1 says so once, on the kilde, instead of reporting every title with
 * æøå as missing from its lines; and `npm run verbatim` reads the same source folder
 * (BYGDEVEKST_SEEDS) and the texts kept beside PDFs, so a sentence copied from either is found.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../src/lib/loading/contentFiles.ts';
import { SEEDS_DIR } from '../../src/lib/loading/seedText.ts';
import { loadContent } from '../../src/lib/loading/loadContent.ts';
import { tempDir } from '../helpers/tempDir.ts';

function run(script: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [script], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('a source text saved as Latin-1', () => {
  // The Rindal og Holtålen plan 2025: its titles and names are full of æøå.
  const KILDE = 'hp-2025-rindal-holtalen';

  it('gives one message about the encoding on the kilde, and no citation misses', () => {
    const kilde = loadContent(contentRoot()).collections.kilder.find((k) => k.id === KILDE);
    expect(kilde?.data.seed).toBe('001_a81cf50d29995201.txt');
    const seed = kilde!.data.seed!;
    const seeds = tempDir('latin1');
    for (const f of readdirSync(SEEDS_DIR))
      if (f !== seed) symlinkSync(resolve(SEEDS_DIR, f), join(seeds, f));
    const utf8 = readFileSync(join(SEEDS_DIR, seed), 'utf8');
    expect(utf8).toContain('Holtålen');
    writeFileSync(join(seeds, seed), Buffer.from(utf8, 'latin1'));

    const r = run('scripts/validate.ts', { BYGDEVEKST_SEEDS: seeds });
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('  - '));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `kilder/${KILDE}\\.yaml: felt «seed»: kildeteksten «.*${seed}» er ikke lagret som UTF-8 \\(byten 0x[0-9A-F]{2} på linje \\d+; trolig Latin-1`,
        ),
      ),
    ]);
    expect(r.stderr).not.toMatch(/Finn tallet eller teksten/);
  });
});

describe('the copy check', () => {
  const SEED_SENTENCE =
    'Kommunene skal sammen finne tomter til utleieboliger for unge som vil flytte hjem etter studiene i byen';
  const PDF_SENTENCE =
    'Styringsgruppen møtes fire ganger i året og legger fram en kort rapport om framdriften for kommunestyrene';

  function world(body: string) {
    const seeds = tempDir('verbatim-seeds');
    writeFileSync(join(seeds, '900_00000000000000aa.txt'), `Innledning\n${SEED_SENTENCE}.\n`);
    const content = tempDir('verbatim-content');
    mkdirSync(join(content, 'kilder-filer'));
    writeFileSync(
      join(content, 'kilder-filer', 'plan.00000000000000bb.txt'),
      `Side én\n\f${PDF_SENTENCE}.\n`,
    );
    mkdirSync(join(content, 'sider'));
    writeFileSync(join(content, 'sider', 'om.mdx'), `---\ntittel: Om\n---\n${body}\n`);
    return run('scripts/verbatim.ts', { BYGDEVEKST_SEEDS: seeds, BYGDEVEKST_CONTENT: content });
  }

  it('finds a sentence copied from a text in BYGDEVEKST_SEEDS and from a PDF’s kept text', () => {
    const r = world(`Vi skriver selv. ${SEED_SENTENCE}. Og så: ${PDF_SENTENCE}.`);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/sider\/om\.mdx: \d+ words as in 900_00000000000000aa\.txt/);
    expect(r.stdout).toMatch(/sider\/om\.mdx: \d+ words as in plan\.00000000000000bb\.txt/);
  });

  it('passes a body in its own words', () => {
    const r = world('Dette sammendraget er skrevet med egne ord og låner ingen setning fra kildene.');
    expect(r.stdout).toContain('no copied runs found');
    expect(r.status).toBe(0);
  });
});
