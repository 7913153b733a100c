import { IngestError } from './IngestError.ts';
import type { PaperRecord } from './PaperRecord.ts';
import { splitLines } from './splitLines.ts';
import { validatePaperRecord } from './validatePaperRecord.ts';

/**
 * Parses JSON Lines: one `PaperRecord` object per line, blank lines skipped.
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
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new IngestError(file, index + 1, `invalid JSON: ${reason}`);
    }
    records.push(validatePaperRecord(value, file, index + 1));
  }
  return records;
}
