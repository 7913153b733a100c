/** An author the URL names (`?author=`, or `?to=` for a path's end): a name or a global id. */
export type AuthorParam = { readonly id: string } | { readonly name: string };

/**
 * The author named by the URL's `param` (`author` unless told), undefined when none is.
 *
 * @example readAuthorParam(new URL('http://x/explore?author=Ethan%20Perez')) // { name: 'Ethan Perez' }
 */
export function readAuthorParam(url: URL, param: 'author' | 'to' = 'author'): AuthorParam | undefined {
  const value = url.searchParams.get(param)?.trim();
  if (!value) return undefined;
  return isAuthorId(value) ? { id: value } : { name: value };
}

/** Global ids are base64 of `Author:<id>`; a name never decodes to that. */
function isAuthorId(value: string): boolean {
  try {
    return atob(value).startsWith('Author:');
  } catch {
    return false;
  }
}
