/** `npm run serve` compresses text by the client's Accept-Encoding, and says so in Vary. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, serveStatic } from '../../scripts/lib/staticServer.mjs';
import { tempDir } from '../helpers/tempDir.ts';

const PAGE = `<!doctype html><title>Forside</title>${'<p>Bygdevekstavtale, tiltak og delmål.</p>'.repeat(200)}`;
const FRAGMENT = Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6]);

let server: Server;
let port: number;
beforeAll(async () => {
  const dir = tempDir('gzip');
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, '404.html'), '<p>fant ikke</p>');
  mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
  writeFileSync(join(dir, 'pagefind', 'fragment', 'en_1.pf_fragment'), FRAGMENT);
  let url: string;
  ({ server, url } = (await serveStatic(dir, 0)) as { server: Server; url: string });
  port = Number(new URL(url).port);
});
afterAll(() => new Promise((done) => server.close(done)));

/** A raw GET (fetch would decompress and hide the encoding). */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', fail);
      req.end();
    },
  );
}

describe('compression', () => {
  it('sends brotli when the client takes it, and the page unpacks to the same bytes', async () => {
    const r = await get('/', 'gzip, deflate, br, zstd');
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(r.body).toString()).toBe(PAGE);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 5);
  });

  it('sends gzip to a client without brotli', async () => {
    const r = await get('/', 'gzip');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(r.body).toString()).toBe(PAGE);
  });

  it('sends the file as it is, with its length, to a client that takes neither or refuses them', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const r = await get('/', accept);
      expect(r.headers['content-encoding'], accept).toBeUndefined();
      expect(r.headers['content-length'], accept).toBe(String(Buffer.byteLength(PAGE)));
      expect(r.body.toString()).toBe(PAGE);
      expect(r.headers.vary).toBe('Accept-Encoding');
    }
  });

  it("leaves Pagefind's files, which are gzip already, as they are", async () => {
    const r = await get('/pagefind/fragment/en_1.pf_fragment', 'br, gzip');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['content-type']).toBe('application/octet-stream');
    expect(r.body.equals(FRAGMENT)).toBe(true);
  });

  it('compresses the 404 page too', async () => {
    const r = await get('/finnes-ikke/', 'gzip');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(r.body).toString()).toBe('<p>fant ikke</p>');
  });

  it('reads Accept-Encoding as HTTP writes it', () => {
    expect(chooseEncoding('GZIP, BR;q=0.5')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.0')).toBeNull();
    expect(chooseEncoding('deflate')).toBeNull();
    expect(chooseEncoding('')).toBeNull();
  });
});
