import { foldText } from '../text/foldText.ts';
import { isLetterWords } from './isLetterWords.ts';

// Letters that carry no combining mark to strip, so Unicode decomposition
// alone leaves them alone.
const LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŋ: 'n',
};

/**
 * A name folded for comparison: diacritics and case gone, special letters
 * spelled out (ł→l, ø→o, ß→ss), apostrophes dropped, hyphens joining words
 * (Hatfield-Dodds → hatfielddodds), other punctuation turned to spaces.
 *
 * @example foldName('Kamilė Lukošiūtė') === 'kamile lukosiute'
 */
export function foldName(name: string): string {
  // Most names are ASCII words of letters between single spaces, which every step below leaves as they are but for case.
  if (isLetterWords(name)) return name.toLowerCase();
  return foldText(name)
    .replace(/[łøđðþßæœıħŋ]/gu, (letter) => LETTERS[letter] ?? letter)
    .replace(/['’‘`´]/gu, '')
    .replace(/(?<=\p{L})[-‐‑–](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N},]+/gu, ' ')
    .trim();
}
