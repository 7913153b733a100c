import { CompactRecordsBuilder, type CompactColumns } from '../CompactRecordsBuilder.ts';
import type { IngestContext } from '../IngestContext.ts';
import { IngestError } from '../IngestError.ts';
import type { ByteRange } from '../readLines.ts';
import type { StringChunk } from '../../graph/store/StringColumn.ts';
import { readJsonLinesInto } from './readJsonLinesInto.ts';

/** A defect or a warning met in a range, at its line counted from the range's start. */
export interface RangeProblem {
  readonly kind: 'reject' | 'warn';
  readonly line: number;
  readonly reason: string;
}

/**
 * What reading a range of a JSON Lines file came to, as plain data that
 * can cross to another thread: its records' columns (each text column as
 * its chunks) and its problems in file order. A strict read stops at its
 * first defect, the last problem, and keeps the records before it.
 */
export interface RangeRead {
  readonly columns: Omit<CompactColumns, 'text'> & { readonly text: Readonly<Record<keyof CompactColumns['text'], readonly StringChunk[]>> };
  readonly problems: readonly RangeProblem[];
}

/**
 * The records of bytes `range` of the JSON Lines file at `path` as
 * columns, and the problems met, numbered from the range's first line:
 * the part of a file that a second thread reads (see
 * `readJsonLinesOnTwoThreads`). Reports the bytes of the range consumed to
 * `onProgress`. An error that is not a defect of the file (one it cannot
 * be read for, say) is thrown.
 *
 * @example const { columns, problems } = await readCompactRange('papers.jsonl', { start: 4096, end: 8192 }, true, () => {});
 */
export async function readCompactRange(path: string, range: ByteRange, strict: boolean, onProgress: (bytes: number) => void): Promise<RangeRead> {
  const problems: RangeProblem[] = [];
  const context: IngestContext = {
    file: path,
    strict,
    reject(line, reason) {
      problems.push({ kind: 'reject', line, reason });
      if (strict) throw new IngestError(path, line, reason);
    },
    warn: (line, reason) => void problems.push({ kind: 'warn', line, reason }),
    progress: onProgress,
  };
  const builder = new CompactRecordsBuilder();
  try {
    await readJsonLinesInto(builder, path, context, range);
  } catch (error) {
    // A strict read's first defect, which is already among the problems.
    if (!(error instanceof IngestError)) throw error;
  }
  const { text, ...numbers } = builder.columns();
  return {
    columns: { ...numbers, text: Object.fromEntries(Object.entries(text).map(([field, column]) => [field, column.chunks])) as RangeRead['columns']['text'] },
    problems,
  };
}
