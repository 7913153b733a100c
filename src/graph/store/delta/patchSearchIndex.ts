import { posting, type SearchIndex } from '../../search/searchIndex.ts';
import type { Steps } from '../steps/Steps.ts';
import { DROPPED, patchKeyedRows } from './patchKeyedRows.ts';

// Whole-text entries copied between pauses: a few milliseconds.
const ENTRIES_PER_STEP = 1 << 18;

/**
 * The search index with every document renumbered by `document` (old
 * document → new, or `DROPPED` for a document made anew, which must keep
 * the order of those it keeps) and the documents made anew or added in:
 * their postings as (word, posting) pairs, ascending by word, then posting,
 * and their whole-text entries as (hash, document) pairs, ascending by
 * hash, then document. Words no document has any more go and new ones
 * come. The same index a build of the changed graph makes; one pass over
 * the postings and one over the whole-text entries.
 *
 * @example const search = yield* patchSearchIndex(searchIndex(graph), document, [['maxwell', posting(7, NAME_WEIGHT)]], [[hashText('tim maxwell'), 7]]);
 */
export function* patchSearchIndex(
  search: SearchIndex,
  document: (old: number) => number,
  postings: readonly (readonly [string, number])[],
  wholeTexts: readonly (readonly [number, number])[],
): Steps<SearchIndex> {
  const remap = (value: number): number => {
    const moved = document(value >>> 2);
    return moved === DROPPED ? DROPPED : posting(moved, value & 3);
  };
  const patched = yield* patchKeyedRows({ keys: search.words, offsets: search.postingOffsets, values: search.postings }, remap, postings);
  const [wholeTextHashes, wholeTextDocuments] = yield* patchWholeTexts(search, document, wholeTexts);
  return { words: patched.keys, postingOffsets: patched.offsets, postings: patched.values, wholeTextHashes, wholeTextDocuments };
}

/** The whole-text entries with `document` applied (dropping those it drops) and the `added` ones in place: by hash, then document. */
function* patchWholeTexts(search: SearchIndex, document: (old: number) => number, added: readonly (readonly [number, number])[]): Steps<[Uint32Array, Uint32Array]> {
  const merge: WholeTextMerge = {
    search,
    document,
    added,
    hashes: new Uint32Array(search.wholeTextHashes.length + added.length),
    documents: new Uint32Array(search.wholeTextHashes.length + added.length),
    k: 0,
    filled: 0,
    next: 0,
  };
  while (merge.k < search.wholeTextHashes.length) {
    mergeSomeWholeTexts(merge);
    yield;
  }
  const { hashes, documents } = merge;
  let { filled, next } = merge;
  while (next < added.length) {
    [hashes[filled], documents[filled]] = added[next++]!;
    filled++;
  }
  return [hashes.slice(0, filled), documents.slice(0, filled)];
}

/** `patchWholeTexts` under way: its input, what it has written, and where it is. */
interface WholeTextMerge {
  readonly search: SearchIndex;
  readonly document: (old: number) => number;
  readonly added: readonly (readonly [number, number])[];
  readonly hashes: Uint32Array;
  readonly documents: Uint32Array;
  /** The next old entry, the entries written, the next added entry. */
  k: number;
  filled: number;
  next: number;
}

/** Merges old entries from `merge.k` on until a step's work is done. A plain function: V8 optimises loops in generators poorly. */
function mergeSomeWholeTexts(merge: WholeTextMerge): void {
  const { search, document, added, hashes, documents } = merge;
  const { wholeTextHashes, wholeTextDocuments } = search;
  let { k, filled, next } = merge;
  for (const end = Math.min(k + ENTRIES_PER_STEP, wholeTextHashes.length); k < end; k++) {
    const moved = document(wholeTextDocuments[k]!);
    if (moved === DROPPED) continue;
    const hash = wholeTextHashes[k]!;
    while (next < added.length && (added[next]![0] < hash || (added[next]![0] === hash && added[next]![1] < moved))) {
      [hashes[filled], documents[filled]] = added[next++]!;
      filled++;
    }
    hashes[filled] = hash;
    documents[filled++] = moved;
  }
  Object.assign(merge, { k, filled, next });
}
