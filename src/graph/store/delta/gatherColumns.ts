import type { Steps } from '../steps/Steps.ts';
import type { StringColumn } from '../StringColumn.ts';

/**
 * Each of `fields`' columns gathered (see `StringColumn.gather`): row r is
 * the column's row `rows[r]`, or for a row at or past its length the
 * field of `added[rows[r] - length]`. A step a column.
 *
 * @example const text = yield* gatherColumns(columns.text, AUTHOR_TEXT_FIELDS, rows, [authorTextRow(person)]);
 */
export function* gatherColumns<F extends string>(
  columns: Readonly<Record<F, StringColumn>>,
  fields: readonly F[],
  rows: Uint32Array,
  added: readonly Readonly<Record<F, string | undefined>>[],
): Steps<Record<F, StringColumn>> {
  const gathered = {} as Record<F, StringColumn>;
  for (const field of fields) {
    gathered[field] = columns[field].gather(
      rows,
      added.map((row) => row[field]),
    );
    yield;
  }
  return gathered;
}
