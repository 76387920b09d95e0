/**
 * `npm run validate` in a GitHub Actions job: the Norwegian messages go to the job summary and as
 * annotations on the files, so an editor sees in the pull request what to fix.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, VALID_FIXTURE } from '../helpers/fixture.ts';
import { annotations, jobSummary } from '../../scripts/lib/githubReport.ts';
import { tempDir } from '../helpers/tempDir.ts';

function validateInJob(content: string) {
  const summary = join(tempDir('summary'), 'summary.md');
  writeFileSync(summary, '');
  const r = spawnSync(process.execPath, ['scripts/validate.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      BYGDEVEKST_CONTENT: content,
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
    },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summary, 'utf8') };
}

describe('the content check in a GitHub Actions job', () => {
  it('writes a dangling reference to the summary and as an annotation on the file, and fails', () => {
    const root = copyFixture();
    edit(root, 'tiltak/testpilot-2025-d1-1.mdx', 'delmal: testpilot-d1', 'delmal: testpilot-d7');
    const r = validateInJob(root);
    expect(r.status).not.toBe(0);
    expect(r.summary).toContain('❌ Innholdet har 1 feil');
    expect(r.summary).toMatch(
      /\| \S*tiltak\/testpilot-2025-d1-1\.mdx \| «delmal» \| viser til delmål «testpilot-d7» som ikke finnes/,
    );
    expect(r.stdout).toMatch(
      /^::error file=\S*tiltak\/testpilot-2025-d1-1\.mdx,title=Innhold%3A delmal::\S*testpilot-2025-d1-1\.mdx: felt «delmal»: viser til delmål «testpilot-d7»/m,
    );
    // The terminal still gets the usual message.
    expect(r.stderr).toContain('Innholdet har 1 feil som må rettes før bygging');
  });

  it('says the content is valid when it is, and prints no annotation', () => {
    const r = validateInJob(VALID_FIXTURE);
    expect(r.status, r.stderr).toBe(0);
    expect(r.summary).toMatch(/^## Innholdskontroll\n\n✅ Innholdet i tests\/fixtures\/gyldig er gyldig \(/);
    expect(r.stdout).not.toContain('::error');
  });

  it('shows a message quoting markup as text, and cannot be cut short by a line break or «::»', () => {
    const problem = {
      file: 'tiltak/a.mdx',
      felt: 'tittel',
      melding: 'fant <script> og a|b\n::error ::falsk',
    };
    const summary = jobSummary([problem], './content', '');
    expect(summary).toContain(
      '| content/tiltak/a.mdx | «tittel» | fant &lt;script&gt; og a\\|b ::error ::falsk |',
    );
    const [line] = annotations([problem], './content');
    expect(line).toBe(
      '::error file=content/tiltak/a.mdx,title=Innhold%3A tittel::tiltak/a.mdx: felt «tittel»: fant <script> og a|b%0A::error ::falsk',
    );
  });
});
