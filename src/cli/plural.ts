/**
 * A count with its noun, in the plural unless the count is one.
 *
 * @example plural(1, 'file'); // '1 file'
 * @example plural(0, 'warning'); // '0 warnings'
 */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
