import { countingPass } from './countingPass.ts';
import { sortInSteps } from './sortInSteps.ts';
import type { Steps } from './Steps.ts';

// Groups this small are sorted by a comparator: cheaper than counting.
const SMALL_GROUP = 64;
// Groups this large are counted by 16 bits at a time, smaller ones by 8: counts cost their size too.
const LARGE_GROUP = 32768;
// Equal-prefix groups sorted natively in one step when a unit of theirs is 0: a few milliseconds.
const RUN = 8192;
// Elements handled between pauses.
const STEP = 16384;

/**
 * The order of `strings` by UTF-16 code units (as `compareCodeUnits`), in
 * steps (see `Steps`): indices into `strings`, equal strings ordered by
 * `tieBreak` of their indices, then by index. The same order as a stable
 * sort with `compareCodeUnits`, two to three times faster on a million titles
 * or names (bench/sortStrings.ts): an MSD radix sort that reads each
 * string's next two code units into one 32-bit key, sorts a group by its keys
 * with counting passes, and reads on only in groups that share a key, past
 * the whole prefix they share; small groups go to a comparator. `tieBreak`
 * is called only within a group of equal strings.
 *
 * @example
 * runAtOnce(orderOfStrings(['b', 'a', 'b'])) // Uint32Array [1, 0, 2]
 * runAtOnce(orderOfStrings(['b', 'a', 'b'], (i, j) => j - i)) // Uint32Array [1, 2, 0]
 */
export function* orderOfStrings(strings: readonly string[], tieBreak?: (a: number, b: number) => number): Steps<Uint32Array> {
  const count = strings.length;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const [keys, spareKeys, spareOrder] = [new Uint32Array(count), new Uint32Array(count), new Uint32Array(count)];
  const counts = new Uint32Array(1 << 16);
  const byString = (a: number, b: number) => {
    const [x, y] = [strings[a]!, strings[b]!];
    return x < y ? -1 : x > y ? 1 : tieBreak?.(a, b) || a - b;
  };
  // Groups still to sort, as (start, end, depth): order[start .. end) holds strings that share their first `depth` units.
  const groups: number[] = [0, count, 0];
  let work = 0;
  while (groups.length > 0) {
    const depth = groups.pop()!;
    const end = groups.pop()!;
    const start = groups.pop()!;
    const size = end - start;
    if ((work += size) >= STEP) {
      work = 0;
      yield;
    }
    if (size <= SMALL_GROUP) {
      order.subarray(start, end).sort(byString);
      continue;
    }
    const [group, groupKeys] = [order.subarray(start, end), keys.subarray(0, size)];
    const reading: KeyReading = { strings, group, groupKeys, depth, first: strings[group[0]!]!, shared: strings[group[0]!]!.length - depth };
    for (let p = 0; p < size; p = readKeys(reading, p)) yield;
    const { shared } = reading;
    // A longer prefix than the keys hold, shared by all: read on past it, as one group.
    if (shared >= 2) {
      groups.push(start, end, depth + shared);
      continue;
    }
    const digitBits = size >= LARGE_GROUP ? 16 : 8;
    for (let shift = 0; shift < 32; shift += digitBits) {
      yield* countingPass(group, groupKeys, spareOrder.subarray(0, size), spareKeys.subarray(0, size), counts, shift, digitBits);
    }
    for (let from = 0; from < size; ) {
      const key = groupKeys[from]!;
      const to = runEnd(groupKeys, from);
      if (to - from > 1) {
        if (key >= 0x10000 && (key & 0xffff) !== 0) groups.push(start + from, start + to, depth + 2);
        else if (to - from <= RUN) group.subarray(from, to).sort(byString);
        else group.set(yield* sortInSteps([...group.subarray(from, to)], byString), from);
      }
      if ((work += to - from) >= STEP) {
        work = 0;
        yield;
      }
      from = to;
    }
  }
  return order;
}

/** A group's keys being read: the strings, the group's indices and keys, the depth read at, and the units all share so far from there with the first. */
interface KeyReading {
  readonly strings: readonly string[];
  readonly group: Uint32Array;
  readonly groupKeys: Uint32Array;
  readonly depth: number;
  readonly first: string;
  shared: number;
}

/**
 * Reads the keys of a step's strings of a group from `from` on: each
 * string's two units at the depth into one key, and how many units every
 * string shares with the first, found while the strings are at hand.
 * Returns the next to read. A plain function: V8 optimises loops in
 * generators poorly.
 */
function readKeys(reading: KeyReading, from: number): number {
  const { strings, group, groupKeys, depth, first } = reading;
  let { shared } = reading;
  const to = Math.min(group.length, from + STEP);
  for (let p = from; p < to; p++) {
    const text = strings[group[p]!]!;
    // Past the end reads as 0, like a unit 0: groups holding either are left to the comparator.
    groupKeys[p] = (text.length > depth ? text.charCodeAt(depth) * 0x10000 : 0) + (text.length > depth + 1 ? text.charCodeAt(depth + 1) : 0);
    let same = 0;
    while (same < shared && text.charCodeAt(depth + same) === first.charCodeAt(depth + same)) same++;
    shared = same;
  }
  reading.shared = shared;
  return to;
}

/** The end of the run of equal keys from `from` in `keys`, sorted. A plain function: V8 optimises loops in generators poorly. */
function runEnd(keys: Uint32Array, from: number): number {
  let to = from + 1;
  while (to < keys.length && keys[to] === keys[from]) to++;
  return to;
}
