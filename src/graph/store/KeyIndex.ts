import { compareCodeUnits as compare } from '../text/compareCodeUnits.ts';
import { sortInSteps } from './steps/sortInSteps.ts';
import type { Steps } from './steps/Steps.ts';
import { lowerBound } from './lowerBound.ts';
import { StringColumn } from './StringColumn.ts';

/**
 * Text keys, each with a list of numbers (author indices, say), held as a
 * sorted `StringColumn` and compressed rows: a lookup is a binary search,
 * and a million keys are a few strings and typed arrays, not a map.
 *
 * @example
 * const index = runAtOnce(KeyIndex.inSteps(new Map([['ethan perez', [7]]])));
 * index.get('ethan perez') // Uint32Array [7]
 */
export class KeyIndex {
  constructor(
    readonly keys: StringColumn,
    /** The numbers of key i are `values[offsets[i] .. offsets[i + 1])`. */
    readonly offsets: Uint32Array,
    readonly values: Uint32Array,
  ) {}

  /** The index of `map`, sorted in steps (see `Steps`). */
  static *inSteps(map: ReadonlyMap<string, readonly number[]>): Steps<KeyIndex> {
    const keys = yield* sortInSteps([...map.keys()], compare);
    const lists: (readonly number[])[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (i % KEYS_PER_STEP === 0) yield;
      lists.push(map.get(keys[i]!)!);
    }
    const offsets = new Uint32Array(keys.length + 1);
    lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
    const values = new Uint32Array(offsets[keys.length]!);
    for (let i = 0; i < keys.length; i++) {
      if (i % KEYS_PER_STEP === 0) yield;
      values.set(lists[i]!, offsets[i]);
    }
    return new KeyIndex(yield* StringColumn.inSteps(keys), offsets, values);
  }

  /** The numbers of `key`, or undefined when it is not a key. */
  get(key: string): Uint32Array | undefined {
    const i = lowerBound(this.keys.length, (row) => this.keys.get(row)!, key);
    return i < this.keys.length && this.keys.get(i) === key ? this.values.subarray(this.offsets[i], this.offsets[i + 1]) : undefined;
  }
}

// Keys looked up between pauses: a map lookup each, a million keys in some hundreds of ms.
const KEYS_PER_STEP = 65536;

/**
 * Rows in the order of their ids, for finding a row by id with a binary
 * search over the id column itself: no map of a million strings.
 *
 * @example
 * const order = runAtOnce(IdOrder.inSteps(ids, idStrings));
 * order.find('arxiv:2212.08073') // that paper's index, or undefined
 */
export class IdOrder {
  constructor(
    readonly ids: StringColumn,
    /** Row numbers, ascending by id in code-unit order. */
    readonly order: Uint32Array,
  ) {}

  /** The order of `ids`, a column of distinct ids, whose rows `values` holds as strings; sorted in steps (see `Steps`). */
  static *inSteps(ids: StringColumn, values: readonly string[]): Steps<IdOrder> {
    const order = yield* sortInSteps([...values.keys()], (a, b) => compare(values[a]!, values[b]!));
    return new IdOrder(ids, Uint32Array.from(order));
  }

  find(id: string): number | undefined {
    const { ids, order } = this;
    const i = lowerBound(order.length, (k) => ids.get(order[k]!)!, id);
    const row = order[i];
    return row !== undefined && ids.get(row) === id ? row : undefined;
  }
}
