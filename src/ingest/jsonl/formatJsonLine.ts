import { EXTERNAL_ID_FIELDS, type ExternalIds, PAPER_RECORD_FIELDS, type PaperRecord } from '../PaperRecord.ts';

/**
 * One record as a line of canonical JSON Lines, newline included. Keys come
 * in a fixed order and absent fields are left out, so converting the same
 * input twice gives byte-identical files and readable diffs.
 *
 * @example
 * formatJsonLine({ year: 2022, published: '2022-12-15', authors: ['Yuntao Bai'] });
 * // '{"published":"2022-12-15","year":2022,"authors":["Yuntao Bai"]}\n'
 */
export function formatJsonLine(record: PaperRecord): string {
  return `${JSON.stringify(ordered(record))}\n`;
}

function ordered(record: PaperRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of PAPER_RECORD_FIELDS) {
    const value = field === 'externalIds' ? orderedExternalIds(record.externalIds) : record[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

function orderedExternalIds(ids: ExternalIds | undefined): Record<string, string> | undefined {
  if (ids === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const field of EXTERNAL_ID_FIELDS) {
    const id = ids[field];
    if (id !== undefined) out[field] = id;
  }
  return out;
}
