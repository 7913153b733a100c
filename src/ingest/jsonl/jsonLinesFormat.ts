import type { PaperFormat } from '../PaperFormat.ts';
import { eachItem } from '../eachItem.ts';
import { firstNonBlankLine } from '../firstNonBlankLine.ts';
import { readJsonLineBatches } from './readJsonLineBatches.ts';

/**
 * Canonical JSON Lines, one `PaperRecord` per line: what `import` writes.
 * Streams a chunk of lines at a time, so a file of any size reads in
 * constant memory; blank lines are skipped and each defective line is
 * rejected on its own.
 *
 * @example
 * for await (const record of jsonLinesFormat.read('papers.jsonl', context)) records.push(record);
 */
export const jsonLinesFormat: PaperFormat = {
  name: 'jsonl',
  description: 'canonical JSON Lines, one record per line: what import writes',
  extensions: ['.jsonl', '.ndjson'],
  // The byline is an array here; the arXiv snapshot has a string under "authors".
  looksLike: (head) => /^\s*\{.*"authors"\s*:\s*\[/u.test(firstNonBlankLine(head)),
  read: (path, context) => eachItem(readJsonLineBatches(path, context)),
  readBatches: readJsonLineBatches,
};
