/**
 * A count with its word, the word in the plural unless the count is one.
 *
 * @example plural(2, 'step') // '2 steps'
 */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
