import { compareCodeUnits as compare } from '../graph/text/compareCodeUnits.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import type { Paper } from '../graph/store/Paper.ts';
import { compareDates, paperOrders, titleKey } from '../graph/store/paperOrders.ts';
import { builder } from './builder.ts';

/** Orders of a list of papers. */
export const PaperOrder = builder.enumType('PaperOrder', {
  description: 'Orders of a list of papers.',
  values: {
    NEWEST_FIRST: { description: 'Latest publication date first; undated papers last.' },
    OLDEST_FIRST: { description: 'Earliest publication date first; undated papers last.' },
    TITLE: { description: 'Alphabetically by title, ignoring case and diacritics; untitled papers last.' },
  } as const,
});

/**
 * `items` in the given paper order. Paper indices are newest first, so that
 * order is the index order and every other one breaks ties by it.
 */
export function sortPapers<T>(items: readonly T[], paperOf: (item: T) => Paper, order: typeof PaperOrder.$inferType): T[] {
  const sorted = [...items];
  switch (order) {
    case 'NEWEST_FIRST':
      return sorted.sort((a, b) => paperOf(a).index - paperOf(b).index);
    case 'OLDEST_FIRST':
      return sorted.sort((a, b) => compareDates(paperOf(a), paperOf(b)) || paperOf(a).index - paperOf(b).index);
    case 'TITLE': {
      // Folded once per item, not once per comparison: folding normalises Unicode.
      const keyed = items.map((item) => ({ item, title: titleKey(paperOf(item)), index: paperOf(item).index }));
      return keyed.sort((a, b) => compare(a.title, b.title) || a.index - b.index).map(({ item }) => item);
    }
  }
}

/**
 * Every paper of the snapshot in `order`, as paper indices, sorted once per
 * snapshot (see `paperOrders`, which a server builds in slices while it
 * loads); undefined for newest first, which is the index order itself.
 * Filters keep this order, so `papers` never sorts.
 *
 * @example graph.paper(papersInOrder(graph, 'TITLE')![0]!) // the first paper by title
 */
export function papersInOrder(graph: CoauthorGraph, order: typeof PaperOrder.$inferType): Uint32Array | undefined {
  return order === 'NEWEST_FIRST' ? undefined : paperOrders(graph)[order];
}
