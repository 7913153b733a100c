/** The integer arrays kept in shared memory. */
export type SharedIntegers = Uint8Array | Uint16Array | Uint32Array;

/**
 * A zero-filled array of `Type` in shared memory: the author ↔ paper rows
 * the coauthor adjacency is built from, and the adjacency itself, which a
 * worker thread (see `adjacencyJobInWorker`) then reads, or hands back,
 * without a copy.
 *
 * @example const paperAuthors = sharedArray(Uint32Array, authorshipCount);
 */
export function sharedArray<T extends SharedIntegers>(Type: SharedIntegersType<T>, length: number): T {
  return new Type(new SharedArrayBuffer(Type.BYTES_PER_ELEMENT * length));
}

/** A constructor of `SharedIntegers`, over a whole buffer or `length` elements of it from its start. */
export interface SharedIntegersType<T extends SharedIntegers> {
  new (buffer: SharedArrayBuffer, byteOffset?: number, length?: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** Where arrays in shared memory come from: `sharedArray`, or memory made ready beforehand (see `SpareArrays`). */
export type AllocateShared = <T extends SharedIntegers>(Type: SharedIntegersType<T>, length: number) => T;
