import type { PaperRecord } from '../PaperRecord.ts';
import { parseJson } from '../parseJson.ts';
import { validatePaperRecord } from '../validatePaperRecord.ts';

/**
 * One line of canonical JSON Lines as a validated `PaperRecord`; invalid JSON
 * or an invalid record throws an `IngestError` at `file:line`.
 *
 * @example
 * parseJsonLine('{"year":2022,"authors":["Yuntao Bai"]}', 'papers.jsonl', 1);
 * // { year: 2022, authors: ['Yuntao Bai'] }
 */
export function parseJsonLine(text: string, file: string, line: number): PaperRecord {
  return validatePaperRecord(parseJson(text, file, line), file, line);
}
