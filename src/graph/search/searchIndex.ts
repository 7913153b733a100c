import { compareCodeUnits } from '../text/compareCodeUnits.ts';
import { foldText } from '../text/foldText.ts';
import { searchWords } from './searchWords.ts';
import { perSnapshotInSteps } from '../store/steps/perSnapshotInSteps.ts';
import { sortInSteps } from '../store/steps/sortInSteps.ts';
import type { Steps } from '../store/steps/Steps.ts';

/** Where a word occurs, and how much a match there counts. */
const FIELD_WEIGHT = { name: 3, title: 2, abstract: 1 } as const;

/**
 * Every word of every author name and alias, paper title and abstract, in
 * sorted order, so the words a prefix starts are one contiguous run.
 * Documents are numbered authors first (their index), then papers (author
 * count + paper index); a posting is `document * 4 + field weight`.
 */
export interface SearchIndex {
  readonly words: readonly string[];
  /** postings[i]: the occurrences of words[i], one per document and field. */
  readonly postings: readonly (readonly number[])[];
  /** Each whole name, alias and title, folded (`foldText`) → the documents that carry it, for exact matches. */
  readonly wholeTexts: ReadonlyMap<string, readonly number[]>;
}

/**
 * The search index of a snapshot, built on first use and kept for the
 * snapshot's lifetime; its size grows with the text of the data. A server
 * builds it at load time, in slices (`searchIndex.inSteps`).
 *
 * @example searchIndex(graph).words.includes('constitutional') // true on the seed
 */
export const searchIndex = perSnapshotInSteps(function* (graph): Steps<SearchIndex> {
  const byWord = new Map<string, Set<number>>();
  const wholeTexts = new Map<string, number[]>();
  const add = (text: string | undefined, document: number, weight: number) => {
    if (text === undefined) return;
    for (const word of searchWords(text)) {
      const postings = byWord.get(word) ?? new Set<number>();
      postings.add(document * 4 + weight);
      byWord.set(word, postings);
    }
    if (weight === FIELD_WEIGHT.abstract) return;
    const whole = foldText(text);
    const documents = wholeTexts.get(whole);
    if (documents === undefined) wholeTexts.set(whole, [document]);
    else if (documents.at(-1) !== document) documents.push(document);
  };
  for (const author of graph.authors) {
    if (author.index % 1024 === 0) yield;
    for (const alias of author.aliases) add(alias.name, author.index, FIELD_WEIGHT.name);
  }
  for (const paper of graph.papers) {
    if (paper.index % 256 === 0) yield;
    const document = graph.authors.length + paper.index;
    add(paper.title, document, FIELD_WEIGHT.title);
    add(paper.abstract, document, FIELD_WEIGHT.abstract);
  }
  const words = yield* sortInSteps([...byWord.keys()], compareCodeUnits);
  const postings: number[][] = [];
  for (const word of words) {
    if (postings.length % 4096 === 0) yield;
    postings.push([...byWord.get(word)!]);
  }
  return { words, postings, wholeTexts };
});
