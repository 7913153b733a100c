/**
 * A list of unsigned 32-bit integers that grows by doubling: millions of
 * numbers gathered one at a time in a typed array, with no boxed number or
 * array slot per value for the collector to trace.
 *
 * @example
 * const list = new GrowingUint32Array();
 * list.push(7);
 * list.values() // Uint32Array [7]
 */
export class GrowingUint32Array {
  #values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.#values.length) {
      const larger = new Uint32Array(this.#values.length * 2);
      larger.set(this.#values);
      this.#values = larger;
    }
    this.#values[this.length++] = value;
  }

  at(index: number): number {
    return this.#values[index]!;
  }

  /** The values pushed, without the spare room. */
  values(): Uint32Array {
    return this.#values.subarray(0, this.length);
  }
}
