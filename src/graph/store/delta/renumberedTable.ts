import { inPieces } from '../steps/inPieces.ts';
import type { Steps } from '../steps/Steps.ts';
import { BLOCK_BITS, MIXED } from './blockShifts.ts';
import { changeArrays } from './RecycledArrays.ts';
import { NO_NEW_ROW } from './Renumbering.ts';

/**
 * `before` with every number in it renumbered by `table` (old number → new,
 * read through its block `shifts`, see `blockShifts`), `NO_NEW_ROW` where
 * either leaves it out: where the rows of a part kept as it was built have
 * gone (see `SearchIndex.documentOf`, `KeyIndex.numberOf`), one change later.
 * One pass, in pieces.
 *
 * @example const documentOf = yield* renumberedTable(search.documentOf, document, shifts);
 */
export function* renumberedTable(before: Uint32Array, table: Uint32Array, shifts: Int32Array): Steps<Uint32Array> {
  const into = changeArrays.array(Uint32Array, before.length);
  yield* inPieces(before.length, (from, to) => renumberSome(before, table, shifts, into, from, to));
  return into;
}

/** `renumberedTable` for `from .. to - 1`. A plain function (see `inPieces`). */
function renumberSome(before: Uint32Array, table: Uint32Array, shifts: Int32Array, into: Uint32Array, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const old = before[k]!;
    if (old === NO_NEW_ROW) {
      into[k] = NO_NEW_ROW;
      continue;
    }
    const by = shifts[old >>> BLOCK_BITS]!;
    into[k] = by === MIXED ? table[old]! : old + by;
  }
}
