import type { Steps } from '../steps/Steps.ts';
import type { StringColumn } from '../StringColumn.ts';
import { gatheredOrderInSteps } from './gatheredOrderInSteps.ts';

/**
 * Each of `fields`' columns gathered (see `StringColumn.gather`): row r is
 * the column's row `rows[r]`, or for a row at or past its length the
 * field of `added[rows[r] - length]`. A step a column; columns that gather
 * alike (`StringColumn.gathersAs`) share one order, made once, in pieces.
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
  const orders: { readonly column: StringColumn; readonly order: Uint32Array }[] = [];
  for (const field of fields) {
    const column = columns[field];
    let order = orders.find((made) => made.column.gathersAs(column))?.order;
    if (order === undefined) orders.push({ column, order: (order = yield* gatheredOrderInSteps(column, rows)) });
    gathered[field] = yield* column.gather(
      rows,
      added.map((row) => row[field]),
      order,
    );
    yield;
  }
  return gathered;
}
