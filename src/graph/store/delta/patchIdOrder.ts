import { compareCodeUnits as compare } from '../../text/compareCodeUnits.ts';
import { IdOrder } from '../KeyIndex.ts';
import { lowerBoundInColumn } from '../lowerBound.ts';
import type { StringColumn } from '../StringColumn.ts';
import { inPieces } from '../steps/inPieces.ts';
import type { Steps } from '../steps/Steps.ts';
import { BLOCK_BITS, MIXED } from './blockShifts.ts';
import { NO_NEW_ROW, NO_OLD_ROW, type Renumbering } from './Renumbering.ts';
import { changeArrays } from './RecycledArrays.ts';

/**
 * The rows by id after `renumbering`, with `ids` the new id column: the old
 * order renumbered, the rows that go left out, the rows made anew out of
 * their old places and in where their ids sort. One pass over the order and a binary search per row made anew.
 *
 * @example const authorIds = yield* patchIdOrder(parts.authorIds, authorColumns.text.id, renumbering);
 */
export function* patchIdOrder({ order }: IdOrder, ids: StringColumn, renumbering: Renumbering): Steps<IdOrder> {
  const { newToOld, anew } = renumbering;
  const kept = changeArrays.array(Uint32Array, order.length);
  let keptCount = 0;
  yield* inPieces(order.length, (from, to) => (keptCount = keepRenumbered(order.subarray(from, to), renumbering, kept, keptCount)));
  const added = Array.from(anew, (index) => [ids.get(index)!, index] as const).sort(([a], [b]) => compare(a, b));
  // Where each added row goes among the kept ones.
  const places = added.map(([id]) => lowerBoundInColumn(ids, id, kept, keptCount));
  yield;
  const patched = changeArrays.array(Uint32Array, newToOld.length);
  let [filled, from] = [0, 0];
  added.forEach(([, index], a) => {
    patched.set(kept.subarray(from, places[a]), filled);
    filled += places[a]! - from;
    from = places[a]!;
    patched[filled++] = index;
  });
  patched.set(kept.subarray(from, keptCount), filled);
  return new IdOrder(ids, patched);
}

/**
 * Writes the rows of `order` renumbered into `kept` from slot `filled`,
 * less those made anew or gone; returns the slots filled. A row whose block
 * has a shift is kept (see `Renumbering.shifts`): the tables are read only
 * near a change. A plain loop: V8 optimises loops in generators poorly.
 */
function keepRenumbered(order: Uint32Array, { oldToNew, newToOld, shifts }: Renumbering, kept: Uint32Array, filled: number): number {
  for (let k = 0; k < order.length; k++) {
    const old = order[k]!;
    const shift = shifts[old >>> BLOCK_BITS]!;
    if (shift !== MIXED) {
      kept[filled++] = old + shift;
      continue;
    }
    const index = oldToNew[old]!;
    if (index !== NO_NEW_ROW && newToOld[index] !== NO_OLD_ROW) kept[filled++] = index;
  }
  return filled;
}
