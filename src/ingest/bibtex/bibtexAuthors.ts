import type { IngestContext } from '../IngestContext.ts';
import { IngestError } from '../IngestError.ts';
import { findDuplicateAuthor } from '../findDuplicateAuthor.ts';
import { quote } from '../quote.ts';
import type { FieldText } from './FieldText.ts';
import { findSplitNames } from './findSplitNames.ts';
import { type BibtexName, parseBibtexName } from './parseBibtexName.ts';
import { splitAtDepthZero } from './splitAtDepthZero.ts';
import { warnUnknownLatex } from './warnUnknownLatex.ts';

/** BibTeX separates names by the word "and" in any case, outside braces. */
const AND = /\s+and\s+/iuy;

/**
 * The names of a BibTeX `author` field, in byline order, as "First von Last
 * Jr" strings in Unicode (see `parseBibtexName`). `and others` is dropped
 * with a warning, since the byline is then incomplete; names that look like
 * pieces of one name split at "and" are warnings (see `findSplitNames`).
 * Every message names `where` (the entry) and the line that holds the name.
 * An empty name, a malformed one or an author listed twice throws an
 * `IngestError`, for the caller to reject the entry.
 *
 * @example
 * bibtexAuthors(field('J{\\"o}rg Hoffmann and Geffner, H{\\\'e}ctor'), 'entry "k"', context);
 * // ['Jörg Hoffmann', 'Héctor Geffner']
 */
export function bibtexAuthors(field: FieldText, where: string, context: IngestContext): string[] {
  const fail = (line: number, reason: string): never => {
    throw new IngestError(context.file, line, `${where}: ${reason}`);
  };
  if (field.text.trim() === '') fail(field.lineAt(0), 'the author field is empty; name the authors or remove the field');
  const names: BibtexName[] = [];
  const lines: number[] = [];
  for (const [index, piece] of splitAtDepthZero(field.text, AND).entries()) {
    const raw = piece.text.trim();
    const line = field.lineAt(piece.offset + piece.text.length - piece.text.trimStart().length);
    const author = `author ${index + 1}`;
    if (raw === '') fail(line, `${author} is empty; remove the extra "and"`);
    if (raw.toLowerCase() === 'others') {
      context.warn(line, `${where}: "and others" dropped; the byline is incomplete`);
      continue;
    }
    const name = parseBibtexName(raw, (reason) => fail(line, `${author}, ${quote(raw.replace(/\s+/gu, ' '))}, ${reason}`));
    if (name.display === '') fail(line, `${author}, ${quote(raw)}, has no letters`);
    warnUnknownLatex(name.display, context, line, `${where}: ${author}, ${quote(name.display)},`);
    names.push(name);
    lines.push(line);
  }
  if (names.length === 0) fail(field.lineAt(0), 'the author field names no one but "others"; name at least one author');
  for (const { index, reason } of findSplitNames(names)) {
    context.warn(lines[index] ?? field.lineAt(0), `${where}: author ${quote(names[index]?.display ?? '')} ${reason}; correct the author field`);
  }
  const displays = names.map((name) => name.display);
  const repeat = findDuplicateAuthor(displays);
  if (repeat !== undefined) {
    const { firstIndex, secondIndex } = repeat;
    fail(
      lines[secondIndex] ?? field.lineAt(0),
      `${quote(displays[secondIndex] ?? '')} is listed twice among the authors (as ${quote(displays[firstIndex] ?? '')} before); remove the repeat`,
    );
  }
  return displays;
}
