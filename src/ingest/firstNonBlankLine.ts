/**
 * The first line of `text` that holds more than whitespace, without its line
 * ending; `''` when there is none. Format detection looks at it in
 * line-oriented formats.
 *
 * @example firstNonBlankLine('\r\n{"id":1}\r\n{"id":2}\n'); // '{"id":1}'
 */
export function firstNonBlankLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.replace(/\r$/u, '') ?? '';
}
