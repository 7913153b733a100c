import { inPieces } from './steps/inPieces.ts';
import type { Steps } from './steps/Steps.ts';

/**
 * The longest of the rows `offsets` describes (row r is `offsets[r] ..
 * offsets[r + 1]`), in pieces (see `inPieces`): a million rows a change.
 *
 * @example yield* longestRow(Uint32Array.of(0, 2, 7, 8)) // 5
 */
export function* longestRow(offsets: Uint32Array): Steps<number> {
  let longest = 0;
  yield* inPieces(Math.max(0, offsets.length - 1), (from, to) => (longest = Math.max(longest, longestOf(offsets, from, to))));
  return longest;
}

/** The longest of rows `from .. to - 1` (see `inPieces` for why a plain function). */
function longestOf(offsets: Uint32Array, from: number, to: number): number {
  let longest = 0;
  for (let row = from; row < to; row++) longest = Math.max(longest, offsets[row + 1]! - offsets[row]!);
  return longest;
}
