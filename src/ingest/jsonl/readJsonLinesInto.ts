import type { CompactRecordsBuilder } from '../CompactRecordsBuilder.ts';
import type { IngestContext } from '../IngestContext.ts';
import type { ByteRange } from '../readLines.ts';
import { readJsonLineBatches } from './readJsonLineBatches.ts';

/**
 * Adds the records of a canonical JSON Lines file, or of a `range` of it
 * (lines numbered from 1 there), to `builder`, in file order. Returns the
 * number of lines read.
 *
 * @example const lines = await readJsonLinesInto(builder, 'papers.jsonl', context, { start: 0, end: 4096 });
 */
export async function readJsonLinesInto(builder: CompactRecordsBuilder, path: string, context: IngestContext, range?: ByteRange): Promise<number> {
  const batches = readJsonLineBatches(path, context, range);
  for (;;) {
    const next = await batches.next();
    if (next.done === true) return next.value;
    for (const record of next.value) builder.add(record);
  }
}
