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

// Room above the length asked for: a change grows the coauthor adjacency, and the other arrays it makes, a little.
export const ROOM_TO_GROW = 1.02;
// The system's page: memory comes from it in whole pages.
export const PAGE_BYTES = 4096;

/**
 * `sharedArray(Type, length)` on a buffer `ROOM_TO_GROW` times as large, in
 * whole pages: an array of the coauthor adjacency, whose memory, once no
 * graph reads it, is memory for a later patch (see `SpareArrays`), whose
 * arrays are a little larger. A buffer sized to the array alone would not
 * hold the next one, and the patch after it would wait for new memory.
 *
 * @example const weights = sharedArrayWithRoom(Uint16Array, size); // weights.buffer.byteLength ≥ 1.02 × weights.byteLength
 */
export function sharedArrayWithRoom<T extends SharedIntegers>(Type: SharedIntegersType<T>, length: number): T {
  return new Type(sharedBufferWithRoom(Type.BYTES_PER_ELEMENT * length), 0, length);
}

/** Shared memory for `byteLength` bytes with room to grow (see `sharedArrayWithRoom`). */
export function sharedBufferWithRoom(byteLength: number): SharedArrayBuffer {
  return new SharedArrayBuffer(Math.ceil((byteLength * ROOM_TO_GROW) / PAGE_BYTES) * PAGE_BYTES);
}

/** A constructor of `SharedIntegers`, over a whole buffer or `length` elements of it from its start. */
export interface SharedIntegersType<T extends SharedIntegers> {
  new (buffer: SharedArrayBuffer, byteOffset?: number, length?: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** Where arrays in shared memory come from: `sharedArray`, or memory made ready beforehand (see `SpareArrays`). */
export type AllocateShared = <T extends SharedIntegers>(Type: SharedIntegersType<T>, length: number) => T;
