/** The 404 page is served at addresses that do not exist, so it must not name a canonical address. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from '../helpers/builtSite.ts';

describe('404.html', () => {
  it('has no canonical link and no og:url, and asks not to be indexed', () => {
    requireBuiltSite();
    const html = parse(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(html.querySelector('h1')?.text).toMatch(/Fant ikke/);
    expect(html.querySelector('link[rel="canonical"]')).toBeNull();
    expect(html.querySelector('meta[property="og:url"]')).toBeNull();
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
