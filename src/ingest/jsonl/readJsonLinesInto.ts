import { isUtf8 } from 'node:buffer';
import type { CompactRecordsBuilder } from '../CompactRecordsBuilder.ts';
import type { IngestContext } from '../IngestContext.ts';
import { type ByteRange, lineAt, readLineBlocks } from '../readLines.ts';
import { CanonicalLineReader } from './CanonicalLineReader.ts';
import { readJsonLineRecord } from './readJsonLineRecord.ts';

/**
 * Adds the records of a canonical JSON Lines file, or of a `range` of it
 * (lines numbered from 1 there), to `builder`, in file order: each line
 * read from its bytes where it is canonical (see `CanonicalLineReader`),
 * else decoded and parsed as `readJsonLineBatches` reads it, with the same
 * records, warnings and defects. Returns the number of lines read.
 *
 * @example const lines = await readJsonLinesInto(builder, 'papers.jsonl', context, { start: 0, end: 4096 });
 */
export async function readJsonLinesInto(builder: CompactRecordsBuilder, path: string, context: IngestContext, range?: ByteRange): Promise<number> {
  const reader = new CanonicalLineReader(builder);
  const blocks = readLineBlocks(path, context, { range });
  for (;;) {
    const next = await blocks.next();
    if (next.done === true) return next.value;
    const block = next.value;
    const { bytes, lineEnds } = block;
    // The reader takes valid UTF-8 only; a block with a bad line is read the general way, which names that line.
    const utf8 = isUtf8(bytes);
    for (let k = 0, start = 0; k < lineEnds.length; start = lineEnds[k++]! + 1) {
      const [end, number] = [lineEnds[k]!, block.firstNumber + k];
      if (!(utf8 && end - start <= block.maxLineBytes && reader.add(bytes, start, end))) {
        const line = lineAt(block, start, end, number, context);
        const record = line === undefined || line.text.trim() === '' ? undefined : readJsonLineRecord(line.text, number, context);
        if (record !== undefined) builder.add(record);
      }
    }
  }
}
