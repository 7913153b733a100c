import { isPlainAscii } from './isPlainAscii.ts';

/**
 * The key under which two spellings of a name count as the same string:
 * Unicode NFC, case-folded, whitespace trimmed and collapsed.
 * Diacritics and punctuation still count; folding those is identity
 * resolution's job, not this key's.
 *
 * @example nameKey('  Ethan   PEREZ ') === nameKey('Ethan Perez') // true
 */
export function nameKey(name: string): string {
  if (isPlainAscii(name)) return name.toLowerCase();
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
