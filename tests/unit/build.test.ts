import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, VALID_FIXTURE } from '../helpers/fixture.ts';

/** Runs the real build script on a content folder, into a fresh output folder. */
function build(content: string) {
  const out = join(mkdtempSync(join(tmpdir(), 'bygdevekst-dist-')), 'dist');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, BYGDEVEKST_CONTENT: content, BYGDEVEKST_OUT: out, BYGDEVEKST_SKIP_SEARCH: '1' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, out };
}

describe('the build on a small fixture site', () => {
  it('builds the valid fixture into pages', () => {
    const { status, output, out } = build(VALID_FIXTURE);
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Testpiloten');
    expect(existsSync(join(out, 'piloter', 'testpilot', 'index.html'))).toBe(true);
  });

  it('stops on a dangling reference, naming the file and the field in Norwegian, and publishes nothing', () => {
    const root = copyFixture();
    edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'delmal: testpilot-d1', 'delmal: testpilot-d7');
    const { status, output, out } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /tiltak\/testpilot-2025-d1-1\.mdx: felt «delmal»: viser til delmål «testpilot-d7» som ikke finnes/,
    );
    expect(output).toContain('Bygget stoppet');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('stops on a string where an amount goes', () => {
    const root = copyFixture();
    edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'belop: 100000', 'belop: hundre tusen');
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /testpilot-2025-d1-1\.mdx: felt «finansiering\[0\]\.belop»: forventet et beløp i hele kroner/,
    );
  });
});
