/**
 * How many line feeds `text` holds: the lines a reader moves past, whether
 * they end in LF or CRLF.
 *
 * @example
 * countNewlines('a\r\nb\n'); // 2
 */
export function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
