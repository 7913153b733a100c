import type { IngestContext } from './IngestContext.ts';
import type { PaperRecord } from './PaperRecord.ts';
import { type ByteRange, readLineBatches } from './readLines.ts';

/**
 * The records of a file with one record per line, handed on as one array
 * per chunk of lines (see `readLineBatches`), so that millions of records
 * cost a few asynchronous steps per chunk rather than per record. Blank
 * lines are skipped; `recordOf` gives the record of any other line, or
 * `undefined` for a line left out. When it throws (a strict read's first
 * defect), the records before that line are handed on first. With a
 * `range`, only the lines in those bytes, numbered from 1 there. Returns
 * the number of lines read.
 *
 * @example
 * for await (const records of readLineRecords('papers.jsonl', context, (text, line) => parseJsonLine(text, 'papers.jsonl', line))) use(records);
 */
export async function* readLineRecords(
  path: string,
  context: IngestContext,
  recordOf: (text: string, line: number) => PaperRecord | undefined,
  range?: ByteRange,
): AsyncGenerator<PaperRecord[], number, undefined> {
  const batches = readLineBatches(path, context, { range });
  try {
    for (;;) {
      const next = await batches.next();
      if (next.done === true) return next.value;
      const records: PaperRecord[] = [];
      try {
        for (const { number, text } of next.value) {
          if (text.trim() === '') continue;
          const record = recordOf(text, number);
          if (record !== undefined) records.push(record);
        }
      } catch (error) {
        if (records.length > 0) yield records;
        throw error;
      }
      if (records.length > 0) yield records;
    }
  } finally {
    // Closes the file when the reader stops early, as `for await` would.
    await batches.return(0);
  }
}
