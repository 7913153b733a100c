import type { PaperFormat } from './PaperFormat.ts';
import { formatList } from './formatList.ts';
import { paperFormats } from './paperFormats.ts';

/**
 * The format a user named with `--from` or `--format`, ignoring case.
 *
 * @example findPaperFormat('SNAP') === snapFormat; // true
 */
export function findPaperFormat(name: string): PaperFormat {
  const found = paperFormats.find((format) => format.name === name.toLowerCase());
  if (found === undefined) throw new Error(`unknown format "${name}"; the formats are ${formatList()}`);
  return found;
}
