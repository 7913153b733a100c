import { PieceSize } from './PieceSize.ts';
import type { Steps } from './Steps.ts';

/**
 * Calls `work(from, to)` for consecutive ranges that cover `0 .. count`,
 * pausing after each, each range sized to take a couple of milliseconds
 * (see `PieceSize`). `work` holds the loop: V8 optimises loops in
 * generators poorly.
 *
 * @example yield* inPieces(order.length, (from, to) => (kept = keepRenumbered(order.subarray(from, to), renumbering, into, kept)));
 */
export function* inPieces(count: number, work: (from: number, to: number) => void): Steps<void> {
  const pieces = new PieceSize();
  for (let from = 0; from < count; ) {
    pieces.run((size) => {
      const to = Math.min(count, from + size);
      work(from, to);
      const done = to - from;
      from = to;
      return done;
    });
    yield;
  }
}
