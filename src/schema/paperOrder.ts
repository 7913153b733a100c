import { compareCodeUnits as compare } from '../graph/compareCodeUnits.ts';
import { foldText } from '../graph/foldText.ts';
import type { Paper } from '../graph/Paper.ts';
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
      const keyed = items.map((item) => ({ item, title: foldText(paperOf(item).record.title ?? '\uffff'), index: paperOf(item).index }));
      return keyed.sort((a, b) => compare(a.title, b.title) || a.index - b.index).map(({ item }) => item);
    }
  }
}

function compareDates(a: Paper, b: Paper): number {
  // Undated papers go last in both directions: they answer no "when".
  return compare(a.record.published ?? '\uffff', b.record.published ?? '\uffff');
}
