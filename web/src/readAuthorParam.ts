/** What the URL says to open: `?author=` holds a name or an author's global id. */
export type AuthorParam = { readonly id: string } | { readonly name: string };

/**
 * The author named by the page's URL, undefined when none is.
 *
 * @example readAuthorParam(new URL('http://x/explore?author=Ethan%20Perez')) // { name: 'Ethan Perez' }
 */
export function readAuthorParam(url: URL): AuthorParam | undefined {
  const value = url.searchParams.get('author')?.trim();
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
