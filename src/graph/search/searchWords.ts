import { foldText } from '../text/foldText.ts';

/**
 * The words of `text` as search sees them: folded (no case, no diacritics)
 * and split at everything that is not a letter or digit.
 *
 * @example searchWords('Kamilė Lukošiūtė, Chain-of-Thought') // ['kamile', 'lukosiute', 'chain', 'of', 'thought']
 */
export function searchWords(text: string): string[] {
  return foldedWords(foldText(text));
}

/**
 * `searchWords` of a text already folded (`foldText`), for an index that
 * keeps the folded text too and would otherwise fold it twice.
 *
 * @example foldedWords('chain-of-thought') // ['chain', 'of', 'thought']
 */
export function foldedWords(folded: string): string[] {
  const words: string[] = [];
  for (let start = wordStart(folded, 0), end = 0; start !== -1; start = wordStart(folded, end)) {
    end = wordEnd(folded, start);
    words.push(folded.slice(start, end));
  }
  return words;
}

/**
 * Where the first word of `text` at or after `from` starts, or -1 when no
 * word is left: with `wordEnd`, the words `foldedWords` gives, found where
 * they lie, for an index that looks up the words of a million titles
 * without making each one a string.
 *
 * @example wordStart('chain-of-thought', 5) // 6
 */
export function wordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (wordUnitsAt(text, i) > 0) return i;
  return -1;
}

/**
 * Where the word starting at `start` of `text` ends (see `wordStart`).
 *
 * @example wordEnd('chain-of-thought', 6) // 8
 */
export function wordEnd(text: string, start: number): number {
  let i = start;
  for (let units = wordUnitsAt(text, i); units > 0; units = wordUnitsAt(text, i)) i += units;
  return i;
}

// A letter or digit: what search splits text between.
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
// What each code unit of the basic plane is, tested once: 0 not yet, 1 a letter or digit, 2 neither (the surrogates stay 0: a pair is tested whole).
const BASIC_PLANE = new Uint8Array(0x10000);

/** The code units of the letter or digit at `i` of `text` (2 for one beyond the basic plane), or 0 for anything else, the end of `text` included. */
function wordUnitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  if (code < 0xd800 || (code > 0xdfff && code <= 0xffff)) {
    if (BASIC_PLANE[code] === 0) BASIC_PLANE[code] = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
    return BASIC_PLANE[code] === 1 ? 1 : 0;
  }
  // NaN past the end; a surrogate pair is one code point, a lone surrogate is neither letter nor digit.
  if (Number.isNaN(code)) return 0;
  const point = text.codePointAt(i)!;
  if (!WORD_CHARACTER.test(String.fromCodePoint(point))) return 0;
  return point > 0xffff ? 2 : 1;
}
