/**
 * The static hosts' own configuration, written into the build by `npm run build` from the module
 * `npm run serve` sends its headers from (src/lib/publishing/hostHeaders.ts): `_headers` for
 * Netlify and Cloudflare Pages, and `nginx-headers.conf` to include in an nginx server block.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hostRules, netlifyHeaders, nginxSnippet } from '../../src/lib/publishing/index.ts';

export const HOST_FILES = ['_headers', 'nginx-headers.conf'];

/** Every file of the built site, as a path relative to it with «/» separators. */
export function builtFiles(outDir) {
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(outDir, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((path) => !HOST_FILES.includes(path))
    .sort();
}

/** Writes both files into outDir for a site served under `base`; returns a one-line summary. */
export function writeHostConfig(outDir, base = '/') {
  const files = builtFiles(outDir);
  writeFileSync(join(outDir, '_headers'), netlifyHeaders(files, base));
  writeFileSync(join(outDir, 'nginx-headers.conf'), nginxSnippet(files, base));
  return `${hostRules(files).length} regler for ${files.length} filer`;
}
