/**
 * A small static file server for the built site: `npm run serve` and the browser tests use it.
 * Loopback only; directory URLs serve their index.html, unknown paths the site's 404 page.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../../src/lib/publishing/index.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The file for a URL path, or null; throws URIError on a malformed %-escape (answered with 400). */
function fileFor(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  if (decoded.includes('\0')) return null;
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Headers every answer carries: the page's CSP (src/lib/publishing/csp.ts) and no guessing of types. */
function securityHeaders(urlPath) {
  return {
    'content-security-policy': contentSecurityPolicy(urlPath, 'header'),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}

function answer(req, res, root) {
  const urlPath = req.url ?? '/';
  let file;
  try {
    file = fileFor(root, urlPath);
  } catch {
    // A malformed address such as /%zz: the request is wrong, not the server.
    res
      .writeHead(400, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders('/') })
      .end('Ugyldig adresse');
    return;
  }
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  const pagePath = file ? urlPath : '/404/';
  if (!existsSync(path)) {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders(pagePath) })
      .end('Ikke funnet');
    return;
  }
  res.writeHead(status, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    ...securityHeaders(pagePath),
  });
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Starts serving `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to { server, url }. */
export function serveStatic(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    // Nothing a client sends may stop the server: any unexpected error ends this answer only.
    try {
      answer(req, res, root);
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
      done({ server, url: `http://127.0.0.1:${server.address().port}/` }),
    ),
  );
}
