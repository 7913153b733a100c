import { performance } from 'node:perf_hooks';

// What a piece of work between pauses aims to take: a read that comes during a slice waits for the piece under way, and a slice ends between pieces.
const PIECE_MS = 2;
// A first piece small enough for the costliest rows (a random read each into tables of megabytes, on a machine other work shares).
const FIRST_PIECE = 4096;
// No piece larger, however quick the last ones were.
const MAX_PIECE = 1 << 24;

/**
 * How many rows a piece of work between pauses takes, learned from how
 * long the pieces before took: a fixed count is a millisecond for rows read
 * in order and fifty for rows that each read a table at random, or when
 * another thread shares the memory, so each piece is timed and the next
 * sized to take about `PIECE_MS`. The size only sets where pauses fall,
 * never what the work computes.
 *
 * @example
 * const pieces = new PieceSize();
 * while (patch.row < rows.length) {
 *   pieces.run((size) => patchSomeRows(patch, size));
 *   yield;
 * }
 */
export class PieceSize {
  #size = FIRST_PIECE;

  /**
   * Calls `work` with the rows this piece may take, which answers how many
   * it took, and sizes the next piece by how long they took. A piece cut
   * short (at the end of a run, say) grows nothing: its speed says nothing
   * of a full one's.
   */
  run(work: (size: number) => number): void {
    const size = this.#size;
    const start = performance.now();
    const done = work(size);
    const ms = performance.now() - start;
    // Grown at most twofold a piece, so one quick piece cannot make the next long; shrunk at once after a slow one.
    if (ms > PIECE_MS / 2) this.#size = Math.min(MAX_PIECE, Math.max(1, Math.round((done * PIECE_MS) / ms)));
    else if (done >= size) this.#size = Math.min(MAX_PIECE, size * 2);
  }
}
