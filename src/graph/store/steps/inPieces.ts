import { PieceSize } from './PieceSize.ts';
import type { Steps } from './Steps.ts';

/**
 * Calls `work(from, to)` for consecutive ranges that cover `0 .. count`,
 * pausing after each, each range sized to take a couple of milliseconds
 * (see `PieceSize`). `work` calls a plain function, made once, which holds
 * the loop: V8 optimises loops in generators poorly, and a closure made on
 * each call, `work` itself, loses its optimised code with it. Nothing but
 * the closures keeps that code, so the next full collection drops it, and
 * every change on a large graph ran its passes unoptimised at first and
 * compiled them again (measured on the 1M set: 40-60 compilations a change,
 * 120-400 ms of V8's helper threads).
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
