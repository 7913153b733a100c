import { PAGE_BYTES, ROOM_TO_GROW, type SharedIntegers, type SharedIntegersType, sharedArrayWithRoom, sharedBufferWithRoom } from './sharedArray.ts';

// A spare kept for a size must leave half the room spares are made with: a buffer given back is a change or two older than the size it serves.
const ROOM = 1 + (ROOM_TO_GROW - 1) / 2;

/**
 * Shared memory made ready before a patch of the coauthor adjacency asks
 * for it: buffers allocated and every page of theirs written once while
 * the thread idles, or the memory of an adjacency no longer read, given
 * back. Fresh shared memory takes its pages from the system as they are
 * first written, and on this machine that costs more than the patch's own
 * writes: on a million papers, pages brought in were a quarter of a
 * server's work during a stream of changes, on the second core the reads
 * also need. Memory given back has its pages. Each spare serves one array,
 * which then owns it: no memory an adjacency still uses is handed out again.
 *
 * @example
 * const spares = new SpareArrays();
 * spares.prepare([adjacency.neighbours.byteLength]);
 * const neighbours = spares.take(Uint32Array, size); // a view on the spare when it is large enough
 */
export class SpareArrays {
  #buffers: SharedArrayBuffer[] = [];
  /** The sizes the next patch asks for, as `prepare` was last told. */
  #sizes: readonly number[] = [];

  /** An array of `length` `Type`s on the smallest spare that holds it (which is then no spare), else in new shared memory with room to grow, so that it can be a spare once let go. */
  take<T extends SharedIntegers>(Type: SharedIntegersType<T>, length: number): T {
    const bytes = Type.BYTES_PER_ELEMENT * length;
    let best = -1;
    this.#buffers.forEach((buffer, k) => {
      if (buffer.byteLength >= bytes && (best === -1 || buffer.byteLength < this.#buffers[best]!.byteLength)) best = k;
    });
    if (best === -1) return sharedArrayWithRoom(Type, length);
    const [buffer] = this.#buffers.splice(best, 1);
    // A spare holds what its pages were written with, not zeros: the array is written whole before it is read.
    return new Type(buffer!, 0, length);
  }

  /**
   * Has a spare ready for each of `byteLengths`: one kept that holds it with
   * room to grow, else one made now (see `sharedBufferWithRoom`), its pages written. The
   * spares no size needs are let go.
   */
  prepare(byteLengths: readonly number[]): void {
    this.#sizes = byteLengths;
    for (const byteLength of this.#fit()) {
      const buffer = sharedBufferWithRoom(byteLength);
      const bytes = new Uint8Array(buffer);
      // Writing a byte of each page brings the page in.
      for (let page = 0; page < bytes.length; page += PAGE_BYTES) bytes[page] = 0;
      this.#buffers.push(buffer);
    }
  }

  /** Keeps `buffer`, the memory of an array no longer read anywhere, as a spare if a size `prepare` was told of has none that fits as well. */
  give(buffer: SharedArrayBuffer): void {
    this.#buffers.push(buffer);
    this.#fit();
  }

  /** Lets the spares go. */
  clear(): void {
    this.#buffers = [];
    this.#sizes = [];
  }

  /**
   * Keeps for each size (largest first) the smallest spare that holds it
   * with room to grow, then a second such, and lets the rest go; returns the
   * sizes left without one. A second: the collector lets two adjacencies go
   * at once as often as one, and the memory of the second serves the next patch but one.
   */
  #fit(): number[] {
    const left = [...this.#buffers];
    const kept: SharedArrayBuffer[] = [];
    const sizes = [...this.#sizes].sort((a, b) => b - a);
    const missing = sizes.filter((byteLength) => !this.#keepOne(left, kept, byteLength));
    for (const byteLength of sizes) this.#keepOne(left, kept, byteLength);
    this.#buffers = kept;
    return missing;
  }

  /** Moves the smallest of `left` that holds `byteLength` with room to grow into `kept`; false when none does. */
  #keepOne(left: SharedArrayBuffer[], kept: SharedArrayBuffer[], byteLength: number): boolean {
    let best = -1;
    left.forEach((buffer, k) => {
      if (buffer.byteLength >= byteLength * ROOM && (best === -1 || buffer.byteLength < left[best]!.byteLength)) best = k;
    });
    if (best !== -1) kept.push(...left.splice(best, 1));
    return best !== -1;
  }
}
