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
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}
