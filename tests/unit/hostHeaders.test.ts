/**
 * The host rules on a small made-up build: every file covered by exactly one rule (Netlify and
 * Cloudflare Pages would join two CSPs into one that enforces both), the right policy and
 * lifetime per folder, and a loud stop where Cloudflare would drop rules silently.
 */
import { describe, expect, it } from 'vitest';
import { hostRules, netlifyHeaders, nginxSnippet } from '../../src/lib/publishing/hostHeaders.ts';
import { netlifyMatch, nginxMatch } from '../helpers/hostFiles.ts';

const FILES = [
  'index.html',
  '404.html',
  'sitemap.xml',
  'sok/index.html',
  'piloter/index.html',
  'piloter/indre-namdal/index.html',
  '_astro/Chart.abc123.js',
  '_astro/Base.def456.css',
  'data/tiltak.csv',
  'data/tiltak.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/pagefind.en_1a2b.pf_meta',
  'pagefind/fragment/en_3c4d.pf_fragment',
  'pagefind/index/en_5e6f.pf_index',
];
const urls = FILES.flatMap((f) => (f.endsWith('index.html') ? [`/${f}`, `/${f.slice(0, -10)}`] : [`/${f}`]));

describe('host rules', () => {
  const text = netlifyHeaders(FILES);

  it('cover every file and directory address exactly once in _headers', () => {
    for (const url of urls) {
      const { headers, count } = netlifyMatch(text, url);
      expect(headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(
        Object.values(count).every((n) => n === 1),
        `${url}: ${JSON.stringify(count)}`,
      ).toBe(true);
    }
  });

  it('give the search page and Pagefind WebAssembly, and no other page', () => {
    expect(netlifyMatch(text, '/sok/').headers['content-security-policy']).toContain('wasm-unsafe-eval');
    expect(netlifyMatch(text, '/pagefind/pagefind.js').headers['content-security-policy']).toContain(
      'wasm-unsafe-eval',
    );
    for (const url of ['/', '/piloter/indre-namdal/', '/data/tiltak.csv'])
      expect(netlifyMatch(text, url).headers['content-security-policy'], url).not.toContain('wasm');
  });

  it('cache hashed files for a year and everything else only until the next publication', () => {
    for (const url of ['/_astro/Chart.abc123.js', '/pagefind/fragment/en_3c4d.pf_fragment'])
      expect(netlifyMatch(text, url).headers['cache-control'], url).toBe(
        'public, max-age=31536000, immutable',
      );
    for (const url of [
      '/',
      '/sok/',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/data/tiltak.csv',
    ])
      expect(netlifyMatch(text, url).headers['cache-control'], url).toBe(
        'public, max-age=0, must-revalidate',
      );
  });

  it("name Pagefind's own file types, which no host knows", () => {
    for (const url of [
      '/pagefind/wasm.en.pagefind',
      '/pagefind/fragment/en_3c4d.pf_fragment',
      '/pagefind/index/en_5e6f.pf_index',
    ])
      expect(netlifyMatch(text, url).headers['content-type'], url).toBe('application/octet-stream');
  });

  it('give nginx the same headers, each location with its full set, and every type', () => {
    const conf = nginxSnippet(FILES);
    for (const url of urls) {
      const n = nginxMatch(conf, url);
      expect(n.location, url).not.toBeNull();
      const { headers } = netlifyMatch(text, url);
      for (const [name, value] of Object.entries(headers))
        expect(n.headers[name], `${url} ${name}`).toBe(value);
    }
    expect(nginxMatch(conf, '/data/tiltak.csv').headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(nginxMatch(conf, '/pagefind/wasm.en.pagefind').headers['content-type']).toBe(
      'application/octet-stream',
    );
  });

  it('put the base path in front of every rule', () => {
    const based = netlifyHeaders(FILES, '/bygdevekstatlas/');
    expect(netlifyMatch(based, '/bygdevekstatlas/sok/').headers['content-security-policy']).toContain(
      'wasm-unsafe-eval',
    );
    expect(netlifyMatch(based, '/sok/').headers).toEqual({});
    expect(nginxSnippet(FILES, '/bygdevekstatlas/')).toContain('error_page 404 /bygdevekstatlas/404.html;');
  });

  it('stop the build rather than write more rules than Cloudflare Pages reads', () => {
    const many = Array.from({ length: 101 }, (_, i) => `side-${i}.html`);
    expect(hostRules(many)).toHaveLength(101);
    expect(() => netlifyHeaders(many)).toThrow(/Cloudflare Pages leser bare 100/);
  });
});
