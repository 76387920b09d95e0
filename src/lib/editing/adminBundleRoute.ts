/**
 * The endpoints that copy Decap's bundle into /admin/ (one per file type, so Astro's dev server
 * and the build both map «/admin/<navn>.js» to a file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECAP_DIST, decapBundleFiles } from './adminPage.ts';

export function bundlePaths(ext: 'js' | 'wasm') {
  return decapBundleFiles()
    .filter((f) => f.endsWith(`.${ext}`))
    .map((f) => ({ params: { navn: f.slice(0, -(ext.length + 1)) } }));
}

export function bundleFile(navn: string, ext: 'js' | 'wasm'): Response {
  const type = ext === 'wasm' ? 'application/wasm' : 'text/javascript; charset=utf-8';
  return new Response(readFileSync(join(DECAP_DIST, `${navn}.${ext}`)), {
    headers: { 'Content-Type': type },
  });
}
