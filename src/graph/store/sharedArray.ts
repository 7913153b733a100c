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
export function sharedArray<T extends SharedIntegers>(Type: { new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number }, length: number): T {
  return new Type(new SharedArrayBuffer(Type.BYTES_PER_ELEMENT * length));
}
