import { foldText } from '../text/foldText.ts';

/**
 * The words of `text` as search sees them: folded (no case, no diacritics)
 * and split at everything that is not a letter or digit.
 *
 * @example searchWords('Kamilė Lukošiūtė, Chain-of-Thought') // ['kamile', 'lukosiute', 'chain', 'of', 'thought']
 */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
