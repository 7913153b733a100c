import { foldText } from '../text/foldText.ts';
import { hashText } from '../text/hashText.ts';
import { joinParts, type PostingsPart, SearchPostings } from './SearchPostings.ts';
import { splitDisambiguator } from '../text/splitDisambiguator.ts';
import type { AuthorAlias } from '../store/Author.ts';
import type { AuthorColumns } from '../store/AuthorColumns.ts';
import type { CoauthorGraph } from '../store/CoauthorGraph.ts';
import { perSnapshotInSteps } from '../store/steps/perSnapshotInSteps.ts';
import { orderOfStrings } from '../store/steps/orderOfStrings.ts';
import { pickInSteps } from '../store/steps/pickInSteps.ts';
import { sortByKeyInSteps } from '../store/steps/sortByKeyInSteps.ts';
import type { Steps } from '../store/steps/Steps.ts';
import { lowerBound } from '../store/lowerBound.ts';
import { PaperSearchText } from '../store/PaperSearchText.ts';
import { StringColumn } from '../store/StringColumn.ts';
import { NO_NEW_ROW } from '../store/delta/Renumbering.ts';

/** Where a word occurs, and how much a match there counts. */
export const FIELD_WEIGHT = { name: 3, title: 2, abstract: 1 } as const;

/** Postings and whole-text entries of a set of documents (see `SearchIndex`). */
export interface SearchPart {
  readonly words: StringColumn;
  /** The occurrences of word i, one per document and field: `postings[postingOffsets[i] .. postingOffsets[i + 1])`. */
  readonly postingOffsets: Uint32Array;
  readonly postings: Uint32Array;
  /**
   * `hashText` of each whole name, alias and title, ascending, and the
   * document that carries it, slot for slot: an exact match is a binary
   * search and a look at the candidates' own text, with no second copy of it.
   */
  readonly wholeTextHashes: Uint32Array;
  readonly wholeTextDocuments: Uint32Array;
}

/**
 * Every word of every author name and alias, paper title and abstract, in
 * sorted order, so the words a prefix starts are one contiguous run.
 * Documents are numbered authors first (their index), then papers (author
 * count + paper index); a posting is `document * 4 + field weight`.
 *
 * A build makes one part, numbered as its graph is. A change keeps that
 * part as it is and says where its documents went (`documentOf`), and
 * indexes what it made anew in a part of its own (`since`), until that
 * outgrows an eighth of the built part (see `patchSearchIndex`): a change
 * renumbers the documents, and rewriting the built part's 6.4 million
 * postings on a million papers was some 30 % of a change's work on the
 * thread that serves the reads (see bench/README.md, "Curation: the search
 * index kept as built").
 */
export interface SearchIndex extends SearchPart {
  /** Where each document of the built part is in this graph, `NO_NEW_ROW` for one gone or indexed anew in `since`; undefined while the graph numbers them as the part does. */
  readonly documentOf?: Uint32Array;
  /** The documents changes indexed since the part above was made (by a build, or a fold of what changes indexed), numbered as this graph numbers them. */
  readonly since?: SearchPart;
}

/**
 * The search index of a snapshot, built on first use and kept for the
 * snapshot's lifetime; its size grows with the text of the data. A server
 * builds it at load time, in slices (`searchIndex.inSteps`), a large load
 * its titles' part on a thread of their own (`searchIndexWith`).
 *
 * @example searchIndex(graph).words.get(0) // the built part's first word in code-unit order
 */
export const searchIndex = perSnapshotInSteps(function* (graph): Steps<SearchIndex> {
  const text = PaperSearchText.of(graph.parts.paperColumns);
  return yield* searchIndexWith(graph, yield* titlePostings((paper) => text.foldedTitle(paper), graph.paperCount));
});

/**
 * The postings of the papers' titles, `titleOf(paper)` being paper
 * `paper`'s folded, documents numbered by paper (see `SearchPostings`): the
 * part of the search index that needs no author, which a large load makes on
 * a thread of their own while it builds the graph, from the titles it folds for
 * the paper orders; given up, undefined, once `giveUp[0]` is 1 (set from
 * another thread). As steps (see `Steps`).
 *
 * @example const titles = yield* titlePostings((paper) => folded.foldedTitle(paper), graph.paperCount);
 */
