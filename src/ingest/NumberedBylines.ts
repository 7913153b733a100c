import { GrowingUint32Array } from '../graph/store/GrowingUint32Array.ts';
import { StringNumbers } from '../graph/store/StringNumbers.ts';

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
  /** The spellings numbered so far; a reader that numbers a byline itself (see `addNumbered`) numbers its spellings here. */
  readonly numbers = new StringNumbers();
  readonly #spellingIds = new GrowingUint32Array();
  readonly #ends = new GrowingUint32Array();

  add(authors: readonly string[]): void {
    for (const spelling of authors) this.#spellingIds.push(this.numbers.numberOf(spelling));
    this.#ends.push(this.#spellingIds.length);
  }

  /**
   * Adds the byline of spellings `spellingIds[0 .. count)`, each a number
   * `numbers` gave: `add` for a reader that found the names' numbers
   * without making their strings.
   *
   * @example
   * bylines.addNumbered(Uint32Array.of(bylines.numbers.numberOf('Ann Lee')), 1);
   */
  addNumbered(spellingIds: ArrayLike<number>, count: number): void {
    for (let k = 0; k < count; k++) this.#spellingIds.push(spellingIds[k]!);
    this.#ends.push(this.#spellingIds.length);
  }

  /**
   * Adds the bylines of `bylines`, numbered on their own, as if each had
   * been added here: their spellings are renumbered, the ones new here in
   * their order of first appearance, which is the order adding them one by
   * one would give. A table of spellings is looked up, not every authorship.
   *
   * @example
   * const bylines = new NumberedBylinesBuilder();
   * bylines.add(['Ann Lee', 'Bo Li']);
   * bylines.append({ spellings: ['Cy Ma', 'Bo Li'], offsets: Uint32Array.of(0, 2), spellingIds: Uint32Array.of(0, 1) });
   * bylines.build().spellingIds // Uint32Array [0, 1, 2, 1]
   */
  append({ spellings, offsets, spellingIds }: NumberedBylines): void {
    const numbers = spellings.map((spelling) => this.numbers.numberOf(spelling));
    for (let row = 0; row + 1 < offsets.length; row++) {
      for (let k = offsets[row]!; k < offsets[row + 1]!; k++) this.#spellingIds.push(numbers[spellingIds[k]!]!);
      this.#ends.push(this.#spellingIds.length);
    }
  }

  build(): NumberedBylines {
    const ends = this.#ends.values();
    const offsets = new Uint32Array(ends.length + 1);
    offsets.set(ends, 1);
    return { spellings: this.numbers.strings, offsets, spellingIds: this.#spellingIds.values().slice() };
  }
}
