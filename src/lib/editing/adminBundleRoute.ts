/**
 * The endpoints that copy Decap's bundle into /admin/ (one per file type, so Astro's dev server
 * and the build both map «/admin/<navn>.js» to a file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_SCRIPT, ADMIN_SCRIPT_FILE, DECAP_DIST, decapBundleFiles } from './adminPage.ts';

export function bundlePaths(ext: 'js' | 'wasm') {
  return [...decapBundleFiles(), ...(ext === 'js' ? [`${ADMIN_SCRIPT}.js`] : [])]
    .filter((f) => f.endsWith(`.${ext}`))
    .map((f) => ({ params: { navn: f.slice(0, -(ext.length + 1)) } }));
}

export function bundleFile(navn: string, ext: 'js' | 'wasm'): Response {
  const type = ext === 'wasm' ? 'application/wasm' : 'text/javascript; charset=utf-8';
  const file = navn === ADMIN_SCRIPT && ext === 'js' ? ADMIN_SCRIPT_FILE : join(DECAP_DIST, `${navn}.${ext}`);
  return new Response(readFileSync(file), {
    headers: { 'Content-Type': type },
  });
}
