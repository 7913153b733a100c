import { inPieces } from '../steps/inPieces.ts';
import type { Steps } from '../steps/Steps.ts';
import type { StringColumn } from '../StringColumn.ts';
import { changeArrays } from './RecycledArrays.ts';

/**
 * The order `column.gather(rows, …)` reads its rows through, made in
 * pieces (see `inPieces`): a million rows are several milliseconds.
 *
 * @example const keys = column.gather(rows, newKeys, yield* gatheredOrderInSteps(column, rows));
 */
export function* gatheredOrderInSteps(column: StringColumn, rows: Uint32Array): Steps<Uint32Array> {
  const order = changeArrays.array(Uint32Array, rows.length);
  yield* inPieces(rows.length, (from, to) => column.fillGatheredOrder(rows, order, from, to));
  return order;
}
