// ASCII letters in words joined by single spaces, nothing around them.
const LETTER_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * Whether `name` is ASCII words of letters between single spaces: most names
 * are, and folding, trimming, commas and homonym numbers leave them as they
 * are but for case, so a name of this kind is read at once.
 *
 * @example isLetterWords('Ethan Perez') // true
 * @example isLetterWords('Samuel R. Bowman') // false
 */
export function isLetterWords(name: string): boolean {
  return LETTER_WORDS.test(name);
}
