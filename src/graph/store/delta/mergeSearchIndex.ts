import type { AuthorAlias } from '../Author.ts';
import { authorSearchTexts, NAME_WEIGHT, posting, type SearchIndex } from '../../search/searchIndex.ts';
import { searchWords } from '../../search/searchWords.ts';
import { foldText } from '../../text/foldText.ts';
import { hashText } from '../../text/hashText.ts';
import type { Steps } from '../steps/Steps.ts';
import { DROPPED, patchKeyedRows } from './patchKeyedRows.ts';
import type { Renumbering } from './Renumbering.ts';

// Whole-text entries copied between pauses: a few milliseconds.
const ENTRIES_PER_STEP = 1 << 18;

/**
 * The search index after the merge `renumbering` describes, from the one
 * before it: the merged authors' postings and whole-text entries give way
 * to the merged person's (`name`, `aliases`), every other document is
 * renumbered (papers follow the authors, one place down per author merged
 * away), words no document has any more go and new ones come. The same
 * index a build of the merged graph makes; one pass over the postings.
 *
 * @example const search = yield* mergeSearchIndex(searchIndex(graph), renumbering, 'Tim Maxwell', aliases);
 */
export function* mergeSearchIndex(search: SearchIndex, { oldToNew, newToOld, survivor }: Renumbering, name: string, aliases: readonly AuthorAlias[]): Steps<SearchIndex> {
  const [oldAuthorCount, newAuthorCount] = [oldToNew.length, newToOld.length];
  // Documents are authors, then papers (see `SearchIndex`).
  const document = (old: number): number => {
    if (old >= oldAuthorCount) return old - oldAuthorCount + newAuthorCount;
    const index = oldToNew[old]!;
    return index === survivor ? DROPPED : index;
  };
  const remap = (value: number): number => {
    const moved = document(value >>> 2);
    return moved === DROPPED ? DROPPED : posting(moved, value & 3);
  };
  const texts = authorSearchTexts(name, aliases);
  const words = [...new Set(texts.flatMap(searchWords))].sort();
  const patched = yield* patchKeyedRows(
    { keys: search.words, offsets: search.postingOffsets, values: search.postings },
    remap,
    words.map((word) => [word, posting(survivor, NAME_WEIGHT)] as const),
  );
  const added = texts.map((text) => hashText(foldText(text))).sort((a, b) => a - b);
  const [wholeTextHashes, wholeTextDocuments] = yield* mergeWholeTexts(search, document, added, survivor);
  return { words: patched.keys, postingOffsets: patched.offsets, postings: patched.values, wholeTextHashes, wholeTextDocuments };
}

/** The whole-text entries with `document` applied (dropping those it drops) and the merged person's `added` hashes in place: by hash, then document. */
function* mergeWholeTexts(search: SearchIndex, document: (old: number) => number, added: readonly number[], survivor: number): Steps<[Uint32Array, Uint32Array]> {
  const merge: WholeTextMerge = {
    search,
    document,
    added,
    survivor,
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
    hashes[filled] = added[next++]!;
    documents[filled++] = survivor;
  }
  return [hashes.slice(0, filled), documents.slice(0, filled)];
}

/** `mergeWholeTexts` under way: its input, what it has written, and where it is. */
interface WholeTextMerge {
  readonly search: SearchIndex;
  readonly document: (old: number) => number;
  readonly added: readonly number[];
  readonly survivor: number;
  readonly hashes: Uint32Array;
  readonly documents: Uint32Array;
  /** The next old entry, the entries written, the next added hash. */
  k: number;
  filled: number;
  next: number;
}

/** Merges old entries from `merge.k` on until a step's work is done. A plain function: V8 optimises loops in generators poorly. */
function mergeSomeWholeTexts(merge: WholeTextMerge): void {
  const { search, document, added, survivor, hashes, documents } = merge;
  const { wholeTextHashes, wholeTextDocuments } = search;
  let { k, filled, next } = merge;
  for (const end = Math.min(k + ENTRIES_PER_STEP, wholeTextHashes.length); k < end; k++) {
    const moved = document(wholeTextDocuments[k]!);
    if (moved === DROPPED) continue;
    const hash = wholeTextHashes[k]!;
    while (next < added.length && (added[next]! < hash || (added[next] === hash && survivor < moved))) {
      hashes[filled] = added[next++]!;
      documents[filled++] = survivor;
    }
    hashes[filled] = hash;
    documents[filled++] = moved;
  }
  Object.assign(merge, { k, filled, next });
}
