import { orderOfHexDigests } from './steps/orderOfHexDigests.ts';
import { orderOfStrings } from './steps/orderOfStrings.ts';
import { orderOfStringsBeside } from './steps/orderOfStringsBeside.ts';
import type { Steps } from './steps/Steps.ts';
import { lowerBoundInColumn } from './lowerBound.ts';
import { StringColumn } from './StringColumn.ts';
import { NO_NEW_ROW } from './delta/Renumbering.ts';

/**
 * Text keys, each with a list of numbers (author indices, say), held as a
 * sorted `StringColumn` and compressed rows: a lookup is a binary search,
 * and a million keys are a few strings and typed arrays, not a map.
 *
 * @example
 * const index = runAtOnce(KeyIndex.inSteps(['ethan perez'], [7]));
 * index.get('ethan perez') // Uint32Array [7]
 */
export class KeyIndex {
  constructor(
    readonly keys: StringColumn,
    /** The numbers of key i are `values[offsets[i] .. offsets[i + 1])`. */
    readonly offsets: Uint32Array,
    readonly values: Uint32Array,
    /**
     * For an index changes patched: what each number of the rows above is
     * now, `NO_NEW_ROW` for one gone or made anew. A change keeps the
     * rows as they were built, since renumbering them all was a tenth of
     * its work on a million papers (see bench/README.md, "Curation: the
     * search index kept as built"), and adds what it made anew to `since`.
     * Undefined for an index as built.
     */
    readonly numberOf?: Uint32Array,
    /** The keys and numbers changes added since the rows above were made (by a build, or a fold of what changes added), as they are now. */
    readonly since?: KeyIndex,
  ) {}

  /**
   * The index of the pairs (`keys[i]`, `values[i]`), in steps (see `Steps`):
   * each key's numbers ascending, a pair given twice kept once. One sort of
   * the pairs does it, with no list per key on the way.
   */
  static *inSteps(keys: readonly string[], values: ArrayLike<number>): Steps<KeyIndex> {
    return yield* KeyIndex.#ofPairs(keys, values, yield* orderOfStrings(keys, byValue(values)));
  }

  /**
   * The indexes of (`keys[i]`, `values[i]`) and of (`otherKeys[i]`,
   * `values[i]`), as `inSteps` makes each, for keys that mostly agree: the
   * pairs are sorted once, and the few that differ sorted on their own
   * (see `orderOfStringsBeside`).
   *
   * @example const [byNameKey, byFoldedName] = yield* KeyIndex.pairInSteps(nameKeys, foldedNames, holders);
   */
  static *pairInSteps(keys: readonly string[], otherKeys: readonly string[], values: ArrayLike<number>): Steps<[KeyIndex, KeyIndex]> {
    const order = yield* orderOfStrings(keys, byValue(values));
    const otherOrder = yield* orderOfStringsBeside(otherKeys, keys, order, byValue(values));
    return [yield* KeyIndex.#ofPairs(keys, values, order), yield* KeyIndex.#ofPairs(otherKeys, values, otherOrder)];
  }

  /** The index of the pairs, given their order by key, then value. */
  static *#ofPairs(keys: readonly string[], values: ArrayLike<number>, pairs: Uint32Array): Steps<KeyIndex> {
    // As long as they can become, written by index and cut to length: arrays grown by pushing are copied into fresh memory each time they outgrow their store.
    const distinctKeys = new Array<string>(pairs.length);
    const offsets = new Uint32Array(pairs.length + 1);
    const kept = new Uint32Array(pairs.length);
    let distinct = 0;
    let keptCount = 0;
    for (let k = 0; k < pairs.length; k++) {
      if (k % PAIRS_PER_STEP === 0) yield;
      const [pair, previous] = [pairs[k]!, pairs[k - 1]];
      if (previous === undefined || keys[pair] !== keys[previous]) {
        offsets[distinct] = keptCount;
        distinctKeys[distinct++] = keys[pair]!;
      } else if (values[pair] === values[previous]) {
        continue;
      }
      kept[keptCount++] = values[pair]!;
    }
    offsets[distinct] = keptCount;
    distinctKeys.length = distinct;
    return new KeyIndex(yield* StringColumn.inSteps(distinctKeys), offsets.slice(0, distinct + 1), kept.slice(0, keptCount));
  }

  /** The numbers of `key`, ascending, or undefined when no number has it. */
  get(key: string): Uint32Array | undefined {
    const i = lowerBoundInColumn(this.keys, key);
    const built = i < this.keys.length && this.keys.get(i) === key ? this.values.subarray(this.offsets[i], this.offsets[i + 1]) : undefined;
    const { numberOf, since } = this;
    if (numberOf === undefined) return built;
    const numbers = [...(built ?? [])].map((value) => numberOf[value]!).filter((value) => value !== NO_NEW_ROW);
    numbers.push(...(since?.get(key) ?? []));
    return numbers.length === 0 ? undefined : Uint32Array.from(numbers.sort((a, b) => a - b));
  }
}

/** Pairs of equal keys by their values. */
function byValue(values: ArrayLike<number>): (a: number, b: number) => number {
  return (a, b) => values[a]! - values[b]!;
}

// Sorted pairs grouped between pauses: a few milliseconds.
const PAIRS_PER_STEP = 65536;

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

  /**
   * The order of `ids`, a column of distinct ids, whose rows `values` holds
   * as strings; sorted in steps (see `Steps`), as numbers when they are
   * hex digests (authors' ids: see `orderOfHexDigests`).
   */
  static *inSteps(ids: StringColumn, values: readonly string[]): Steps<IdOrder> {
    return new IdOrder(ids, (yield* orderOfHexDigests(values)) ?? (yield* orderOfStrings(values)));
  }

  find(id: string): number | undefined {
    const { ids, order } = this;
    const i = lowerBoundInColumn(ids, id, order);
    const row = order[i];
    return row !== undefined && ids.get(row) === id ? row : undefined;
  }
}
