/**
 * Readers for the generated host files, with each host's own matching rules, so a test can say
 * which headers Netlify/Cloudflare Pages or nginx would send for a path.
 */
type Headers = Record<string, string>;

/**
 * `_headers` as Netlify and Cloudflare Pages apply it: every rule whose path matches (a trailing
 * «*» matches any rest) adds its headers. Returns the headers with how many rules set each one.
 */
export function netlifyMatch(
  text: string,
  path: string,
): { headers: Headers; count: Record<string, number> } {
  const headers: Headers = {};
  const count: Record<string, number> = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const pattern = line.trim();
      applies = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
      continue;
    }
    if (!applies) continue;
    const at = line.indexOf(':');
    const name = line.slice(0, at).trim().toLowerCase();
    headers[name] = line.slice(at + 1).trim();
    count[name] = (count[name] ?? 0) + 1;
  }
  return { headers, count };
}

/**
 * The nginx snippet as nginx applies it to a request path: an exact «location =» first, else the
 * longest «location ^~» prefix, whose add_header lines are the only ones sent; the content type
 * from the types block, with «; charset=utf-8» for text/html and the charset_types.
 */
export function nginxMatch(text: string, path: string): { headers: Headers; location: string | null } {
  const types = new Map<string, string>();
  const typesBlock = /types \{\n([\s\S]*?)\n\}/.exec(text)?.[1] ?? '';
  for (const line of typesBlock.split('\n')) {
    const [type, ...exts] = line.trim().replace(/;$/, '').split(/\s+/);
    for (const ext of exts) types.set(ext, type);
  }
  const charsetTypes = new Set((/^charset_types (.*);$/m.exec(text)?.[1] ?? '').split(' '));
  const defaultType = /^default_type (.*);$/m.exec(text)?.[1] ?? '';
  const locations = [...text.matchAll(/^location (=|\^~) (\S+) \{\n([\s\S]*?)\n\}/gm)].map((m) => ({
    exact: m[1] === '=',
    path: m[2],
    body: m[3],
  }));
  const chosen =
    locations.find((l) => l.exact && l.path === path) ??
    locations
      .filter((l) => !l.exact && path.startsWith(l.path))
      .sort((a, b) => b.path.length - a.path.length)[0];
  const headers: Headers = {};
  for (const m of (chosen?.body ?? '').matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g))
    headers[m[1].toLowerCase()] = m[2].replace(/\\(.)/g, '$1');
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const name = file.split('/').pop() ?? '';
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  const type = types.get(ext) ?? defaultType;
  headers['content-type'] = type === 'text/html' || charsetTypes.has(type) ? `${type}; charset=utf-8` : type;
  return { headers, location: chosen ? chosen.path : null };
}
