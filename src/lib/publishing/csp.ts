/**
 * The Content-Security-Policy of every page, as a function of its path: the one place the
 * policy is written. Base.astro puts it in a <meta http-equiv> on every page, and
 * hostHeaders.ts makes it a real header (which can also forbid framing), sent by `npm run serve`
 * and written into the static hosts' _headers and nginx files by the build.
 *
 * Astro 7 has its own `security.csp`, which hashes Astro's scripts and styles into a meta tag.
 * It is not used: it gives one policy for the whole site, cannot add the /admin/ exceptions,
 * and cannot reach the headers of our server. The site has nothing inline to hash: scripts and
 * stylesheets are always separate files (astro.config.mjs), so `'self'` is the whole allowance.
 */
import { adminCsp } from '../editing/index.ts';
import { withoutBase } from '../urls.ts';

export type CspDelivery = 'meta' | 'header';

/**
 * Paths that run Pagefind's search index, which is WebAssembly: the search page, and Pagefind's
 * own files, because its Web Worker runs under the policy of the worker script's response.
 */
const PAGEFIND_PATHS = ['/sok/', '/pagefind/'];

/**
 * The embeddable page of each kommune (/innebygd/<kommune>/, a folder of their own so the hosts need one header rule for them all): the one path any site may frame,
 * so a kommune can show its own page on its website. Every other page refuses to be framed.
 */
export const EMBED_PATH_PATTERN = /^\/innebygd\/[^/]+\/$/;

export function isEmbedPath(path: string): boolean {
  return EMBED_PATH_PATTERN.test(normalise(path));
}

/** The site path: a page's own address (Astro.url) carries the base path the site is built for. */
function normalise(path: string): string {
  const p = path.split(/[?#]/)[0].replace(/index\.html$/, '');
  const rooted = p.startsWith('/') ? p : `/${p}`;
  return withoutBase(rooted) ?? rooted;
}

export function contentSecurityPolicy(path: string, delivery: CspDelivery): string {
  const p = normalise(path);
  // The editing page (Decap CMS) has its own, looser policy, kept next to the page: src/lib/editing/adminPage.ts.
  if (p === '/admin' || p.startsWith('/admin/')) return adminCsp();
  const wasm = PAGEFIND_PATHS.some((x) => p.startsWith(x)) ? " 'wasm-unsafe-eval'" : '';
  const directives = [
    "default-src 'self'",
    `script-src 'self'${wasm}`,
    "style-src 'self'",
    // Designsystemet's stylesheet draws a few icons as data: SVG.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // Browsers ignore frame-ancestors in a <meta> (and warn about it); only a header can forbid framing.
  if (delivery === 'header')
    directives.push(EMBED_PATH_PATTERN.test(p) ? 'frame-ancestors *' : "frame-ancestors 'none'");
  return directives.join('; ');
}
