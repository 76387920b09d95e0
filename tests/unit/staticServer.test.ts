/** The local server (`npm run serve`, browser tests): bad input gets an answer, never a crash. */
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/staticServer.mjs';
import { tempDir } from '../helpers/tempDir.ts';

let server: Server;
let url: string;
beforeAll(async () => {
  const dir = tempDir('serve');
  writeFileSync(join(dir, 'index.html'), '<p>forside</p>');
  writeFileSync(join(dir, '404.html'), '<p>fant ikke</p>');
  ({ server, url } = (await serveStatic(dir, 0)) as { server: Server; url: string });
});
afterAll(() => new Promise((done) => server.close(done)));

function raw(request: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((done) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('close', () => done(answer));
    socket.on('error', () => done(answer));
  });
}

describe('the static server', () => {
  it('answers 400 to a malformed %-escape, and keeps serving', async () => {
    for (const path of ['%zz', '%E0%A4%A', 'sok/%', '%00']) {
      const res = await fetch(url + path);
      expect([400, 404], path).toContain(res.status);
    }
    expect((await fetch(`${url}%zz`)).status).toBe(400);
    expect((await fetch(url)).status).toBe(200);
  });

  it('answers 400 to a request that is not HTTP, and keeps serving', async () => {
    expect(await raw('NONSENSE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(url)).status).toBe(200);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['../../../etc/passwd', '..%2f..%2f..%2fetc%2fpasswd', '%2e%2e/%2e%2e/etc/passwd']) {
      const res = await fetch(url + path);
      expect(await res.text(), path).not.toContain('root:');
    }
  });

  it('sends the Content-Security-Policy, with frame-ancestors, on pages, 404s and 400s', async () => {
    for (const path of ['', 'finnes-ikke/', '%zz']) {
      const csp = (await fetch(url + path)).headers.get('content-security-policy');
      expect(csp, path).toMatch(/default-src 'self'.*object-src 'none'.*frame-ancestors 'none'/);
    }
  });
});
