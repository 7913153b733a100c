import type { IngestContext } from '../IngestContext.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { admitRecord } from '../admitRecord.ts';
import { cleanRecordText } from '../cleanRecordText.ts';
import { parseJsonLine } from './parseJsonLine.ts';
import { readLineRecords } from '../readLineRecords.ts';
import type { ByteRange } from '../readLines.ts';

/**
 * The records of a canonical JSON Lines file, a chunk of lines at a time
 * (see `readLineRecords`), each line parsed, validated and cleaned; with a
 * `range`, only the lines in those bytes, numbered from 1 there. Returns
 * the number of lines read.
 *
 * @example for await (const records of readJsonLineBatches('papers.jsonl', context)) use(records);
 */
export function readJsonLineBatches(path: string, context: IngestContext, range?: ByteRange): AsyncGenerator<PaperRecord[], number, undefined> {
  return readLineRecords(
    path,
    context,
    (text, number) => {
      const record = admitRecord(context, () => parseJsonLine(text, path, number));
      return record && cleanRecordText(record, context, number);
    },
    range,
  );
}
