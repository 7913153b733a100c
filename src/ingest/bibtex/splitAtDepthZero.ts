/** A piece of a split text and where it starts in that text. */
export interface TextPiece {
  readonly text: string;
  readonly offset: number;
}

/**
 * Splits `text` wherever `separator` matches outside braces, as BibTeX
 * splits an author list at `and` and a name at commas and spaces: in
 * `{Barnes and Noble} and Ann Smith` only the second `and` separates.
 * `separator` must be sticky (`y`); pieces keep their surrounding spaces.
 *
 * @example
 * splitAtDepthZero('{A and B} and C', /\s+and\s+/iuy).map((piece) => piece.text); // ['{A and B}', 'C']
 */
export function splitAtDepthZero(text: string, separator: RegExp): TextPiece[] {
  const pieces: TextPiece[] = [];
  let depth = 0;
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    separator.lastIndex = index;
    const match = depth === 0 ? separator.exec(text) : null;
    if (match !== null && match[0] !== '') {
      pieces.push({ text: text.slice(start, index), offset: start });
      index += match[0].length;
      start = index;
      continue;
    }
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    index += 1;
  }
  pieces.push({ text: text.slice(start), offset: start });
  return pieces;
}
