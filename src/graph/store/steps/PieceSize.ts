import { performance } from 'node:perf_hooks';

// What a piece of work between pauses aims to take: a read that comes during a slice waits for the piece under way, and a slice ends between pieces.
const PIECE_MS = 2;
// A first piece small enough for the costliest rows (a random read each into tables of megabytes, on a machine other work shares).
const FIRST_PIECE = 4096;

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

  /** Calls `work` with the rows this piece takes, and sizes the next piece by how long it took. */
  run(work: (size: number) => void): void {
    const size = this.#size;
    const start = performance.now();
    work(size);
    const ms = performance.now() - start;
    // Grown at most twofold a piece, so one quick piece cannot make the next long; shrunk at once after a slow one.
    this.#size = Math.max(1, Math.round(ms <= PIECE_MS / 2 ? size * 2 : (size * PIECE_MS) / ms));
  }
}