export function titlePostings(titleOf: (paper: number) => string | undefined, count: number): Steps<PostingsPart>;
export function titlePostings(titleOf: (paper: number) => string | undefined, count: number, giveUp: Int32Array | undefined): Steps<PostingsPart | undefined>;
export function* titlePostings(titleOf: (paper: number) => string | undefined, count: number, giveUp?: Int32Array): Steps<PostingsPart | undefined> {
  const postings = new SearchPostings();
  for (let paper = 0; paper < count; paper++) {
    if (paper % 1024 === 0) {
      if (giveUp !== undefined && Atomics.load(giveUp, 0) === 1) return undefined;
      yield;
    }
    const folded = titleOf(paper);
    if (folded !== undefined) postings.add(folded, posting(paper, FIELD_WEIGHT.title), true);
  }
  return postings.part();
}

/**
 * The search index of `graph` with `titles`, the postings of its papers'
 * titles (`titlePostings`): the names and abstracts posted here, the three
 * joined in document order, the words sorted and the postings counted into
 * their rows. As steps (see `Steps`).
 *
 * @example searchIndex.remember(graph, yield* searchIndexWith(graph, titles));
 */
export function* searchIndexWith(graph: CoauthorGraph, titles: PostingsPart): Steps<SearchIndex> {
  const names = new SearchPostings();
  for (let a = 0; a < graph.authorCount; a = postNames(graph.parts.authorColumns, names, a)) yield;
  const abstracts = new SearchPostings();
  const { abstract } = graph.parts.paperColumns.text;
  for (let paper = 0; paper < graph.paperCount; paper++) {
    if (paper % 1024 === 0) yield;
    const paperAbstract = abstract.get(paper);
    if (paperAbstract !== undefined) abstracts.add(foldText(paperAbstract), posting(paper, FIELD_WEIGHT.abstract), false);
  }
  // A paper's title before its abstract, as the two were posted before the titles were made apart.
  const { words: wordOfNumber, postingWords, postingValues, hashes, documents } = yield* joinParts([
    { part: names.part(), offset: 0 },
    { part: titles, offset: graph.authorCount },
    { part: abstracts.part(), offset: graph.authorCount },
  ]);

  const numberAt = yield* orderOfStrings(wordOfNumber);
  const words = yield* pickInSteps(wordOfNumber, numberAt);
  // rank[n] = where word number n sits in sorted order; the postings are then counted into rows by rank.
  const rank = new Uint32Array(words.length);
  for (let position = 0; position < words.length; position++) {
    if (position % 65536 === 0) yield;
    rank[numberAt[position]!] = position;
  }
  const postingOffsets = new Uint32Array(words.length + 1);
  const count = postingWords.length;
  for (let from = 0; from < count; from = countRows(postingWords, rank, postingOffsets, from)) yield;
  for (let position = 0; position < words.length; position++) postingOffsets[position + 1]! += postingOffsets[position]!;
  const fill = postingOffsets.slice(0, words.length);
  const postings = new Uint32Array(count);
  for (let from = 0; from < count; from = fillRows(postingWords, postingValues, rank, fill, postings, from)) yield;

  // Hashes in document order, so that a stable sort by hash leaves each hash's documents ascending.
  const [wholeTextHashes, wholeTextDocuments] = yield* sortByKeyInSteps(hashes, documents);
  return { words: yield* StringColumn.inSteps(words), postingOffsets, postings, wholeTextHashes, wholeTextDocuments };
}

// Authors posted, and postings counted or placed, between two pauses.
const AUTHORS_PER_SLICE = 1024;
const POSTINGS_PER_SLICE = 1 << 18;

// The loops below are plain functions, each doing a slice's worth: V8 optimises loops in generators poorly.

/**
 * Posts the names of a slice of authors from `from` on, as
 * `authorSearchTexts` gives them, and returns the next author. Each
 * author's spellings are read folded from the `searchText` column, one a
 * line, rather than folded again. That column holds a name a curator gave
 * even where it is the most used spelling's, which the index holds once.
 */
function postNames({ text, aliasOffsets, aliasNames }: AuthorColumns, names: SearchPostings, from: number): number {
  const to = Math.min(aliasOffsets.length - 1, from + AUTHORS_PER_SLICE);
  for (let a = from; a < to; a++) {
    const lines = text.searchText.get(a)!;
    const withName = lineCount(lines) > aliasOffsets[a + 1]! - aliasOffsets[a]!;
    const start = withName && !isGivenName(text.name.get(a)!, aliasNames.get(aliasOffsets[a]!)!) ? lines.indexOf('\n') + 1 : 0;
    names.addLines(lines, start, posting(a, FIELD_WEIGHT.name));
  }
  return to;
}

