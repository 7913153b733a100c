import { StringColumn } from '../graph/store/StringColumn.ts';
import { inPieces } from '../graph/store/steps/inPieces.ts';
import { runAtOnce } from '../graph/store/steps/runAtOnce.ts';
import type { Steps } from '../graph/store/steps/Steps.ts';
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
 * all for a build (`allInSteps`), whose views and spellings are let go
 * with it.
 *
 * @example
 * const held = new HeldRecords(await readRecords(['fixtures/seed.jsonl'], undefined, undefined));
 * held.at(0).title // the first record's title
 * const records = yield* held.allInSteps();
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

  /**
   * Every record, in order, as a build reads them, as steps (see `Steps`):
   * over the same columns, so a build takes them as they are rather than
   * gathering them anew. On the 1M set the spellings take 0.2 s to read
   * out and the views 0.5 s to make, while a server answers.
   */
  *allInSteps(): Steps<readonly PaperRecord[]> {
    const spellings = new Array<string>(this.#spellings.length);
    yield* inPieces(this.#spellings.length, (from, to) => {
      for (let n = from; n < to; n++) spellings[n] = this.#spelling(n);
    });
    return yield* CompactRecordsBuilder.recordsInSteps({ ...this.#columns, bylines: { ...this.#columns.bylines, spellings } });
  }
}
