import { titlePostings } from '../search/searchIndex.ts';
import type { PostingsPart } from '../search/SearchPostings.ts';
import { type PaperOrders, type PaperOrderSource, paperOrdersOf } from './paperOrders.ts';
import { PaperSearchText } from './PaperSearchText.ts';
import type { Steps } from './steps/Steps.ts';

/**
 * The indexes of a graph that need its papers and no author: the paper
 * orders, and the postings of the titles that the search index is made
 * with (`searchIndexWith`). A large load makes them on a thread of their own
 * while it resolves identities and builds the rest of the graph; the
 * titles' postings are given up (undefined) when the coauthor adjacency
 * starts before they are made, for it to have the second core.
 */
export interface PaperIndexes {
  readonly orders: PaperOrders;
  readonly titles: PostingsPart | undefined;
}

/**
 * The paper indexes of the papers whose columns `source` holds, their
 * titles folded once for both, the orders first; the titles' postings are
 * given up as soon as `giveUp[0]` is 1. As steps (see `Steps`).
 *
 * @example const { orders, titles } = runAtOnce(makePaperIndexes(paperOrderSourceOf(graph.parts.paperColumns)));
 */
export function* makePaperIndexes({ title, searchText, published }: PaperOrderSource, giveUp?: Int32Array): Steps<PaperIndexes> {
  const folded = yield* new PaperSearchText(title, searchText).foldedTitles();
  const orders = yield* paperOrdersOf(folded, published);
  return { orders, titles: yield* titlePostings((paper) => folded[paper], folded.length, giveUp) };
}
