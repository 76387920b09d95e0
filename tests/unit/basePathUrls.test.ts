/** BASE_PATH and SITE_URL, read once (src/lib/urls.ts), and the local server under a base path. */
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseBasePath, normaliseSiteUrl, withoutBase } from '../../src/lib/urls.ts';
import { serveStatic } from '../../scripts/lib/staticServer.mjs';
import { tempDir } from '../helpers/tempDir.ts';

describe('the base path setting', () => {
  it('accepts the ways people write it, and gives one form', () => {
    for (const raw of ['bygdevekstatlas', '/bygdevekstatlas', '/bygdevekstatlas/', 'bygdevekstatlas/'])
      expect(normaliseBasePath(raw), raw).toBe('/bygdevekstatlas/');
    expect(normaliseBasePath('/a/b')).toBe('/a/b/');
    expect(normaliseBasePath(undefined)).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
  });

  it('refuses what is not a path, in Norwegian', () => {
    for (const raw of ['/../etc/', 'https://x.no/', '/a b/', '/a?b'])
      expect(() => normaliseBasePath(raw), raw).toThrow(/BASE_PATH .* er ikke en gyldig sti/);
    expect(() => normaliseSiteUrl('ftp://x.no')).toThrow(/SITE_URL .* må begynne med https:\/\//);
  });

  it('keeps only the origin of SITE_URL: the path is the base path', () => {
    expect(normaliseSiteUrl('https://eier.github.io/')).toBe('https://eier.github.io');
    expect(normaliseSiteUrl(undefined)).toBe('https://bygdevekstatlas.no');
  });

  it('finds the site path in a published address, and nothing outside the base', () => {
    expect(withoutBase('/atlas/piloter/?q=1', '/atlas/')).toBe('/piloter/?q=1');
    expect(withoutBase('/atlas', '/atlas/')).toBe('/');
    expect(withoutBase('/atlaset/', '/atlas/')).toBeNull();
    expect(withoutBase('/piloter/', '/')).toBe('/piloter/');
  });
});

describe('the local server under a base path', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const dir = tempDir('base-serve');
    writeFileSync(join(dir, 'index.html'), '<p>forside</p>');
    writeFileSync(join(dir, '404.html'), '<p>fant ikke</p>');
    ({ server, url } = (await serveStatic(dir, 0, '/atlas/')) as { server: Server; url: string });
  });
  afterAll(() => new Promise((done) => server.close(done)));

  it('serves the site under the base path and the 404 page outside it', async () => {
    expect(new URL(url).pathname).toBe('/atlas/');
    const inside = await fetch(url);
    expect(inside.status).toBe(200);
    expect(await inside.text()).toBe('<p>forside</p>');
    const outside = await fetch(new URL('/index.html', url));
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe('<p>fant ikke</p>');
  });
});
