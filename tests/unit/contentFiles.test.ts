/**
 * Reading content files: the fast YAML path (js-yaml) must give exactly what the exact parser
 * (`yaml`) gives, and must step aside whenever the written-value checks or an error message need
 * to know where something was written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { contentRoot, readCollectionFiles, readEntry } from '../../src/lib/loading/contentFiles.ts';
import { tempDir } from '../helpers/tempDir.ts';

function frontmatter(file: string, text: string, format: 'mdx' | 'yaml'): string {
  if (format === 'yaml') return text;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file} har ikke frontmatter`);
  return match[1];
}

describe('reading content files', () => {
  it('gives the same data as the exact YAML parser for every real content file', () => {
    let files = 0;
    for (const { folder, format } of Object.values(COLLECTIONS)) {
      for (const entry of readCollectionFiles(contentRoot(), folder, format)) {
        const exact: unknown = parse(frontmatter(entry.file, readFileSync(entry.file, 'utf8'), format));
        expect(entry.parseError, entry.file).toBeUndefined();
        expect(entry.data, entry.file).toEqual(exact);
        files++;
      }
    }
    expect(files).toBeGreaterThan(100);
  });

  const dir = tempDir('lesing');
  let n = 0;
  function read(yamlText: string) {
    const file = join(dir, `fil-${++n}.yaml`);
    writeFileSync(file, yamlText);
    return readEntry(file, 'yaml');
  }

  it.each([
    ['belop: 250.000', 'belop', /skriv 250000/],
    ['finansiering:\n  - { belop: 250,000 }', 'finansiering[0].belop', /skriv 250000/],
    ['belop: 1e6', 'belop', /1000000/],
    ['belop: "250 000"', 'belop', /skriv 250000/],
    ['tittel: "   "', 'tittel', /bare av mellomrom/],
  ])('still reports how «%s» is written', (text, felt, melding) => {
    const entry = read(text);
    expect(entry.notes).toEqual([expect.objectContaining({ felt, melding: expect.stringMatching(melding) })]);
  });

  it('reads a plainly written file without notes, and a broken one with the line of the error', () => {
    expect(read('tittel: Bredbånd\nbelop: 250000\nandel: 0.5\nlinjer: [120, 135]').notes).toEqual([]);
    const broken = read('tittel: Bredbånd\nbelop: [250000\nandel: 1');
    expect(broken.parseError?.melding).toMatch(/^ugyldig YAML på linje \d+/);
  });
});
