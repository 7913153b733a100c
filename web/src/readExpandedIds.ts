/**
 * The authors whose coauthors were added to the drawing (`?expand=`, global
 * ids joined by commas, in the order they were added); empty when none were.
 *
 * @example readExpandedIds(new URL('http://x/explore?author=Jesse%20Mu&expand=QXV0aG9yOmI2ZDEwM2YxZTY5ZTM4ODQ=')) // ['QXV0aG9yOmI2ZDEwM2YxZTY5ZTM4ODQ=']
 */
export function readExpandedIds(url: URL): string[] {
  return (url.searchParams.get('expand') ?? '').split(',').filter((id) => id !== '');
}
