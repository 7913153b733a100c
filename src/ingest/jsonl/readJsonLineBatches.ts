import type { IngestContext } from '../IngestContext.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { readLineRecords } from '../readLineRecords.ts';
import type { ByteRange } from '../readLines.ts';
import { readJsonLineRecord } from './readJsonLineRecord.ts';

/**
 * The records of a canonical JSON Lines file, a chunk of lines at a time
 * (see `readLineRecords`), each line parsed, validated and cleaned; with a
 * `range`, only the lines in those bytes, numbered from 1 there. Returns
 * the number of lines read.
 *
 * @example for await (const records of readJsonLineBatches('papers.jsonl', context)) use(records);
 */
export function readJsonLineBatches(path: string, context: IngestContext, range?: ByteRange): AsyncGenerator<PaperRecord[], number, undefined> {
  return readLineRecords(path, context, (text, number) => readJsonLineRecord(text, number, context), range);
}
