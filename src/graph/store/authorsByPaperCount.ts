import type { Author } from './Author.ts';
import { perSnapshot } from './perSnapshot.ts';

/**
 * Every author, most papers first, then in name order: sorted once per
 * snapshot rather than on every `authors(orderBy: PAPER_COUNT)` page.
 *
 * @example authorsByPaperCount(graph)[0]!.name // the most prolific author
 */
export const authorsByPaperCount = perSnapshot((graph): readonly Author[] =>
  // Dense indices follow name order, so the index breaks ties by name.
  [...graph.authors].sort((a, b) => b.paperCount - a.paperCount || a.index - b.index),
);
