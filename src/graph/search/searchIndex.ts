import { foldText } from '../text/foldText.ts';
import { hashText } from '../text/hashText.ts';
import { foldedWords } from './searchWords.ts';
import { splitDisambiguator } from '../text/splitDisambiguator.ts';
import type { AuthorAlias } from '../store/Author.ts';
import type { CoauthorGraph } from '../store/CoauthorGraph.ts';
import { perSnapshotInSteps } from '../store/steps/perSnapshotInSteps.ts';
import { orderOfStrings } from '../store/steps/orderOfStrings.ts';
import { pickInSteps } from '../store/steps/pickInSteps.ts';
import { sortByKeyInSteps } from '../store/steps/sortByKeyInSteps.ts';
import type { Steps } from '../store/steps/Steps.ts';
import { lowerBound } from '../store/lowerBound.ts';
import { PaperSearchText } from '../store/PaperSearchText.ts';
import { StringColumn } from '../store/StringColumn.ts';
import { GrowingUint32Array } from '../store/GrowingUint32Array.ts';
import { StringNumbers } from '../store/StringNumbers.ts';

/** Where a word occurs, and how much a match there counts. */
export const FIELD_WEIGHT = { name: 3, title: 2, abstract: 1 } as const;

/**
 * Every word of every author name and alias, paper title and abstract, in
 * sorted order, so the words a prefix starts are one contiguous run.
 * Documents are numbered authors first (their index), then papers (author
 * count + paper index); a posting is `document * 4 + field weight`.
 */
export interface SearchIndex {
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
 * The search index of a snapshot, built on first use and kept for the
 * snapshot's lifetime; its size grows with the text of the data. A server
 * builds it at load time, in slices (`searchIndex.inSteps`).
 *
 * @example searchIndex(graph).words.get(0) // the first word in code-unit order
 */
export const searchIndex = perSnapshotInSteps(function* (graph): Steps<SearchIndex> {
  const wordNumbers = new StringNumbers();
  // Posting i is (postingWords[i], postingValues[i]), in document order.
  const postingWords = new GrowingUint32Array();
  const postingValues = new GrowingUint32Array();
  const lastPosting: number[] = [];
  // Whole-text hashes in document order, so that a stable sort by hash leaves each hash's documents ascending.
  const [hashes, documents] = [new GrowingUint32Array(), new GrowingUint32Array()];
  // Each text folded once, for its words and its whole-text hash.
  const add = (folded: string | undefined, document: number, weight: number) => {
    if (folded === undefined) return;
    const entry = posting(document, weight);
    for (const word of foldedWords(folded)) {
      const number = wordNumbers.numberOf(word);
      // A word twice in one document and field is one posting.
      if (lastPosting[number] === entry) continue;
      lastPosting[number] = entry;
      postingWords.push(number);
      postingValues.push(entry);
    }
    if (weight !== FIELD_WEIGHT.abstract) {
      hashes.push(hashText(folded));
      documents.push(document);
    }
  };
  for (let a = 0; a < graph.authorCount; a++) {
    const author = graph.author(a);
    if (author.index % 1024 === 0) yield;
    for (const text of authorSearchTexts(author.name, author.aliases)) add(foldText(text), author.index, FIELD_WEIGHT.name);
  }
  const { abstract } = graph.parts.paperColumns.text;
  const folded = PaperSearchText.of(graph.parts.paperColumns);
  for (let paper = 0; paper < graph.paperCount; paper++) {
    if (paper % 256 === 0) yield;
    const document = graph.authorCount + paper;
    add(folded.foldedTitle(paper), document, FIELD_WEIGHT.title);
    const paperAbstract = abstract.get(paper);
    add(paperAbstract === undefined ? undefined : foldText(paperAbstract), document, FIELD_WEIGHT.abstract);
  }

  const wordOfNumber = wordNumbers.strings;
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
  for (let i = 0; i < count; i++) {
    if (i % 262144 === 0) yield;
    postingOffsets[rank[postingWords.at(i)]! + 1]!++;
  }
  for (let position = 0; position < words.length; position++) postingOffsets[position + 1]! += postingOffsets[position]!;
  const fill = postingOffsets.slice(0, words.length);
  const postings = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    if (i % 65536 === 0) yield;
    postings[fill[rank[postingWords.at(i)]!]!++] = postingValues.at(i);
  }

  const [wholeTextHashes, wholeTextDocuments] = yield* sortByKeyInSteps(hashes.values(), documents.values());
  return { words: yield* StringColumn.inSteps(words), postingOffsets, postings, wholeTextHashes, wholeTextDocuments };
});

/**
 * The documents whose whole name, an alias or the title, folded, is
 * `folded`: the candidates the hash finds, each checked against its text.
 *
 * @example exactMatches(graph, foldText('Ethan Perez')) // Set { <Ethan Perez's author index> }
 */
export function exactMatches(graph: CoauthorGraph, folded: string): Set<number> {
  const { wholeTextHashes, wholeTextDocuments } = searchIndex(graph);
  const hash = hashText(folded);
  const low = lowerBound(wholeTextHashes.length, (k) => wholeTextHashes[k]!, hash);
  const matches = new Set<number>();
  for (let k = low; k < wholeTextHashes.length && wholeTextHashes[k] === hash; k++) {
    const document = wholeTextDocuments[k]!;
    const author = document < graph.authorCount ? graph.author(document) : undefined;
    const texts = author === undefined ? [graph.paper(document - graph.authorCount).title] : [author.name, ...author.aliases.map((alias) => alias.name)];
    if (texts.some((text) => text !== undefined && foldText(text) === folded)) matches.add(document);
  }
  return matches;
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
