import { type NumberedBylines, NumberedBylinesBuilder } from './NumberedBylines.ts';
import type { PaperRecord } from './PaperRecord.ts';

/** Bylines numbered while their records were read, by the records array they came with. */
const numberedWhenRead = new WeakMap<readonly PaperRecord[], NumberedBylines>();

/**
 * The bylines of `records` as numbers (see `NumberedBylines`): those a
 * compact read numbered as it went when `records` is the array it
 * returned, else numbered now.
 *
 * @example numberBylines(await readPaperFile('fixtures/seed.jsonl')).spellings.length // distinct spellings
 */
export function numberBylines(records: readonly PaperRecord[]): NumberedBylines {
  const known = numberedWhenRead.get(records);
  if (known !== undefined) return known;
  const builder = new NumberedBylinesBuilder();
  for (const record of records) builder.add(record.authors);
  return builder.build();
}

/**
 * Records that `bylines` are the bylines of `records`, so that
 * `numberBylines(records)` finds them instead of numbering again.
 *
 * @example keepNumberedBylines(records, bylines.build());
 */
export function keepNumberedBylines(records: readonly PaperRecord[], bylines: NumberedBylines): void {
  numberedWhenRead.set(records, bylines);
}
