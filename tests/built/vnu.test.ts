/**
 * The Nu Html Checker (the W3C validator, npm `vnu-jar`) over every built page, in one Java run:
 * a judge nobody here wrote, next to html-validate. Needs Java (Debian: default-jre-headless).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtPages, fileForPath } from '../helpers/builtSite.ts';
import { tempDir } from '../helpers/tempDir.ts';

const vnuJar = join(
  dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** Runs vnu once over `files`; returns its messages (errors only), each with the file it concerns. */
function vnu(files: string[]): VnuMessage[] {
  const r = spawnSync(
    process.env.JAVA ?? 'java',
    // One short run: the quick compiler and a single-threaded collector check the same pages on
    // about a third of the CPU time the JVM's defaults spend (4 against 11 CPU-s for 400 pages).
    [
      '-Xss4m',
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-jar',
      vnuJar,
      '--errors-only',
      '--no-langdetect',
      '--format',
      'json',
      ...files,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.error)
    throw new Error(`Fant ikke Java for vnu (${r.error.message}); installer default-jre-headless.`);
  // vnu writes its JSON report to stderr and exits 1 when it finds errors.
  const json = r.stderr.slice(r.stderr.indexOf('{'));
  return (JSON.parse(json) as { messages: VnuMessage[] }).messages;
}

describe('Nu Html Checker on every built page', () => {
  let pages: string[] = [];
  let messages: VnuMessage[] = [];
  beforeAll(() => {
    pages = builtPages();
    messages = vnu(pages.map(fileForPath));
  }, 600_000);

  it('checks the whole site', () => expect(pages.length).toBeGreaterThan(200));

  it('reports 0 errors', () => {
    const lines = messages.map(
      (m) =>
        `${relative(DIST, decodeURIComponent(new URL(m.url ?? 'file:///?').pathname))}:${m.lastLine ?? '?'} ${m.message}`,
    );
    expect(lines).toEqual([]);
  });

  it('does report an error, so a silent checker cannot pass', () => {
    const bad = join(tempDir('vnu'), 'feil.html');
    writeFileSync(bad, '<!doctype html><html lang="nb"><title>x</title></html><script></script>');
    expect(vnu([bad]).map((m) => m.message)).toContain('Stray start tag “script”.');
  });
});
