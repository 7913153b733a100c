/**
 * FNV-1a over the UTF-16 code units: 32 bits, so that a text's entry in an
 * index is a number, not the text. Equal texts hash equal; unequal ones
 * may too, so a match is checked against the text. With `start` and `end`,
 * the hash of `text.slice(start, end)`, without making that string.
 *
 * @example hashText('ethan perez') === hashText('ethan perez') // true
 * @example hashText('ethan perez', 6, 11) === hashText('perez') // true
 */
export function hashText(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
