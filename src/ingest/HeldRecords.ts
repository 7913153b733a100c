import { StringColumn } from '../graph/store/StringColumn.ts';
import { runAtOnce } from '../graph/store/steps/runAtOnce.ts';
import { CompactRecordsBuilder, type RecordColumns } from './CompactRecordsBuilder.ts';
import type { PaperRecord } from './PaperRecord.ts';

/**
 * Records kept for as long as a server runs (a journal's server rebuilds
 * from its source records), held as columns with no object per record or
 * per spelling: the collector walks every object the heap holds at each
 * full collection, and a change's fresh arrays start several of those. On
 * the 1M-paper set, a view per record and a string per distinct spelling
 * were 1.6 million objects, about 100 ms of marking per collection, two
 * collections per change. Records are read back one at a time (`at`), or
 * all at once for a build (`all`), whose views and spellings are let go
 * with it.
 *
 * @example
 * const held = new HeldRecords(await readRecords(['fixtures/seed.jsonl'], undefined, undefined));
 * held.at(0).title // the first record's title
 */
export class HeldRecords {
  readonly #columns: RecordColumns;
  readonly #spellings: StringColumn;
  readonly #spelling = (n: number): string => this.#spellings.get(n)!;

  constructor(records: readonly PaperRecord[]) {
    const { bylines, ...columns } = runAtOnce(CompactRecordsBuilder.columnsInSteps(records));
    this.#columns = { ...columns, bylines: { offsets: bylines.offsets, spellingIds: bylines.spellingIds } };
    this.#spellings = StringColumn.of(bylines.spellings);
  }

  /** How many records are held. */
  get count(): number {
    return this.#columns.years.length;
  }

  /** Record `row`, in the order they were read. */
  at(row: number): PaperRecord {
    return CompactRecordsBuilder.recordAt(this.#columns, row, this.#spelling);
  }

  /** Every record, in order, as a build reads them: over the same columns, so a build takes them as they are rather than gathering them anew. */
  all(): readonly PaperRecord[] {
    const spellings = Array.from({ length: this.#spellings.length }, (_, n) => this.#spelling(n));
    return CompactRecordsBuilder.recordsOf({ ...this.#columns, bylines: { ...this.#columns.bylines, spellings } });
  }
}
