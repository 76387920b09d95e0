/**
 * The generated host configuration in the built site agrees with what `npm run serve` sends, for
 * every built file and every directory address: _headers as Netlify/Cloudflare Pages apply it, and
 * the nginx snippet as nginx applies it. Both come from src/lib/publishing/hostHeaders.ts, and so
 * does the server; this is the proof that none of the three has drifted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from '../helpers/builtSite.ts';
import { netlifyMatch, nginxMatch } from '../helpers/hostFiles.ts';
import { serveStatic } from '../../scripts/lib/staticServer.mjs';
import { builtFiles } from '../../scripts/lib/hostConfig.mjs';

const COMPARED = [
  'content-type',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'cache-control',
];

let server: Server;
let url: string;
let headersFile: string;
let nginxFile: string;
let files: string[];
beforeAll(async () => {
  requireBuiltSite();
  headersFile = readFileSync(join(DIST, '_headers'), 'utf8');
  nginxFile = readFileSync(join(DIST, 'nginx-headers.conf'), 'utf8');
  files = builtFiles(DIST) as string[];
  ({ server, url } = (await serveStatic(DIST, 0)) as { server: Server; url: string });
});
afterAll(() => new Promise((done) => server?.close(done)));

async function served(path: string): Promise<Record<string, string>> {
  const res = await fetch(new URL(path.slice(1), url), { method: 'HEAD' });
  expect(res.status, path).toBe(200);
  return Object.fromEntries(COMPARED.map((name) => [name, res.headers.get(name) ?? '']));
}

describe('host headers in the build', () => {
  it('found the built files, of every kind the issue names', () => {
    const kinds = new Set(files.map((f) => f.slice(f.lastIndexOf('.'))));
    for (const kind of [
      '.html',
      '.js',
      '.css',
      '.json',
      '.csv',
      '.xml',
      '.pagefind',
      '.pf_meta',
      '.pf_fragment',
      '.pf_index',
    ])
      expect(kinds, kind).toContain(kind);
    expect(files.length).toBeGreaterThan(500);
  });

  it('_headers and the nginx snippet give every file exactly what the server sends', async () => {
    const paths = files.flatMap((f) =>
      f.endsWith('index.html') ? [`/${f}`, `/${f.slice(0, -'index.html'.length)}`] : [`/${f}`],
    );
    const mismatches: string[] = [];
    for (const path of paths) {
      const got = await served(path);
      const netlify = netlifyMatch(headersFile, path);
      const nginx = nginxMatch(nginxFile, path).headers;
      for (const name of COMPARED) {
        if ((netlify.count[name] ?? 0) > 1)
          mismatches.push(`${path}: ${name} satt ${netlify.count[name]} ganger i _headers`);
        // A host knows .js, .css, .json … by itself; _headers must name a type only where it would guess wrong.
        const fromHeaders =
          name === 'content-type' && !(name in netlify.headers) ? got[name] : netlify.headers[name];
        if (fromHeaders !== got[name])
          mismatches.push(`${path}: _headers ${name}=${fromHeaders} ≠ ${got[name]}`);
        if (nginx[name] !== got[name])
          mismatches.push(`${path}: nginx ${name}=${nginx[name]} ≠ ${got[name]}`);
      }
      if (got['content-type'] === 'application/octet-stream' && !('content-type' in netlify.headers))
        mismatches.push(`${path}: _headers sier ikke typen, som ingen vert kjenner`);
    }
    expect(paths.length).toBe(files.length + files.filter((f) => f.endsWith('index.html')).length);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it('serves the types the issue names', async () => {
    const one = (ext: string) => `/${files.find((f) => f.endsWith(ext))}`;
    const expected: Record<string, string> = {
      '.pagefind': 'application/octet-stream',
      '.pf_meta': 'application/octet-stream',
      '.pf_fragment': 'application/octet-stream',
      '.pf_index': 'application/octet-stream',
      '.json': 'application/json; charset=utf-8',
      '.csv': 'text/csv; charset=utf-8',
      '.xml': 'application/xml; charset=utf-8',
      '.js': 'text/javascript; charset=utf-8',
    };
    for (const [ext, type] of Object.entries(expected))
      expect((await served(one(ext)))['content-type'], ext).toBe(type);
  });
});
