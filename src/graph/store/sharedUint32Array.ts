/**
 * A zero-filled array in shared memory, for the rows the coauthor adjacency
 * is built from, which its worker thread (see `buildAdjacencyInWorker`)
 * then reads without a copy.
 *
 * @example const paperAuthors = sharedUint32Array(authorshipCount);
 */
export function sharedUint32Array(length: number): Uint32Array {
  return new Uint32Array(new SharedArrayBuffer(4 * length));
}
