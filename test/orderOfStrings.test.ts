import { describe, expect, it } from 'vitest';
import { orderOfStrings } from '../src/graph/store/steps/orderOfStrings.ts';
import { orderOfStringsBeside } from '../src/graph/store/steps/orderOfStringsBeside.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { runInSlices } from '../src/graph/store/steps/runInSlices.ts';
import { compareCodeUnits } from '../src/graph/text/compareCodeUnits.ts';

const order = (strings: readonly string[], tieBreak?: (a: number, b: number) => number) => [...runAtOnce(orderOfStrings(strings, tieBreak))];
const stableSort = (strings: readonly string[]) => [...strings.keys()].sort((a, b) => compareCodeUnits(strings[a]!, strings[b]!));

// A small deterministic generator (mulberry32), so a failure can be replayed.
const randomStrings = (count: number, seed: number): string[] => {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  // Units that sort around each other: 0, ASCII, Latin-1, BMP above the surrogates, both surrogate halves, the top.
  const UNITS = ['\0', '\x01', 'a', 'b', 'B', ' ', 'é', 'ß', '中', '\ud83d', '\ude00', '\uffff', '\ufffe'];
  const PREFIXES = ['', 'attention ', 'attention is ', 'gen:', 'gen:1', 'ethan perez', '😀', 'ẞ'];
  const strings: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && random() < 0.15) {
      strings.push(strings[Math.floor(random() * i)]!);
      continue;
    }
    let text = PREFIXES[Math.floor(random() * PREFIXES.length)]!;
    const length = Math.floor(random() * 7);
    for (let k = 0; k < length; k++) text += UNITS[Math.floor(random() * UNITS.length)]!;
    strings.push(text);
  }
  return strings;
};

describe('orderOfStrings', () => {
  it('orders by code units, equal strings in input order', () => {
    expect(order(['b', 'B', 'a', '', 'ab', 'a', 'é', '😀', '\uffff', 'a\0', 'a'])).toEqual([3, 1, 2, 5, 10, 9, 4, 0, 6, 7, 8]);
  });

  it('puts a prefix before its extensions, even ones that go on with a unit 0', () => {
    expect(order(['ab\0', 'ab', 'abcd', 'abc', 'ab\0\0', 'abcd\0'])).toEqual([1, 0, 4, 3, 2, 5]);
  });

  it('orders an astral character by its surrogates, below the top of the BMP', () => {
    expect(order(['\uffff', '😀', '\ud83d', '中'])).toEqual([3, 2, 1, 0]);
  });

  it('orders many random strings with shared prefixes, surrogates and repeats as a stable sort does', () => {
    for (const [count, seed] of [
      [0, 1],
      [1, 2],
      [50, 3],
      [3_000, 4],
      [60_000, 5],
    ] as const) {
      const strings = randomStrings(count, seed);
      expect(order(strings)).toEqual(stableSort(strings));
    }
  });

  it('orders groups of equal strings by the tie-break, then by index', () => {
    const strings = ['b', 'a', 'b', 'a', 'b'];
    const values = [2, 9, 1, 9, 1];
    expect(order(strings, (a, b) => values[a]! - values[b]!)).toEqual([1, 3, 2, 4, 0]);
  });

  it('breaks ties in large groups of one string as a stable sort by string then tie-break would', () => {
    const strings = randomStrings(40_000, 6).map((text, index) => (index % 3 === 0 ? 'same' : text));
    const values = strings.map((_, index) => (index * 7919) % 97);
    const byValue = (a: number, b: number) => values[a]! - values[b]!;
    const expected = [...strings.keys()].sort((a, b) => compareCodeUnits(strings[a]!, strings[b]!) || byValue(a, b));
    expect(order(strings, byValue)).toEqual(expected);
  });

  it('gives the same order in slices as at once, letting timers run between slices', async () => {
    const strings = randomStrings(100_000, 7);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    function* slow() {
      const until = Date.now() + 50;
      while (Date.now() < until) yield;
      return yield* orderOfStrings(strings);
    }
    const sliced = await runInSlices(slow(), 5);
    clearInterval(timer);
    expect([...sliced]).toEqual(order(strings));
    expect(ticks).toBeGreaterThan(0);
  });
});

describe('orderOfStringsBeside', () => {
  const beside = (strings: readonly string[], others: readonly string[], tieBreak?: (a: number, b: number) => number) =>
    [...runAtOnce(orderOfStringsBeside(strings, others, runAtOnce(orderOfStrings(others, tieBreak)), tieBreak))];

  it('merges the strings that differ into the order of those that agree', () => {
    // 'x' and 'a' differ at index 1: 'x' now sorts last, and 'a' is gone.
    expect(beside(['b', 'x', 'c'], ['b', 'a', 'c'])).toEqual([0, 2, 1]);
    expect(beside(['b', 'a', 'c', 'a'], ['b', 'z', 'c', 'a'])).toEqual([1, 3, 0, 2]);
  });

  it('gives the order orderOfStrings gives, ties by the tie-break then index, whatever differs', () => {
    for (const seed of [11, 12, 13]) {
      const strings = randomStrings(30_000, seed);
      const others = randomStrings(30_000, seed + 100).map((text, index) => (index % 5 === 0 ? text : strings[index]!));
      const values = strings.map((_, index) => (index * 7919) % 13);
      const byValue = (a: number, b: number) => values[a]! - values[b]!;
      expect(beside(strings, others, byValue)).toEqual(order(strings, byValue));
      expect(beside(strings, others)).toEqual(order(strings));
    }
  });

  it('gives the same order when every string agrees, and when none does', () => {
    const strings = randomStrings(5_000, 21);
    expect(beside(strings, [...strings])).toEqual(order(strings));
    expect(beside(strings, strings.map((text) => `~${text}`))).toEqual(order(strings));
  });
});
