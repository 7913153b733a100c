/** FNV-1a's 32-bit offset basis and prime, for a caller that hashes as `hashText` does in a loop of its own. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

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
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/**
 * `hashText` of the text whose UTF-16 code units are the bytes `start ..
 * end` of `bytes`: of ASCII text, its bytes hash as the text does.
 *
 * @example hashBytes(Buffer.from('perez'), 0, 5) === hashText('perez') // true
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, FNV_PRIME);
  return hash >>> 0;
}
