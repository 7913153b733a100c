import { orderOfStrings } from './orderOfStrings.ts';
import type { Steps } from './Steps.ts';

// Indices compared or merged between pauses.
const STEP = 65536;

/**
 * `orderOfStrings(strings, tieBreak)`, given `order`, that order of
 * `others`, where the two mostly hold the same string at an index: two keys
 * made of the same names (a name key and a folded name), which most names
 * give alike. The indices where they agree keep their places relative to
 * each other, so only the rest are sorted, and merged in: on a million
 * names, a sort of the few that differ in place of one of them all.
 *
 * @example runAtOnce(orderOfStringsBeside(['b', 'x', 'c'], ['b', 'a', 'c'], Uint32Array.of(1, 0, 2))) // Uint32Array [0, 2, 1]
 */
export function* orderOfStringsBeside(
  strings: readonly string[],
  others: readonly string[],
  order: Uint32Array,
  tieBreak?: (a: number, b: number) => number,
): Steps<Uint32Array> {
  const differing: number[] = [];
  for (let from = 0; from < strings.length; from += STEP) {
    for (let i = from; i < Math.min(strings.length, from + STEP); i++) if (strings[i] !== others[i]) differing.push(i);
    yield;
  }
  // Ascending indices, so the sort's last tie-break, by position among them, is by index.
  const sorted = Uint32Array.from(yield* orderOfStrings(differing.map((i) => strings[i]!), tieBreak && ((a, b) => tieBreak(differing[a]!, differing[b]!))), (k) => differing[k]!);
  const merging: Merging = { strings, others, order, tieBreak, sorted, merged: new Uint32Array(strings.length), next: 0, nextSorted: 0, filled: 0 };
  while (merging.filled < strings.length) {
    mergeSome(merging);
    yield;
  }
  return merging.merged;
}

/** `orderOfStringsBeside` merging: its input, what it has written, and where it is in each order. */
interface Merging {
  readonly strings: readonly string[];
  readonly others: readonly string[];
  readonly order: Uint32Array;
  readonly tieBreak: ((a: number, b: number) => number) | undefined;
  readonly sorted: Uint32Array;
  readonly merged: Uint32Array;
  next: number;
  nextSorted: number;
  filled: number;
}

/** Merges a step's indices: the next of `order` where the strings agree, or of `sorted`, whichever comes first. A plain function: V8 optimises loops in generators poorly. */
function mergeSome(merging: Merging): void {
  const { strings, others, order, tieBreak, sorted, merged } = merging;
  let { next, nextSorted, filled } = merging;
  const end = Math.min(strings.length, filled + STEP);
  while (filled < end) {
    while (next < order.length && strings[order[next]!] !== others[order[next]!]) next++;
    if (next === order.length || (nextSorted < sorted.length && precedes(strings, tieBreak, sorted[nextSorted]!, order[next]!))) merged[filled++] = sorted[nextSorted++]!;
    else merged[filled++] = order[next++]!;
  }
  Object.assign(merging, { next, nextSorted, filled });
}

/** Whether index `a` sorts before index `b`: by string, then `tieBreak`, then index. */
function precedes(strings: readonly string[], tieBreak: ((a: number, b: number) => number) | undefined, a: number, b: number): boolean {
  const [x, y] = [strings[a]!, strings[b]!];
  if (x !== y) return x < y;
  return (tieBreak?.(a, b) || a - b) < 0;
}
