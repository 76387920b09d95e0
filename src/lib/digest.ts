/**
 * A digest of a plain value (what a view returns), for Astro's incremental build: a page whose
 * view has the same digest as in the previous build renders the same HTML, so its earlier
 * output can be reused. Two values get the same digest only if a page could not tell them
 * apart: type, order of keys and items, -0 and NaN all count. Anything a digest cannot see
 * into (a function, a class instance, a cycle) throws, because a page could render from it
 * what the digest missed. Build-time only (node:crypto).
 */
import { createHash, type Hash } from 'node:crypto';

/**
 * Digests of objects already seen, by identity. Views share entries and memoised lists between
 * pages, so each is hashed once per build. Only sound for values nobody changes after the view
 * returned them, which a pure view guarantees; keep one memo per site.
 */
export type DigestMemo = WeakMap<object, string>;

export function newDigestMemo(): DigestMemo {
  return new WeakMap();
}

/** The hex SHA-256 digest of `value`; `memo` lets shared objects be hashed once. */
export function valueDigest(value: unknown, memo: DigestMemo = newDigestMemo()): string {
  const hash = createHash('sha256');
  feed(hash, value, memo, new Set(), '');
  return hash.digest('hex');
}

function objectDigest(value: object, memo: DigestMemo, open: Set<object>, at: string): string {
  const known = memo.get(value);
  if (known !== undefined) return known;
  if (open.has(value)) throw new Error(`sidenøkkel: ${at || 'verdien'} peker tilbake på seg selv.`);
  open.add(value);
  const hash = createHash('sha256');
  feedObject(hash, value, memo, open, at);
  open.delete(value);
  const digest = hash.digest('hex');
  memo.set(value, digest);
  return digest;
}

function feed(hash: Hash, value: unknown, memo: DigestMemo, open: Set<object>, at: string): void {
  switch (typeof value) {
    case 'string':
      hash.update(`s${value.length}:`);
      hash.update(value);
      return;
    case 'number':
      hash.update(`n${Object.is(value, -0) ? '-0' : String(value)};`);
      return;
    case 'boolean':
      hash.update(value ? 'T' : 'F');
      return;
    case 'undefined':
      hash.update('u');
      return;
    case 'bigint':
      hash.update(`b${value};`);
      return;
    case 'object':
      if (value === null) hash.update('0');
      else hash.update(`o${objectDigest(value, memo, open, at)}`);
      return;
    default:
      throw new Error(
        `sidenøkkel: ${at || 'verdien'} er en ${typeof value}; en side som viser noe fra den, ` +
          'kan ikke få en nøkkel. Gi visningen ferdige data i stedet.',
      );
  }
}

function feedObject(hash: Hash, value: object, memo: DigestMemo, open: Set<object>, at: string): void {
  if (Array.isArray(value)) {
    hash.update(`[${value.length}`);
    value.forEach((item, i) => feed(hash, item, memo, open, `${at}[${i}]`));
    return;
  }
  if (value instanceof Map) {
    hash.update(`M${value.size}`);
    for (const [k, v] of value) {
      feed(hash, k, memo, open, `${at}.keys()`);
      feed(hash, v, memo, open, `${at}.get(${String(k)})`);
    }
    return;
  }
  if (value instanceof Set) {
    hash.update(`S${value.size}`);
    for (const v of value) feed(hash, v, memo, open, `${at}.values()`);
    return;
  }
  if (value instanceof Date) {
    hash.update(`D${value.getTime()};`);
    return;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new Error(
      `sidenøkkel: ${at || 'verdien'} er en ${proto?.constructor?.name ?? 'ukjent type'}, ` +
        'ikke rene data; gi visningen ferdige data i stedet.',
    );
  const keys = Object.keys(value);
  hash.update(`{${keys.length}`);
  for (const key of keys) {
    hash.update(`k${key.length}:${key}`);
    feed(hash, (value as Record<string, unknown>)[key], memo, open, `${at}.${key}`);
  }
}
