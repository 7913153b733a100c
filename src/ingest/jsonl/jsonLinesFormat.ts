import type { IngestContext } from '../IngestContext.ts';
import type { PaperFormat } from '../PaperFormat.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { admitRecord } from '../admitRecord.ts';
import { cleanRecordText } from '../cleanRecordText.ts';
import { eachItem } from '../eachItem.ts';
import { firstNonBlankLine } from '../firstNonBlankLine.ts';
import { parseJsonLine } from './parseJsonLine.ts';
import { readLineRecords } from '../readLineRecords.ts';

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

function readJsonLineBatches(path: string, context: IngestContext): AsyncGenerator<PaperRecord[], void, undefined> {
  return readLineRecords(path, context, (text, number) => {
    const record = admitRecord(context, () => parseJsonLine(text, path, number));
    return record && cleanRecordText(record, context, number);
  });
}
