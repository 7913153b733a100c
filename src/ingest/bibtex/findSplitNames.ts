import type { BibtexName } from './parseBibtexName.ts';

/** An author name that looks like a piece of a longer one, and why. */
export interface SplitName {
  /** 0-based position in the author list. */
  readonly index: number;
  readonly reason: string;
}

const INITIALS = /^\p{Lu}(?:\.(?:-?\p{Lu}\.)*)?$/u;

/**
 * Finds author names that look like pieces of one name that the word "and"
 * split in two, as `Fern and a Vi{\'e}gas` (for Fernanda Viégas) or
 * `G. and Shani`. Two shapes betray a piece, and real names have neither:
 * the end of a name, written without a comma, that has no first name but a
 * lower-case von word (`a Viégas`); and the start of one that is nothing but
 * initials (`G.`). A single-word name (`Mausam`) or a braced institution
 * (`{DARPA}`) is not a piece.
 *
 * @example
 * findSplitNames(['Vijay Vasudevan', 'Fern', 'a Viégas'].map(parse));
 * // [{ index: 2, reason: 'has no first name and starts with the lower-case word "a": …' }]
 */
export function findSplitNames(names: readonly BibtexName[]): SplitName[] {
  const found: SplitName[] = [];
  names.forEach((name, index) => {
    const before = names[index - 1];
    const after = names[index + 1];
    if (!name.commaForm && name.first === '' && name.von !== '') {
      const word = name.von.split(' ')[0] ?? '';
      const joined = before === undefined ? '' : ` (${quoteJoined(before, name)})`;
      const reason = `has no first name and starts with the lower-case word "${word}": it looks like the end of a name split at the word "and"`;
      found.push({ index, reason: `${reason}${joined}` });
    } else if (name.display.split(' ').every((word) => INITIALS.test(word))) {
      const joined = after === undefined ? '' : ` (${quoteJoined(name, after)})`;
      found.push({ index, reason: `is only initials: it looks like the start of a name split at the word "and"${joined}` });
    }
  });
  return found;
}

function quoteJoined(start: BibtexName, end: BibtexName): string {
  return `"${start.display} and ${end.display}"`;
}
