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
 * runs of equal hashes are read again, key by key.
 *
 * @example runAtOnce(groupVariantsByKey(variants, (variant) => [variant.parsed.key])) // [[0, 3], …]: variants 0 and 3 share a folded name
 */
export function* groupVariantsByKey(variants: readonly Variant[], keysOf: (variant: Variant) => readonly string[]): Steps<number[][]> {
  // Entry e: the hash of a key, its variant, and its place in that variant's keys.
  const [hashes, owners, places] = [new GrowingUint32Array(), new GrowingUint32Array(), new GrowingUint32Array()];
  for (let index = 0; index < variants.length; index++) {
    if (index % 1024 === 0) yield;
    keysOf(variants[index]!).forEach((key, place) => {
      hashes.push(hashText(key));
      owners.push(index);
      places.push(place);
    });
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
      const byKey = new Map<string, { first: number; members: number[] }>();
      for (let k = start; k < end; k++) {
        const entry = byHash[k]!;
        const key = keysOf(variants[owners.at(entry)]!)[places.at(entry)]!;
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
