import type { Author } from './Author.ts';
import { perSnapshotInSteps } from './steps/perSnapshotInSteps.ts';
import { sortInSteps } from './steps/sortInSteps.ts';

/**
 * Every author, most papers first, then in name order: sorted once per
 * snapshot rather than on every `authors(orderBy: PAPER_COUNT)` page, and
 * by a server in slices while it loads (`authorsByPaperCount.inSteps`), as
 * half a million authors take longer to sort than the event loop may wait.
 *
 * @example authorsByPaperCount(graph)[0]!.name // the most prolific author
 */
export const authorsByPaperCount = perSnapshotInSteps(function* (graph) {
  // Dense indices follow name order, so the index breaks ties by name.
  const sorted: readonly Author[] = yield* sortInSteps(graph.authors, (a, b) => b.paperCount - a.paperCount || a.index - b.index);
  return sorted;
});
