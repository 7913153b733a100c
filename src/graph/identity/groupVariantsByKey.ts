import { GrowingUint32Array } from '../store/GrowingUint32Array.ts';
import { sortByKeyInSteps } from '../store/steps/sortByKeyInSteps.ts';
import type { Steps } from '../store/steps/Steps.ts';
import { hashText } from '../text/hashText.ts';
import type { Variant } from './collectVariants.ts';

// Entries handled between pauses: well under a millisecond.
const ITEMS_PER_STEP = 16384;

/**
 * The groups of variants that share a key, in the order their keys first
 * appear, a member each time a variant gives the key. The keys are hashed,
 * not held: a million papers give millions of keys (a surname's deletion
 * keys), nearly all of them one variant's, so a map of them costs hundreds
 * of megabytes and a rehash of millions at once. Sorted by hash, only the
 * runs of equal hashes are read again, key by key; or, with `exact: false`,
 * told apart by a second hash of each key, so no key is made twice: for
 * blocks whose every pair is still judged on its own, where two keys that
 * agree on both 32-bit hashes (for the few million keys of a million papers,
 * about one chance in a million that any do) only cost the comparisons of
 * one larger block.
 *
 * @example runAtOnce(groupVariantsByKey(variants, (variant) => [variant.parsed.key])) // [[0, 3], …]: variants 0 and 3 share a folded name
 */
export function* groupVariantsByKey(
  variants: readonly Variant[],
  keysOf: (variant: Variant) => readonly string[],
  { exact = true }: { readonly exact?: boolean } = {},
): Steps<number[][]> {
  // Entry e: the hash of a key, its variant, its place in that variant's keys, and the key's second hash.
  const [hashes, owners, places, seconds] = [new GrowingUint32Array(), new GrowingUint32Array(), new GrowingUint32Array(), new GrowingUint32Array()];
  for (let index = 0; index < variants.length; index++) {
    if (index % 1024 === 0) yield;
    const keys = keysOf(variants[index]!);
    for (let place = 0; place < keys.length; place++) {
      hashes.push(hashText(keys[place]!));
      owners.push(index);
      places.push(place);
      if (!exact) seconds.push(secondHash(keys[place]!));
    }
  }
  const entries = new Uint32Array(hashes.length);
  for (let e = 0; e < entries.length; e++) entries[e] = e;
  // Entries by hash, each hash's in the order they came.
  const [sorted, byHash] = yield* sortByKeyInSteps(hashes.values(), entries);
  const groups: { readonly first: number; readonly members: number[] }[] = [];
  let work = 0;
  for (let start = 0; start < byHash.length; ) {
    let end = start + 1;
    while (end < byHash.length && sorted[end] === sorted[start]) end++;
    if (end - start > 1) {
      // Keys that share a hash, usually one key.
      const byKey = new Map<string | number, { first: number; members: number[] }>();
      for (let k = start; k < end; k++) {
        const entry = byHash[k]!;
        const key = exact ? keysOf(variants[owners.at(entry)]!)[places.at(entry)]! : seconds.at(entry);
        const group = byKey.get(key);
        if (group === undefined) byKey.set(key, { first: entry, members: [owners.at(entry)] });
        else group.members.push(owners.at(entry));
      }
      for (const group of byKey.values()) if (group.members.length > 1) groups.push(group);
    }
    work += end - start;
    if (work >= ITEMS_PER_STEP) {
      work = 0;
      yield;
    }
    start = end;
  }
  // In the order their keys first came: a group's first entry is unique to it.
  const [, order] = yield* sortByKeyInSteps(Uint32Array.from(groups, ({ first }) => first), Uint32Array.from(groups.keys()));
  return Array.from(order, (index) => groups[index]!.members);
}

/** A hash of `text` unrelated to `hashText`'s: Java's string hash, its bits mixed as MurmurHash3 finishes. */
function secondHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
