import { titlePostings } from '../search/searchIndex.ts';
import type { PostingsPart } from '../search/SearchPostings.ts';
import { type PaperOrders, paperOrdersOf } from './paperOrders.ts';
import type { Steps } from './steps/Steps.ts';
import type { StringColumn } from './StringColumn.ts';

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
 * What the paper indexes are made from: the papers' titles and dates as
 * stored, in the order the records were read, without the papers' order;
 * a load has them before it has ordered the papers, and folds the titles
 * meanwhile (see `PaperSearchText.foldTitles`).
 */
export interface PaperIndexSource {
  readonly title: StringColumn;
  readonly published: StringColumn;
}

/**
 * The paper indexes of papers whose titles, folded, are `folded` and whose
 * dates `published` holds, both by stored row, paper p being row
 * `rows[p]`; the titles' postings are given up as soon as `giveUp[0]` is 1.
 * As steps (see `Steps`).
 *
 * @example const { orders, titles } = runAtOnce(makePaperIndexes(runAtOnce(PaperSearchText.foldTitles(title)), published, rows));
 */
export function* makePaperIndexes(folded: readonly (string | undefined)[], published: StringColumn, rows: Uint32Array, giveUp?: Int32Array): Steps<PaperIndexes> {
  const byPaper = new Array<string | undefined>(rows.length);
  for (let paper = 0; paper < rows.length; paper++) byPaper[paper] = folded[rows[paper]!];
  // The titles' postings first: the adjacency gives them up if it starts before they are made, and the orders never.
  const titles = yield* titlePostings((paper) => byPaper[paper], byPaper.length, giveUp);
  return { orders: yield* paperOrdersOf(byPaper, published.withOrder(rows)), titles };
}
