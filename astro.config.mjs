// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentBodyRule } from './src/lib/loading/index.ts';
import { fixtureCacheDir } from './tests/helpers/fixtureCache.ts';
import { incrementalGuard } from './scripts/lib/incrementalGuard.mjs';
import { BASE_PATH, SITE_URL } from './src/lib/urls.ts';

// Astro keeps its content data store in cacheDir. Fixture sites in tests (BYGDEVEKST_CONTENT) get a
// cache of their own, so their entries never meet the real site's in one store; the tests that build
// one remove it through the same helper.
const fixtureContent = process.env.BYGDEVEKST_CONTENT;
const cacheDir = fixtureContent ? `./${fixtureCacheDir(fixtureContent)}` : undefined;

export default defineConfig({
  // Where the site is published: BASE_PATH and SITE_URL at build time, read in src/lib/urls.ts.
  site: SITE_URL,
  base: BASE_PATH,
  output: 'static',
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Astro 7's default 'jsx' compression can glue words across inline tags ("Pilot:Tanakommune").
  compressHTML: true,
  // Content is data, not code: every Markdown and MDX body must pass the body rule before it is
  // compiled, so nothing in content/ runs at build time or puts script on a page (issue 16).
  markdown: { processor: satteri({ mdastPlugins: [contentBodyRule] }) },
  integrations: [mdx(), incrementalGuard()],
  // A page whose cache key (src/data/pageKeys.ts) and code are as in the previous build is copied
  // from Astro's cache (cacheDir/dist/) instead of rendered again; the guard above keeps the cache
  // exact when a build stops halfway.
  experimental: { incrementalBuild: true },
  // No inline <style> or <script> on any page: everything is a file from 'self', so the
  // Content-Security-Policy (src/lib/publishing/csp.ts) needs no 'unsafe-inline' and no hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Scripts as files too (Vite would inline small ones), for the same reason.
  vite: { build: { assetsInlineLimit: 0 } },
});
