import { compareCodeUnits as compare } from '../graph/text/compareCodeUnits.ts';
import { foldText } from '../graph/text/foldText.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import type { Paper } from '../graph/store/Paper.ts';
import { perSnapshot } from '../graph/store/perSnapshot.ts';
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
      const keyed = items.map((item) => ({ item, title: foldText(paperOf(item).title ?? '\uffff'), index: paperOf(item).index }));
      return keyed.sort((a, b) => compare(a.title, b.title) || a.index - b.index).map(({ item }) => item);
    }
  }
}

function compareDates(a: Paper, b: Paper): number {
  // Undated papers go last in both directions: they answer no "when".
  return compare(a.published ?? '\uffff', b.published ?? '\uffff');
}

/**
 * Every paper of the snapshot in `order`, sorted on first use and kept for
 * the snapshot's lifetime: a title order folds every title, 3 µs a paper,
 * too slow to pay per request. Filters keep this order, so `papers` never sorts.
 *
 * @example papersInOrder(graph, 'TITLE')[0] // the first paper by title
 */
export function papersInOrder(graph: CoauthorGraph, order: typeof PaperOrder.$inferType): readonly Paper[] {
  return order === 'NEWEST_FIRST' ? graph.papers : sortedPapers(graph)[order];
}

const sortedPapers = perSnapshot((graph) => ({
  OLDEST_FIRST: sortPapers(graph.papers, (paper) => paper, 'OLDEST_FIRST'),
  TITLE: sortPapers(graph.papers, (paper) => paper, 'TITLE'),
}));
