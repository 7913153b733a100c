import { runAtOnce } from './steps/runAtOnce.ts';
import type { Steps } from './steps/Steps.ts';
import { StringColumn, StringColumnBuilder } from './StringColumn.ts';

/**
 * A column of optional strings that repeat, dictionary-encoded: each
 * distinct value once in `values`, and per row its code, 0 for an absent
 * row and k + 1 for `values` row k. A million papers in a few thousand
 * venues hold 2 MB of codes, not 28 MB of repeated text.
 *
 * @example
 * const venues = DictionaryColumn.of(['NeurIPS', undefined, 'NeurIPS']);
 * venues.get(2) // 'NeurIPS'
 * venues.values.length // 1
 */
export class DictionaryColumn {
  constructor(
    readonly values: StringColumn,
    readonly codes: Uint16Array | Uint32Array,
  ) {}

  /**
   * The column of `values` and `codes` read from outside (a snapshot), each
   * code checked to name a value; a build or a change codes its own, and a
   * million codes checked would hold up the reads a change lets in.
   *
   * @example DictionaryColumn.checked(values, codes) // throws a RangeError on a code past the values
   */
  static checked(values: StringColumn, codes: Uint16Array | Uint32Array): DictionaryColumn {
    const code = codes.find((value) => value > values.length);
    if (code !== undefined) throw new RangeError(`code ${code} is past a dictionary of ${values.length} values`);
    return new DictionaryColumn(values, codes);
  }

  static of(rows: Iterable<string | undefined>): DictionaryColumn {
    const all = [...rows];
    return runAtOnce(DictionaryColumn.inSteps(all.length, (row) => all[row]));
  }

  /**
   * The column whose row r is `valueOf(r)`, as steps (see `Steps`); codes
   * are 16 bits wide while the values fit, else 32.
   *
   * @example const venues = yield* DictionaryColumn.inSteps(recordOf.length, (paper) => recordVenues.get(recordOf[paper]!));
   */
  static *inSteps(length: number, valueOf: (row: number) => string | undefined): Steps<DictionaryColumn> {
    const codeOf = new Map<string, number>();
    const values = new StringColumnBuilder();
    let codes: Uint16Array | Uint32Array = new Uint16Array(length);
    for (let row = 0; row < length; row++) {
      if (row % ROWS_PER_STEP === 0) yield;
      const value = valueOf(row);
      if (value === undefined) continue;
      let code = codeOf.get(value);
      if (code === undefined) {
        codeOf.set(value, (code = codeOf.size + 1));
        values.push(value);
        if (code > 0xffff && codes instanceof Uint16Array) codes = Uint32Array.from(codes);
      }
      codes[row] = code;
    }
    return new DictionaryColumn(values.build(), codes);
  }

  /**
   * The column whose row r is `column`'s row `order[r]`, coded as `inSteps`
   * codes it (by first appearance in that order), as steps: `column` is
   * read in its stored order, its text in sequence, and the codes then
   * renumbered. Reading a million venues in paper order instead, from rows
   * stored in the order their records were read, took a cache miss a row.
   *
   * @example const venues = yield* DictionaryColumn.throughInSteps(recordVenues, recordOf);
   */
  static *throughInSteps(column: StringColumn, order: Uint32Array): Steps<DictionaryColumn> {
    const stored = yield* DictionaryColumn.inSteps(column.length, (row) => column.get(row));
    // Stored code → code by first appearance in `order`; 0 until it appears.
    const renumbered = new Uint32Array(stored.values.length + 1);
    const values = new StringColumnBuilder();
    const codes = stored.codes instanceof Uint16Array ? new Uint16Array(order.length) : new Uint32Array(order.length);
    let next = 0;
    for (let row = 0; row < order.length; row++) {
      if (row % ROWS_PER_STEP === 0) yield;
      const code = stored.codes[order[row]!]!;
      if (code === 0) continue;
      if (renumbered[code] === 0) {
        renumbered[code] = ++next;
        values.push(stored.values.get(code - 1));
      }
      codes[row] = renumbered[code]!;
    }
    return new DictionaryColumn(values.build(), codes);
  }

  get length(): number {
    return this.codes.length;
  }

  get(row: number): string | undefined {
    if (!(row >= 0 && row < this.codes.length)) throw new RangeError(`row ${row} is outside a column of ${this.codes.length} rows`);
    const code = this.codes[row]!;
    return code === 0 ? undefined : this.values.get(code - 1);
  }
}

// Rows coded between pauses when a column is built in steps.
const ROWS_PER_STEP = 16384;
