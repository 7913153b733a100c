import { type SharedIntegers, type SharedIntegersType, sharedArray } from './sharedArray.ts';

// Room above the sizes asked for, since a change grows the adjacency a little.
const MARGIN = 1.02;
// The system's page: writing one byte of each brings the page in.
const PAGE_BYTES = 4096;

/**
 * Shared memory made ready before a patch of the coauthor adjacency asks
 * for it: buffers allocated and every page of theirs written once while
 * the thread idles. Fresh shared memory takes its pages from the system as
 * they are first written, and on a million papers that was a third of a
 * patch (0.15 s of 0.45 s for 400 MB); a patch given spares writes pages
 * that are there. Each spare serves one array, which then owns it: no
 * memory an adjacency still uses is handed out again.
 *
 * @example
 * const spares = new SpareArrays();
 * spares.prepare([adjacency.neighbours.byteLength]);
 * const neighbours = spares.take(Uint32Array, size); // a view on the spare when it is large enough
 */
export class SpareArrays {
  #buffers: SharedArrayBuffer[] = [];

  /** An array of `length` `Type`s on the smallest spare that holds it (which is then no spare), else in new shared memory. */
  take<T extends SharedIntegers>(Type: SharedIntegersType<T>, length: number): T {
    const bytes = Type.BYTES_PER_ELEMENT * length;
    let best = -1;
    this.#buffers.forEach((buffer, k) => {
      if (buffer.byteLength >= bytes && (best === -1 || buffer.byteLength < this.#buffers[best]!.byteLength)) best = k;
    });
    if (best === -1) return sharedArray(Type, length);
    const [buffer] = this.#buffers.splice(best, 1);
    // A spare holds what its pages were written with, not zeros: the array is written whole before it is read.
    return new Type(buffer!, 0, length);
  }

  /** Makes a spare for each of `byteLengths` (with a margin), in place of any left, its pages written now. */
  prepare(byteLengths: readonly number[]): void {
    this.#buffers = byteLengths.map((byteLength) => {
      const buffer = new SharedArrayBuffer(Math.ceil((byteLength * MARGIN) / PAGE_BYTES) * PAGE_BYTES);
      const bytes = new Uint8Array(buffer);
      for (let page = 0; page < bytes.length; page += PAGE_BYTES) bytes[page] = 0;
      return buffer;
    });
  }

  /** Lets the spares go. */
  clear(): void {
    this.#buffers = [];
  }
}
