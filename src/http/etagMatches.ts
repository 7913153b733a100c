import { createHash } from 'node:crypto';

/**
 * Whether an `If-None-Match` header names `etag`, compared weakly as RFC
 * 9110 asks for it (`W/` ignored; `*` matches any).
 *
 * @example etagMatches('W/"abc", "def"', '"abc"') // true
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//u, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * A weak validator for `content`: the plain and compressed forms of one
 * body share it.
 *
 * @example weakEtag('<!doctype html>…') // 'W/"…"'
 */
export function weakEtag(content: string | Uint8Array): string {
  return `W/"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`;
}
