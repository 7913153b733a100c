import type { CompactColumns } from '../../ingest/CompactRecordsBuilder.ts';
import { DictionaryColumn } from './DictionaryColumn.ts';
import { PaperSearchText } from './PaperSearchText.ts';
import type { Steps } from './steps/Steps.ts';
import { StringColumn, StringColumnBuilder } from './StringColumn.ts';

/** The text fields of a paper, each a `StringColumn`. */
export const PAPER_TEXT_FIELDS = ['id', 'title', 'abstract', 'published', 'url', 'arxiv', 'doi', 'categories', 'searchText'] as const;
export type PaperTextField = (typeof PAPER_TEXT_FIELDS)[number];

/** The number fields of a paper; NaN where the source gives none. */
export const PAPER_NUMBER_FIELDS = ['year', 'codeImplementations'] as const;
export type PaperNumberField = (typeof PAPER_NUMBER_FIELDS)[number];

/** Joins a paper's categories in one row; control characters never survive import, so none is part of a category. */
export const CATEGORY_SEPARATOR = '\u001f';

/**
 * Every paper of a snapshot field by field, by paper index: text in
 * `StringColumn`s, numbers in typed arrays, no object per paper or per
 * author name. `searchText` is the title and abstract folded (`foldText`)
 * for `papers(filter: { search })`, so that a search scans, not folds,
 * where that is not the plain title lower-cased (see `PaperSearchText`).
 */
export interface PaperColumns {
  readonly text: Readonly<Record<PaperTextField, StringColumn>>;
  /** Venues repeat (a few thousand among a million papers): codes by paper index into the distinct ones. */
  readonly venue: DictionaryColumn;
  readonly numbers: Readonly<Record<PaperNumberField, Float64Array>>;
  /** The `order` of every text column: the row each paper's text is stored at (see `StringColumn.withOrder`). */
  readonly rows: Uint32Array;
}

/**
 * The paper columns of records held as `columns`, papers in the order
 * `recordOf` gives (paper index → record row), with each paper's `ids`
 * (by record row): the records' text columns themselves, read through that
 * order, a search text and categories of their own, gathered record by
 * record, and the venues coded (`DictionaryColumn`). As steps (see `Steps`).
 *
 * @example const paperColumns = yield* paperColumnsInSteps(yield* CompactRecordsBuilder.columnsInSteps(records), recordOf, ids);
 */
export function* paperColumnsInSteps(columns: CompactColumns, recordOf: Uint32Array, ids: readonly string[]): Steps<PaperColumns> {
  const { text: recordText, years, codeImplementations } = columns;
  const searchText = new StringColumnBuilder();
  const categories = new StringColumnBuilder();
  for (let record = 0; record < recordOf.length; record++) {
    if (record % 4096 === 0) yield;
    searchText.push(PaperSearchText.stored(recordText.title.get(record), recordText.abstract.get(record)));
    // An empty list is '' in the records' column, and no row here.
    categories.push(recordText.categories.get(record) || undefined);
  }
  const inPaperOrder = (column: StringColumn) => column.withOrder(recordOf);
  const text: Record<PaperTextField, StringColumn> = {
    id: inPaperOrder(yield* StringColumn.inSteps(ids)),
    title: inPaperOrder(recordText.title),
    abstract: inPaperOrder(recordText.abstract),
    published: inPaperOrder(recordText.published),
    url: inPaperOrder(recordText.url),
    arxiv: inPaperOrder(recordText.arxiv),
    doi: inPaperOrder(recordText.doi),
    categories: inPaperOrder(categories.build()),
    searchText: inPaperOrder(searchText.build()),
  };
  const venue = yield* DictionaryColumn.throughInSteps(recordText.venue, recordOf);
  const numbers = { year: new Float64Array(recordOf.length), codeImplementations: new Float64Array(recordOf.length) };
  for (let paper = 0; paper < recordOf.length; paper++) {
    if (paper % 16384 === 0) yield;
    const record = recordOf[paper]!;
    // A record without a year takes its date's.
    numbers.year[paper] = Number.isNaN(years[record]!) ? Number(text.published.get(paper)?.slice(0, 4)) : years[record]!;
    numbers.codeImplementations[paper] = codeImplementations[record]!;
  }
  return { text, venue, numbers, rows: recordOf };
}
