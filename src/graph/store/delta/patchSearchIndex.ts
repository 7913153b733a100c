import type { SearchIndex, SearchPart } from '../../search/searchIndex.ts';
import { inPieces } from '../steps/inPieces.ts';
import { PieceSize } from '../steps/PieceSize.ts';
import type { Steps } from '../steps/Steps.ts';
import { BLOCK_BITS, blockShifts, MIXED } from './blockShifts.ts';
import { countInto } from './countInto.ts';
import { NO_KEYED_ROWS, outgrowsBuilt, pairsOf, patchKeyedRows } from './patchKeyedRows.ts';
import { keptRowsInto, NO_NEW_ROW, type Renumbering } from './Renumbering.ts';
import { changeArrays } from './RecycledArrays.ts';
import { renumberedTable } from './renumberedTable.ts';

/**
 * The search index with every document renumbered by `authors` and
 * `papers` (a paper count when the papers keep their rows), the documents
 * made anew left out, and the documents made anew or added in: their
 * postings as (word, posting) pairs, ascending by word, then posting, and
 * their whole-text entries as (hash, document) pairs, ascending by hash,
 * then document. Words no document has any more go from the part changes
 * made and new ones come. It answers as the index a build of the changed
 * graph makes: the built part is kept as it is, where its documents went
 * updated (`SearchIndex.documentOf`, one table read a document), and the
 * part changes made (`since`) patched, one pass over its postings and one
 * over its whole-text entries. Once that part has grown to an eighth of the
 * built one, the two are folded into one, renumbered as the graph is now
 * (see `outgrowsBuilt`), as a change made it before parts were kept.
 * The postings of documents gone stay in the built part until then, read
 * and skipped: a search reads at most the built part and the part changes
 * made, whatever changes removed.
 *
 * @example const search = yield* patchSearchIndex(searchIndex(graph), renumbering, graph.paperCount, [['maxwell', posting(7, NAME_WEIGHT)]], [[hashText('tim maxwell'), 7]]);
 */
export function* patchSearchIndex(
  search: SearchIndex,
  authors: Renumbering,
  papers: Renumbering | number,
  postings: readonly (readonly [string, number])[],
  wholeTexts: readonly (readonly [number, number])[],
): Steps<SearchIndex> {
  // Old document → new: documents are authors, then papers (see `SearchIndex`).
  const [oldAuthorCount, newAuthorCount] = [authors.oldToNew.length, authors.newToOld.length];
  const document = changeArrays.array(Uint32Array, oldAuthorCount + (typeof papers === 'number' ? papers : papers.oldToNew.length));
  yield* keptRowsInto(authors, document, 0, 0);
  if (typeof papers !== 'number') yield* keptRowsInto(papers, document, oldAuthorCount, newAuthorCount);
  else yield* inPieces(papers, (from, to) => countInto(document, oldAuthorCount + from, newAuthorCount + from, newAuthorCount + to));
  const shifts = yield* blockShifts(document);
  const since = yield* patchPart(search.since ?? NOTHING_SINCE, document, shifts, postings, wholeTexts);
  // The first change's table is where the built part's documents went; a later one's, where they went from there.
  const documentOf = search.documentOf === undefined ? document : yield* renumberedTable(search.documentOf, document, shifts);
  if (outgrowsBuilt(since.postings.length, search.postings.length)) {
    // One part again, as a build makes: the built part renumbered, what changes indexed put in.
    const sinceWholeTexts = Array.from(since.wholeTextHashes, (hash, k) => [hash, since.wholeTextDocuments[k]!] as const);
    const sincePostings = pairsOf({ keys: since.words, offsets: since.postingOffsets, values: since.postings });
    return yield* patchPart(search, documentOf, yield* blockShifts(documentOf), sincePostings, sinceWholeTexts);
  }
  const { words, postingOffsets, postings: built, wholeTextHashes, wholeTextDocuments } = search;
  return { words, postingOffsets, postings: built, wholeTextHashes, wholeTextDocuments, documentOf, since };
}

