import { isPlainAscii } from './isPlainAscii.ts';

/**
 * Text folded for searching: diacritics removed, case-folded, whitespace
 * collapsed, so "lukosiute" finds "Lukošiūtė".
 *
 * @example foldText('Kamilė  Lukošiūtė') === 'kamile lukosiute'
 */
export function foldText(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}
