import type { PaperRecord } from '../PaperRecord.ts';
import { formatJsonLine } from './formatJsonLine.ts';

/**
 * Writes records as JSON Lines that `jsonLinesFormat` reads back unchanged,
 * one `formatJsonLine` per record.
 *
 * @example
 * formatJsonLines([{ year: 2022, published: '2022-12-15', authors: ['Yuntao Bai'] }]);
 * // '{"published":"2022-12-15","year":2022,"authors":["Yuntao Bai"]}\n'
 */
export function formatJsonLines(records: readonly PaperRecord[]): string {
  return records.map(formatJsonLine).join('');
}