/** No document indexed since the build. */
const NOTHING_SINCE: SearchPart = {
  words: NO_KEYED_ROWS.keys,
  postingOffsets: NO_KEYED_ROWS.offsets,
  postings: NO_KEYED_ROWS.values,
  wholeTextHashes: new Uint32Array(0),
  wholeTextDocuments: new Uint32Array(0),
};

/** `part` with every document renumbered by `document` (with its block `shifts`) or left out, and the `postings` and `wholeTexts` added (see `patchSearchIndex`). */
function* patchPart(part: SearchPart, document: Uint32Array, shifts: Int32Array, postings: readonly (readonly [string, number])[], wholeTexts: readonly (readonly [number, number])[]): Steps<SearchPart> {
  // A posting is `document * 4 + field weight`.
  const patched = yield* patchKeyedRows({ keys: part.words, offsets: part.postingOffsets, values: part.postings }, { rows: document, shift: 2, blockShifts: shifts }, postings);
  const [wholeTextHashes, wholeTextDocuments] = yield* patchWholeTexts(part, document, shifts, wholeTexts);
  return { words: patched.keys, postingOffsets: patched.offsets, postings: patched.values, wholeTextHashes, wholeTextDocuments };
}

/** The whole-text entries with their documents renumbered by `document` (with its block `shifts`), dropping those it leaves out, and the `added` ones in place: by hash, then document. */
function* patchWholeTexts(search: SearchPart, document: Uint32Array, shifts: Int32Array, added: readonly (readonly [number, number])[]): Steps<[Uint32Array, Uint32Array]> {
  const merge: WholeTextMerge = {
    search,
    document,
    shifts,
    added,
    hashes: changeArrays.array(Uint32Array, search.wholeTextHashes.length + added.length),
    documents: changeArrays.array(Uint32Array, search.wholeTextHashes.length + added.length),
    k: 0,
    filled: 0,
    next: 0,
  };
  const pieces = new PieceSize();
  while (merge.k < search.wholeTextHashes.length) {
    pieces.run((size) => mergeSomeWholeTexts(merge, size));
    yield;
  }
  const { hashes, documents } = merge;
  let { filled, next } = merge;
  while (next < added.length) {
    [hashes[filled], documents[filled]] = added[next++]!;
    filled++;
  }
  // Views, not copies: the entries a patch drops are a handful of slots.
  return [hashes.subarray(0, filled), documents.subarray(0, filled)];
}

/** `patchWholeTexts` under way: its input, what it has written, and where it is. */
interface WholeTextMerge {
  readonly search: SearchPart;
  readonly document: Uint32Array;
  readonly shifts: Int32Array;
  readonly added: readonly (readonly [number, number])[];
  readonly hashes: Uint32Array;
  readonly documents: Uint32Array;
  /** The next old entry, the entries written, the next added entry. */
  k: number;
  filled: number;
  next: number;
}

/** Merges `size` old entries from `merge.k` on (fewer at the end). A plain function: V8 optimises loops in generators poorly. */
function mergeSomeWholeTexts(merge: WholeTextMerge, size: number): number {
  const { search, document, shifts, added, hashes, documents } = merge;
  const { wholeTextHashes, wholeTextDocuments } = search;
  let { k, filled, next } = merge;
  const first = k;
  for (const end = Math.min(k + size, wholeTextHashes.length); k < end; k++) {
    const old = wholeTextDocuments[k]!;
    const by = shifts[old >>> BLOCK_BITS]!;
    const moved = by === MIXED ? document[old]! : old + by;
    if (moved === NO_NEW_ROW) continue;
    const hash = wholeTextHashes[k]!;
    while (next < added.length && (added[next]![0] < hash || (added[next]![0] === hash && added[next]![1] < moved))) {
      [hashes[filled], documents[filled]] = added[next++]!;
      filled++;
    }
    hashes[filled] = hash;
    documents[filled++] = moved;
  }
  Object.assign(merge, { k, filled, next });
  return k - first;
}
