import { GrowingUint32Array } from '../graph/store/GrowingUint32Array.ts';

/**
 * Every byline of a list of records as numbers: each distinct spelling once
 * in `spellings`, and record r's byline as the spelling numbers
 * `spellingIds[offsets[r] .. offsets[r + 1])`, in byline order. A graph
 * build resolves, cleans and counts a spelling once, by its number, instead
 * of looking up four million names in a map.
 */
export interface NumberedBylines {
  readonly spellings: readonly string[];
  readonly offsets: Uint32Array;
  readonly spellingIds: Uint32Array;
}

/**
 * Numbers bylines as they are added, spellings in order of first appearance.
 *
 * @example
 * const bylines = new NumberedBylinesBuilder();
 * bylines.add(['Ann Lee', 'Bo Li']);
 * bylines.add(['Bo Li']);
 * bylines.build().spellingIds // Uint32Array [0, 1, 1]
 */
export class NumberedBylinesBuilder {
  readonly #numberOf = new Map<string, number>();
  readonly #spellings: string[] = [];
  readonly #spellingIds = new GrowingUint32Array();
  readonly #ends = new GrowingUint32Array();

  add(authors: readonly string[]): void {
    for (const spelling of authors) {
      let number = this.#numberOf.get(spelling);
      if (number === undefined) {
        this.#numberOf.set(spelling, (number = this.#spellings.length));
        this.#spellings.push(spelling);
      }
      this.#spellingIds.push(number);
    }
    this.#ends.push(this.#spellingIds.length);
  }

  build(): NumberedBylines {
    this.#numberOf.clear();
    const ends = this.#ends.values();
    const offsets = new Uint32Array(ends.length + 1);
    offsets.set(ends, 1);
    return { spellings: this.#spellings, offsets, spellingIds: this.#spellingIds.values().slice() };
  }
}
