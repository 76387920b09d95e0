/**
 * The HTTP headers and content types of every built file, in one place. `npm run serve` (and so the
 * browser tests and `npm run preview`) sends them from here, and the build writes them as the static
 * hosts' own configuration (`_headers` for Netlify and Cloudflare Pages, an nginx snippet), so a host
 * and the local server cannot disagree: tests/unit/hostHeaders.test.ts compares them file by file.
 *
 * Paths here are site paths, without the base path (see src/lib/urls.ts); the host files add it.
 */
import { contentSecurityPolicy } from './csp.ts';

export type Headers = Record<string, string>;

/** Content types by file extension: every kind of file the build writes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // The CMS's config.yml, which Decap fetches and parses itself.
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index files are gzip data it unpacks itself: bytes to the browser, never text.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export const FALLBACK_TYPE = 'application/octet-stream';

function extensionOf(path: string): string {
  const name = path.split(/[?#]/)[0].split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** A directory URL («/piloter/») is its index.html. */
export function contentTypeFor(path: string): string {
  const p = path.split(/[?#]/)[0];
  return p.endsWith('/') ? CONTENT_TYPES['.html'] : (CONTENT_TYPES[extensionOf(p)] ?? FALLBACK_TYPE);
}

/**
 * Worth compressing on the fly: text. Images, fonts and Pagefind's files are compressed already
 * (Pagefind gzips its own), so a second pass only costs time.
 */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(';')[0].trim();
  return (
    type.startsWith('text/') ||
    ['application/json', 'application/xml', 'image/svg+xml', 'application/wasm'].includes(type)
  );
}

/** A year, the longest lifetime caches honour: for files whose name changes when their content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is checked with the host on every use, so a publication shows at once. */
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Folders whose files are named by a hash of their content: Astro's bundles and Pagefind's chunks. */
const HASHED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'];

export function cacheControlFor(path: string): string {
  return HASHED_FOLDERS.some((folder) => path.startsWith(folder)) ? IMMUTABLE : REVALIDATE;
}

/** The headers of the file at a site path, content type aside (header names in lower case). */
export function headersFor(path: string): Headers {
  return {
    'content-security-policy': contentSecurityPolicy(path, 'header'),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cache-control': cacheControlFor(path),
  };
}

/** Header names as the hosts' files write them. */
function displayName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

/** A built file as a site path: «piloter/x/index.html» → «/piloter/x/index.html». */
function sitePath(file: string): string {
  return `/${file.replace(/\\/g, '/').replace(/^\/+/, '')}`;
}

/** One rule of a host file: a path (a folder ends in «/», and then covers everything under it). */
export interface HostRule {
  path: string;
  folder: boolean;
  headers: Headers;
}

/** Headers a host must be given, content type included where every file in the rule shares one. */
function ruleHeaders(paths: readonly string[]): Headers {
  const headers = headersFor(paths[0]);
  const types = new Set(paths.map(contentTypeFor));
  if (types.size === 1) headers['content-type'] = [...types][0];
  return headers;
}

const key = (h: Headers) => JSON.stringify(Object.entries(h).sort());

/**
 * The rules for a built site, never overlapping: Netlify and Cloudflare Pages apply every rule that
 * matches and join repeated headers with commas, which for two CSPs would enforce both. A folder
 * whose files all get the same headers (and one content type, or only types every host knows) is
 * one rule; any other folder is split into its folders and files. `files` are paths under the build.
 */
export function hostRules(files: readonly string[]): HostRule[] {
  const paths = files.map(sitePath).sort();
  const rules: HostRule[] = [];
  const uniform = (group: readonly string[]): boolean => {
    if (new Set(group.map((p) => key(headersFor(p)))).size !== 1) return false;
    const types = new Set(group.map(contentTypeFor));
    // A host knows .js and .css by itself, not Pagefind's own extensions: those need a rule that names them.
    return types.size === 1 || [...types].every((t) => !t.startsWith('application/octet-stream'));
  };
  const visit = (folder: string, group: readonly string[]): void => {
    if (folder !== '/' && uniform(group)) {
      rules.push({ path: folder, folder: true, headers: ruleHeaders(group) });
      return;
    }
    const children = new Map<string, string[]>();
    for (const p of group) {
      const rest = p.slice(folder.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        // A folder's page is asked for as «/sok/» as well as «/sok/index.html».
        if (rest === 'index.html') rules.push({ path: folder, folder: false, headers: ruleHeaders([p]) });
        rules.push({ path: p, folder: false, headers: ruleHeaders([p]) });
      } else {
        const sub = folder + rest.slice(0, slash + 1);
        children.set(sub, [...(children.get(sub) ?? []), p]);
      }
    }
    for (const [sub, subGroup] of children) visit(sub, subGroup);
  };
  visit('/', paths);
  return rules.sort((a, b) => a.path.localeCompare(b.path) || Number(a.folder) - Number(b.folder));
}

/** Cloudflare Pages reads at most 100 rules from _headers and ignores the rest without a word. */
export const MAX_HOST_RULES = 100;

function checkedRules(files: readonly string[]): HostRule[] {
  const rules = hostRules(files);
  if (rules.length > MAX_HOST_RULES)
    throw new Error(
      `_headers ville fått ${rules.length} regler; Cloudflare Pages leser bare ${MAX_HOST_RULES}. Samle filene i færre mapper.`,
    );
  return rules;
}

/** Joins a base path («/atlas/» or «/») and a site path. */
function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

const GENERATED = 'Skrevet av «npm run build» fra src/lib/publishing/hostHeaders.ts: endre der, ikke her.';

/** `_headers` for Netlify and Cloudflare Pages. */
export function netlifyHeaders(files: readonly string[], base = '/'): string {
  const blocks = checkedRules(files).map((rule) =>
    [
      withBase(base, rule.path) + (rule.folder ? '*' : ''),
      ...Object.entries(rule.headers).map(([name, value]) => `  ${displayName(name)}: ${value}`),
    ].join('\n'),
  );
  return `# ${GENERATED}\n${blocks.join('\n')}\n`;
}

/** The nginx type names: «text/css» for «.css»; the charset is added by `charset_types`. */
function nginxTypes(): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
    const bare = type.split(';')[0];
    byType.set(bare, [...(byType.get(bare) ?? []), ext.slice(1)]);
  }
  return [...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`);
}

function nginxQuote(value: string): string {
  return `"${value.replace(/(["\\$])/g, '\\$1')}"`;
}

