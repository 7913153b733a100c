import type { Author } from '../store/Author.ts';
import type { CoauthorGraph } from '../store/CoauthorGraph.ts';
import { foldText } from '../text/foldText.ts';
import type { Paper } from '../store/Paper.ts';
import { exactMatches, type SearchPart, searchIndex } from './searchIndex.ts';
import { searchWords } from './searchWords.ts';
import type { BudgetTask, VisitBudget } from '../algorithms/VisitBudget.ts';
import { lowerBoundInColumn } from '../store/lowerBound.ts';
import { NO_NEW_ROW } from '../store/delta/Renumbering.ts';

const TASK: BudgetTask = { name: 'the search', advice: 'use longer words: a short beginning matches too many' };

interface Relevance {
  /** Whether the whole query equals the name, an alias or the title. */
  readonly exact: boolean;
  /** The sum over query words of the weight of the best field each begins a word of. */
  readonly score: number;
}

export type SearchHit =
  | (Relevance & { readonly kind: 'author'; readonly author: Author })
  | (Relevance & { readonly kind: 'paper'; readonly paper: Paper });

/** How `searchGraph` ranks, in words, for documentation and clients. */
export const SEARCH_RANKING =
  'Every word of the query must begin a word of the result (case and diacritics ignored). ' +
  'Each query word scores 3 when it begins a word of an author name or alias, 2 of a paper title, 1 of an abstract (the best of these). ' +
  'Results whose whole name, alias or title equals the query come first; then higher scores; ' +
  'then authors before papers; authors with more papers first, then by name; papers newest first.';

/**
 * Authors and papers that match `query` by word prefix over names, aliases,
 * titles and abstracts, through the snapshot's `searchIndex`, best first by
 * `SEARCH_RANKING`; for `search(query:)`. (`authors(search:)` and
 * `papers(filter: { search })` match fragments anywhere instead, by scanning:
 * `CoauthorGraph.searchAuthors` and `searchPapers`.)
 *
 * @example searchGraph(graph, 'constitu', budget)[0] // { kind: 'paper', paper: <Constitutional AI…>, exact: false, score: 2 }
 */
export function searchGraph(graph: CoauthorGraph, query: string, budget: VisitBudget): SearchHit[] {
  const tokens = [...new Set(searchWords(query))];
  if (tokens.length === 0) return [];
  const search = searchIndex(graph);
  let scores: Map<number, number> | undefined;
  for (const token of tokens) {
    // Best field weight per document for this token.
    const best = new Map<number, number>();
    bestWeights(search, token, search.documentOf, best, budget);
    if (search.since !== undefined) bestWeights(search.since, token, undefined, best, budget);
    const previous = scores;
    scores = new Map();
    for (const [document, weight] of best) {
      if (previous === undefined) scores.set(document, weight);
      else if (previous.has(document)) scores.set(document, previous.get(document)! + weight);
    }
  }

  const exact = exactMatches(graph, foldText(query));
  const authorCount = graph.authorCount;
  const hits = [...scores!].map(([document, score]): SearchHit => {
    if (document < authorCount) return { kind: 'author', author: graph.author(document), exact: exact.has(document), score };
    return { kind: 'paper', paper: graph.paper(document - authorCount), exact: exact.has(document), score };
  });
  return hits.sort(compareHits);
}

/** Raises `best` to the weight of each posting of a word `token` begins in `part`, its document as `documentOf` maps it (see `SearchIndex`), but those it leaves out. */
function bestWeights({ words, postingOffsets, postings }: SearchPart, token: string, documentOf: Uint32Array | undefined, best: Map<number, number>, budget: VisitBudget): void {
  for (let i = lowerBoundInColumn(words, token); i < words.length && words.get(i)!.startsWith(token); i++) {
    // Every posting read is charged, a built part's postings of documents gone or indexed anew too: they are read, then skipped.
    budget.spend(postingOffsets[i + 1]! - postingOffsets[i]!, TASK);
    for (let k = postingOffsets[i]!; k < postingOffsets[i + 1]!; k++) {
      const posting = postings[k]!;
      const document = documentOf === undefined ? posting >>> 2 : documentOf[posting >>> 2]!;
      if (document !== NO_NEW_ROW) best.set(document, Math.max(best.get(document) ?? 0, posting & 3));
    }
  }
}

function compareHits(a: SearchHit, b: SearchHit): number {
  if (a.exact !== b.exact) return a.exact ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  if (a.kind === 'author' && b.kind === 'author') return b.author.paperCount - a.author.paperCount || a.author.index - b.author.index;
  if (a.kind === 'paper' && b.kind === 'paper') return a.paper.index - b.paper.index;
  return a.kind === 'author' ? -1 : 1;
}
