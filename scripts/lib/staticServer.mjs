/**
 * A small static file server for the built site: `npm run serve` and the browser tests use it.
 * Loopback only; directory URLs serve their index.html, unknown paths the site's 404 page.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { contentTypeFor, headersFor, isCompressible } from '../../src/lib/publishing/index.ts';
import { withoutBase } from '../../src/lib/urls.ts';

/**
 * The file for a URL path and the decoded, normalised path it was found by (headers are chosen
 * from that same path), or null; throws URIError on a malformed %-escape (answered with 400).
 * Links are resolved first: only a regular file whose real path is inside the root's real path
 * is served (the root itself may be a link: dist/ points at the published edition).
 */
function fileFor(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  if (decoded.includes('\0')) return null;
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return null;
  const real = realpathSync(file);
  if (!real.startsWith(realpathSync(root) + sep) || !statSync(real).isFile()) return null;
  return { file: real, pagePath: clean.split(sep).join('/') };
}

/**
 * Headers every answer carries, from the same module the build writes the hosts' header files
 * from (src/lib/publishing/hostHeaders.ts): the page's CSP, no guessing of types, cache lifetimes.
 */
function securityHeaders(urlPath) {
  return headersFor(urlPath.split(/[?#]/)[0]);
}

/**
 * The encoding to answer with: brotli when the client takes it, else gzip, else none. A q=0 refuses
 * an encoding; the order of preference is ours, as browsers list both without weights.
 */
export function chooseEncoding(acceptEncoding = '') {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

function compressor(encoding) {
  // Quality 5: close to the best ratio at a fraction of brotli's top-level time, for answers made on the fly.
  return encoding === 'br'
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : createGzip({ level: 6 });
}

function answer(req, res, root, base) {
  // The site's own path: the address without the base path it is published under (src/lib/urls.ts).
  // An address outside the base path is not part of the site: the 404 page, as a host would answer.
  const urlPath = withoutBase(req.url ?? '/', base);
  let found;
  try {
    found = urlPath === null ? null : fileFor(root, urlPath);
  } catch {
    // A malformed address such as /%zz: the request is wrong, not the server.
    res
      .writeHead(400, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders('/') })
      .end('Ugyldig adresse');
    return;
  }
  const status = found ? 200 : 404;
  const path = found?.file ?? join(root, '404.html');
  // Headers follow the same decoded path the file was found by, so an encoded `..` cannot borrow
  // another page's policy.
  const pagePath = found?.pagePath ?? '/404/';
  if (!existsSync(path)) {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders(pagePath) })
      .end('Ikke funnet');
    return;
  }
  const contentType = contentTypeFor(path);
  const headers = { 'content-type': contentType, ...securityHeaders(pagePath) };
  const encoding = isCompressible(contentType) ? chooseEncoding(req.headers['accept-encoding']) : null;
  // A cache between us and the browser must keep the compressed and the plain answer apart.
  if (isCompressible(contentType)) headers.vary = 'Accept-Encoding';
  if (encoding) headers['content-encoding'] = encoding;
  else headers['content-length'] = String(statSync(path).size);
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const onError = (error) => {
    if (error) res.destroy();
  };
  if (encoding) pipeline(createReadStream(path), compressor(encoding), res, onError);
  else pipeline(createReadStream(path), res, onError);
}

/**
 * Starts serving `dir` on 127.0.0.1:`port` (0 = any free port) under the base path `base` (a site
 * built with BASE_PATH, see src/lib/urls.ts). Resolves to { server, url }, url including the base.
 */
export function serveStatic(dir, port = 0, base = '/') {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    // Nothing a client sends may stop the server: any unexpected error ends this answer only.
    try {
      answer(req, res, root, base);
    } catch (error) {
      console.error('Feil ved svar på', req.url, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Intern feil');
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${server.address().port}${base}` }),
    ),
  );
}
