import type { IngestContext } from '../IngestContext.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { admitRecord } from '../admitRecord.ts';
import { cleanRecordText } from '../cleanRecordText.ts';
import { parseJsonLine } from './parseJsonLine.ts';

/**
 * The record on line `line` of a canonical JSON Lines file, parsed,
 * validated and cleaned; `undefined` for a line left out, its defect
 * handed to `context.reject` (which ends a strict read).
 *
 * @example const record = readJsonLineRecord('{"authors":["Yuntao Bai"]}', 1, context);
 */
export function readJsonLineRecord(text: string, line: number, context: IngestContext): PaperRecord | undefined {
  const record = admitRecord(context, () => parseJsonLine(text, context.file, line));
  return record && cleanRecordText(record, context, line);
}