/** How many lines `lines` holds: one more than its line breaks. */
function lineCount(lines: string): number {
  let count = 1;
  for (let at = lines.indexOf('\n'); at !== -1; at = lines.indexOf('\n', at + 1)) count++;
  return count;
}

/** Counts a slice of postings from `from` on into the row after their word's (`postingOffsets[rank + 1]`); returns the next posting. */
function countRows(postingWords: Uint32Array, rank: Uint32Array, postingOffsets: Uint32Array, from: number): number {
  const to = Math.min(postingWords.length, from + POSTINGS_PER_SLICE);
  for (let i = from; i < to; i++) postingOffsets[rank[postingWords[i]!]! + 1]!++;
  return to;
}

/** Places a slice of postings from `from` on at their word's row's next slot (`fill`, moved on); returns the next posting. */
function fillRows(postingWords: Uint32Array, postingValues: Uint32Array, rank: Uint32Array, fill: Uint32Array, postings: Uint32Array, from: number): number {
  const to = Math.min(postingWords.length, from + POSTINGS_PER_SLICE);
  for (let i = from; i < to; i++) postings[fill[rank[postingWords[i]!]!]!++] = postingValues[i]!;
  return to;
}

/**
 * The documents whose whole name, an alias or the title, folded, is
 * `folded`: the candidates the hash finds, each checked against its text.
 *
 * @example exactMatches(graph, foldText('Ethan Perez')) // Set { <Ethan Perez's author index> }
 */
export function exactMatches(graph: CoauthorGraph, folded: string): Set<number> {
  const search = searchIndex(graph);
  const hash = hashText(folded);
  const matches = new Set<number>();
  const check = (document: number): void => {
    const author = document < graph.authorCount ? graph.author(document) : undefined;
    const texts = author === undefined ? [graph.paper(document - graph.authorCount).title] : [author.name, ...author.aliases.map((alias) => alias.name)];
    if (texts.some((text) => text !== undefined && foldText(text) === folded)) matches.add(document);
  };
  forEachWholeText(search, hash, search.documentOf, check);
  if (search.since !== undefined) forEachWholeText(search.since, hash, undefined, check);
  return matches;
}

/** Visits each document of `part` with a whole text of hash `hash`, as `documentOf` maps it (see `SearchIndex`), but those it leaves out. */
function forEachWholeText({ wholeTextHashes, wholeTextDocuments }: SearchPart, hash: number, documentOf: Uint32Array | undefined, visit: (document: number) => void): void {
  for (let k = lowerBound(wholeTextHashes.length, (at) => wholeTextHashes[at]!, hash); k < wholeTextHashes.length && wholeTextHashes[k] === hash; k++) {
    const document = documentOf === undefined ? wholeTextDocuments[k]! : documentOf[wholeTextDocuments[k]!]!;
    if (document !== NO_NEW_ROW) visit(document);
  }
}

/**
 * The texts an author is indexed under, in the order the index adds them:
 * a name a curator gave, then every alias.
 *
 * @example authorSearchTexts('Tim Maxwell', [{ name: 'Tim Maxwell', paperCount: 2 }]) // ['Tim Maxwell']
 */
export function authorSearchTexts(name: string, aliases: readonly AuthorAlias[]): string[] {
  const texts = aliases.map((alias) => alias.name);
  return isGivenName(name, texts[0]!) ? [name, ...texts] : texts;
}

/**
 * A posting of `document` for a match in a field of `weight` (see `SearchIndex`).
 *
 * @example posting(7, NAME_WEIGHT) // 31
 */
export function posting(document: number, weight: number): number {
  return document * 4 + weight;
}

/** The weight of a match in an author's name or alias. */
export const NAME_WEIGHT = FIELD_WEIGHT.name;

/** Whether `name` is one a curator gave rather than the most used spelling's, which its words and whole text are already indexed under. */
function isGivenName(name: string, mostUsed: string): boolean {
  return name !== mostUsed && splitDisambiguator(mostUsed).name !== name;
}
