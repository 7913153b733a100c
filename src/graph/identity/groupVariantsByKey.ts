import { GrowingUint32Array } from '../store/GrowingUint32Array.ts';
import { FNV_OFFSET, FNV_PRIME } from '../text/hashText.ts';
import { sortByKeyInSteps } from '../store/steps/sortByKeyInSteps.ts';
import type { Steps } from '../store/steps/Steps.ts';
import type { Variant } from './collectVariants.ts';

// Entries handled between pauses: well under a millisecond.
const ITEMS_PER_STEP = 16384;

/** Where a variant writes its keys, part by part, so that a key built of a name's parts need not be made as a string. */
export interface KeyWriter {
  /** Adds `text`'s code units from `from` up to `to` to the key being written. */
  add(text: string, from?: number, to?: number): void;
  /** Ends the key being written; the next `add` begins another. */
  end(): void;
  /** Remembers the key written so far, so that keys sharing a beginning write it once (see `restore`). */
  mark(): void;
  /** Begins the next key with what was written up to the last `mark`. A key not ended when a variant's keys are written is dropped. */
  restore(): void;
}

/**
 * The groups of variants that share a key, in the order their keys first
 * appear, a member each time a variant gives the key. The keys are hashed
 * as they are written, not held: a million papers give millions of keys (a
 * surname's deletion keys), nearly all of them one variant's, so a map of
 * them costs hundreds of megabytes and a rehash of millions at once, and
 * making each as a string costs the collector as much. Sorted by hash, only
 * the runs of equal hashes are read again, key by key; or, with `exact:
 * false`, told apart by a second hash of each key, so no key is made at all:
 * for blocks whose every pair is still judged on its own, where two keys
 * that agree on both 32-bit hashes (for the few million keys of a million
 * papers, about one chance in a million that any do) only cost the
 * comparisons of one larger block.
 *
 * @example runAtOnce(groupVariantsByKey(variants, (variant, keys) => { keys.add(variant.parsed.key); keys.end(); })) // [[0, 3], …]: variants 0 and 3 share a folded name
 */
export function* groupVariantsByKey(
  variants: readonly Variant[],
  writeKeys: (variant: Variant, keys: KeyWriter) => void,
  { exact = true }: { readonly exact?: boolean } = {},
): Steps<number[][]> {
  const hashes = new KeyHashes(exact);
  for (let index = 0; index < variants.length; index++) {
    if (index % 1024 === 0) yield;
    hashes.begin(index);
    writeKeys(variants[index]!, hashes);
  }
  const { firsts } = hashes;
  const entries = new Uint32Array(firsts.length);
  for (let e = 0; e < entries.length; e++) entries[e] = e;
  // Entries by hash, each hash's in the order they came.
  const [sorted, byHash] = yield* sortByKeyInSteps(firsts.values(), entries);
  const grouping: Grouping = { variants, writeKeys, exact, hashes, sorted, byHash, groups: [], start: 0 };
  while (grouping.start < byHash.length) {
    groupSome(grouping);
    yield;
  }
  const { groups } = grouping;
  // In the order their keys first came: a group's first entry is unique to it.
  const [, order] = yield* sortByKeyInSteps(Uint32Array.from(groups, ({ first }) => first), Uint32Array.from(groups.keys()));
  return Array.from(order, (index) => groups[index]!.members);
}

/**
 * Keys hashed as they are written, two unrelated hashes each: FNV-1a, as
 * `hashText` computes it, and Java's string hash with its bits mixed as
 * MurmurHash3 finishes. Entry e: the key's first hash, its variant, and
 * what tells keys of one first hash apart: its place among that variant's
 * keys, to write the key again (`exact`), else its second hash.
 */
class KeyHashes implements KeyWriter {
  readonly firsts = new GrowingUint32Array();
  readonly owners = new GrowingUint32Array();
  /** Places when `exact`, else second hashes. */
  readonly apart = new GrowingUint32Array();
  #owner = 0;
  #place = 0;
  #first = FNV_OFFSET;
  #second = 0;
  #markedFirst = FNV_OFFSET;
  #markedSecond = 0;

  constructor(readonly exact: boolean) {}

  /** Begins the keys of variant `owner`, anything written and not ended before dropped. */
  begin(owner: number): void {
    this.#owner = owner;
    this.#place = 0;
    this.#first = FNV_OFFSET;
    this.#second = 0;
  }

  add(text: string, from = 0, to = text.length): void {
    let first = this.#first;
    let second = this.#second;
    for (let i = from; i < to; i++) {
      const unit = text.charCodeAt(i);
      first = Math.imul(first ^ unit, FNV_PRIME);
      second = (Math.imul(second, 31) + unit) | 0;
    }
    this.#first = first;
    this.#second = second;
  }

  end(): void {
    let second = this.#second;
    second = Math.imul(second ^ (second >>> 16), 0x85ebca6b);
    second = Math.imul(second ^ (second >>> 13), 0xc2b2ae35);
    this.firsts.push(this.#first >>> 0);
    this.owners.push(this.#owner);
    this.apart.push(this.exact ? this.#place++ : (second ^ (second >>> 16)) >>> 0);
    this.#first = FNV_OFFSET;
    this.#second = 0;
  }

  mark(): void {
    this.#markedFirst = this.#first;
    this.#markedSecond = this.#second;
  }

  restore(): void {
    this.#first = this.#markedFirst;
    this.#second = this.#markedSecond;
  }
}

/** Key number `place` of `variant` as text: made again only where keys' hashes agree. */
function keyText(variant: Variant, writeKeys: (variant: Variant, keys: KeyWriter) => void, place: number): string {
  const keys: string[] = [];
  let parts = '';
  let marked = '';
  writeKeys(variant, {
    add: (text, from = 0, to = text.length) => {
      parts += text.slice(from, to);
    },
    end: () => {
      keys.push(parts);
      parts = '';
    },
    mark: () => {
      marked = parts;
    },
    restore: () => {
      parts = marked;
    },
  });
  return keys[place]!;
}

/** Entries being grouped, in hash order, and the next to look at. */
interface Grouping {
  readonly variants: readonly Variant[];
  readonly writeKeys: (variant: Variant, keys: KeyWriter) => void;
  readonly exact: boolean;
  readonly hashes: KeyHashes;
  readonly sorted: Uint32Array;
  readonly byHash: Uint32Array;
  readonly groups: { readonly first: number; readonly members: number[] }[];
  start: number;
}

/** Groups a step's entries from `grouping.start` on, a run of one hash at a time. A plain function: V8 optimises loops in generators poorly. */
function groupSome(grouping: Grouping): void {
  const { variants, writeKeys, exact, hashes, sorted, byHash, groups } = grouping;
  const { owners, apart } = hashes;
  let { start } = grouping;
  for (let work = 0; start < byHash.length && work < ITEMS_PER_STEP; ) {
    let end = start + 1;
    while (end < byHash.length && sorted[end] === sorted[start]) end++;
    if (end - start > 1) {
      // Keys that share a hash, usually one key.
      const byKey = new Map<string | number, { first: number; members: number[] }>();
      for (let k = start; k < end; k++) {
        const entry = byHash[k]!;
        const key = exact ? keyText(variants[owners.at(entry)]!, writeKeys, apart.at(entry)) : apart.at(entry);
        const group = byKey.get(key);
        if (group === undefined) byKey.set(key, { first: entry, members: [owners.at(entry)] });
        else group.members.push(owners.at(entry));
      }
      for (const group of byKey.values()) if (group.members.length > 1) groups.push(group);
    }
    work += end - start;
    start = end;
  }
  grouping.start = start;
}
