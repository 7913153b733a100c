/**
 * The index of the `}` that closes the `{` at `open`, counting every brace
 * as BibTeX does (a backslash does not escape one), or the text's length
 * when none does.
 *
 * @example
 * closingBrace('{a{b}c}d', 0); // 6
 */
export function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return text.length;
}
