/**
 * Writes the numbers `start .. end - 1` into `target` from slot `at`: rows
 * that keep their order, numbered anew. A plain function, for passes over a
 * million rows (see `inPieces`).
 *
 * @example countInto(target, 2, 5, 8) // target[2..4] = [5, 6, 7]
 */
export function countInto(target: Uint32Array, at: number, start: number, end: number): void {
  for (let k = start; k < end; k++) target[at++] = k;
}
