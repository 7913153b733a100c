import type { CoauthorGraph } from './CoauthorGraph.ts';
import { searchWords } from './searchWords.ts';

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
}

const built = new WeakMap<CoauthorGraph, SearchIndex>();

/**
 * The search index of a snapshot, built on first use and kept for the
 * snapshot's lifetime; its size grows with the text of the data.
 *
 * @example searchIndex(graph).words.includes('constitutional') // true on the seed
 */
export function searchIndex(graph: CoauthorGraph): SearchIndex {
  let index = built.get(graph);
  if (index === undefined) {
    index = buildIndex(graph);
    built.set(graph, index);
  }
  return index;
}

function buildIndex(graph: CoauthorGraph): SearchIndex {
  const byWord = new Map<string, Set<number>>();
  const add = (text: string | undefined, document: number, weight: number) => {
    for (const word of searchWords(text ?? '')) {
      const postings = byWord.get(word) ?? new Set<number>();
      postings.add(document * 4 + weight);
      byWord.set(word, postings);
    }
  };
  for (const author of graph.authors) {
    for (const alias of author.aliases) add(alias.name, author.index, FIELD_WEIGHT.name);
  }
  for (const paper of graph.papers) {
    const document = graph.authors.length + paper.index;
    add(paper.record.title, document, FIELD_WEIGHT.title);
    add(paper.record.abstract, document, FIELD_WEIGHT.abstract);
  }
  const words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { words, postings: words.map((word) => [...byWord.get(word)!]) };
}
