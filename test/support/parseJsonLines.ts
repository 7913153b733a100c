import type { PaperRecord } from '../../src/ingest/PaperRecord.ts';
import { parseJsonLine } from '../../src/ingest/jsonl/parseJsonLine.ts';
import { splitLines } from '../../src/ingest/splitLines.ts';

/**
 * Parses JSON Lines text in memory, as the streaming `jsonLinesFormat` reads
 * a file line by line: one `PaperRecord` object per line, blank lines skipped.
 * Lets tests state inputs inline.
 * Every line is validated strictly (see `validatePaperRecord`); the first
 * defect throws an `IngestError` at `file:line` and nothing is returned.
 *
 * An empty file gives an empty list, because that is what `formatJsonLines`
 * writes for no records.
 *
 * @example
 * parseJsonLines('{"published":"2022-12-15","authors":["Yuntao Bai"]}\n', 'papers.jsonl');
 * // [{ published: '2022-12-15', authors: ['Yuntao Bai'] }]
 */
export function parseJsonLines(text: string, file: string): PaperRecord[] {
  const records: PaperRecord[] = [];
  for (const [index, line] of splitLines(text).entries()) {
    if (line.trim() !== '') records.push(parseJsonLine(line, file, index + 1));
  }
  return records;
}