/**
 * An nginx snippet to include inside the `server { }` that serves the built folder as its root:
 * types, compression, the 404 page, and one location per rule (nginx picks the longest matching
 * location and uses only its add_header lines, so every location carries its full set).
 */
export function nginxSnippet(files: readonly string[], base = '/'): string {
  const charsetTypes = [...new Set(Object.values(CONTENT_TYPES))]
    .filter((t) => t.includes('charset=utf-8') && !t.startsWith('text/html'))
    .map((t) => t.split(';')[0]);
  const gzipTypes = [...new Set(Object.values(CONTENT_TYPES))]
    .filter((t) => isCompressible(t) && !t.startsWith('text/html'))
    .map((t) => t.split(';')[0]);
  const locations = checkedRules(files).map((rule) => {
    const match = rule.folder ? `^~ ${withBase(base, rule.path)}` : `= ${withBase(base, rule.path)}`;
    const lines = Object.entries(rule.headers)
      // The type comes from the types block above; add_header would send a second Content-Type.
      .filter(([name]) => name !== 'content-type')
      .map(([name, value]) => `    add_header ${displayName(name)} ${nginxQuote(value)} always;`);
    return [`location ${match} {`, ...lines, '}'].join('\n');
  });
  return [
    `# ${GENERATED}`,
    '# Bruk: include denne filen inne i server { }, med root satt til den bygde mappen.',
    'types {',
    ...nginxTypes(),
    '}',
    `default_type ${FALLBACK_TYPE};`,
    'charset utf-8;',
    `charset_types ${charsetTypes.join(' ')};`,
    'gzip on;',
    'gzip_vary on;',
    `gzip_types ${gzipTypes.join(' ')};`,
    'index index.html;',
    `error_page 404 ${withBase(base, '/404.html')};`,
    ...locations,
    '',
  ].join('\n');
}
