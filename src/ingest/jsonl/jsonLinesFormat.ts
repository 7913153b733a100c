import type { PaperFormat } from '../PaperFormat.ts';
import { admitRecord } from '../admitRecord.ts';
import { cleanRecordText } from '../cleanRecordText.ts';
import { firstNonBlankLine } from '../firstNonBlankLine.ts';
import { parseJsonLine } from './parseJsonLine.ts';
import { readLines } from '../readLines.ts';

/**
 * Canonical JSON Lines, one `PaperRecord` per line: what `import` writes.
 * Streams a line at a time, so a file of any size reads in constant memory;
 * blank lines are skipped and each defective line is rejected on its own.
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
  async *read(path, context) {
    for await (const { number, text } of readLines(path, context)) {
      if (text.trim() === '') continue;
      const record = admitRecord(context, () => parseJsonLine(text, path, number));
      const clean = record && cleanRecordText(record, context, number);
      if (clean !== undefined) yield clean;
    }
  },
};
