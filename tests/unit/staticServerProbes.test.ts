/**
 * The static server serves the built site only (issue 27): links inside its folder are resolved
 * and followed only to regular files inside it, special files are never opened, and the headers
 * (the page's CSP) are chosen from the same decoded path as the file. public/ holds no links,
 * because the build would copy what they point at into the site.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { irregularEntries, publicLinksProblem } from '../../scripts/lib/publicLinks.mjs';
import { serveStatic } from '../../scripts/lib/staticServer.mjs';
import { tempDir } from '../helpers/tempDir.ts';

const HEMMELIG = 'hemmelig-innhold-utenfor-roten';
let server: Server;
let url: string;

beforeAll(async () => {
  const base = tempDir('serve-lenker');
  const outside = join(base, 'utenfor');
  mkdirSync(outside);
  writeFileSync(join(outside, 'hemmelig.txt'), HEMMELIG);
  writeFileSync(join(outside, 'index.html'), HEMMELIG);
  const edition = join(base, 'utgave');
  for (const dir of ['', 'sok', 'admin', 'om']) mkdirSync(join(edition, dir), { recursive: true });
  writeFileSync(join(edition, 'index.html'), '<p>forside</p>');
  writeFileSync(join(edition, '404.html'), '<p>fant ikke</p>');
  writeFileSync(join(edition, 'sok', 'index.html'), '<p>søk</p>');
  writeFileSync(join(edition, 'admin', 'index.html'), '<p>redaktør</p>');
  writeFileSync(join(edition, 'om', 'index.html'), '<p>om</p>');
  symlinkSync(join(outside, 'hemmelig.txt'), join(edition, 'lenke.txt'));
  symlinkSync('/etc/passwd', join(edition, 'passwd.txt'));
  symlinkSync(outside, join(edition, 'mappe'));
  symlinkSync(join(edition, 'om', 'index.html'), join(edition, 'intern.html'));
  execFileSync('mkfifo', [join(edition, 'ror.html')]);
  // The root is a link, as dist/ is after a build.
  symlinkSync(edition, join(base, 'dist'));
  ({ server, url } = (await serveStatic(join(base, 'dist'), 0)) as { server: Server; url: string });
});
afterAll(() => new Promise((done) => server.close(done)));

describe('the static server and links', () => {
  it('serves the site through a root that is itself a link', async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('forside');
  });

  it.each(['lenke.txt', 'passwd.txt', 'mappe/hemmelig.txt', 'mappe/', 'mappe/index.html'])(
    'never follows the link %s out of its folder',
    async (path) => {
      const res = await fetch(url + path);
      expect(res.status).toBe(404);
      const body = await res.text();
      expect(body).not.toContain(HEMMELIG);
      expect(body).not.toContain('root:');
    },
  );

  it('follows a link to a page inside its folder', async () => {
    const res = await fetch(`${url}intern.html`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('om');
  });

  it('answers a FIFO with 404 at once instead of hanging', async () => {
    const res = await fetch(`${url}ror.html`, { signal: AbortSignal.timeout(5000) });
    expect(res.status).toBe(404);
  });

  it('chooses the CSP from the decoded path it serves: /admin/..%2fsok/ gets the search page policy', async () => {
    const sok = await fetch(`${url}sok/`);
    const admin = await fetch(`${url}admin/`);
    const sneaky = await fetch(`${url}admin/..%2fsok/`);
    expect(await sneaky.text()).toContain('søk');
    const policy = (r: Response) => r.headers.get('content-security-policy');
    expect(policy(sok)).not.toBe(policy(admin));
    expect(policy(sneaky)).toBe(policy(sok));
  });
});

describe('public/', () => {
  it('holds no links or special files in the project', () => {
    const found = irregularEntries('public');
    expect(found).toEqual([]);
    expect(publicLinksProblem('public')).toBeUndefined();
  });

  it('a link in public/ is named, in Norwegian, so the build refuses it', () => {
    const dir = tempDir('public');
    mkdirSync(join(dir, 'bilder'));
    writeFileSync(join(dir, 'bilder', 'logo.svg'), '<svg/>');
    symlinkSync('/etc/passwd', join(dir, 'bilder', 'passord.txt'));
    expect(irregularEntries(dir)).toEqual([join(dir, 'bilder', 'passord.txt')]);
    expect(publicLinksProblem(dir)).toMatch(
      /inneholder en symbolsk lenke eller spesialfil .*passord\.txt.*Legg inn selve filen/,
    );
  });
});
