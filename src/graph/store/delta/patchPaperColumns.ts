import type { PaperRecord } from '../../../ingest/PaperRecord.ts';
import { DictionaryColumn } from '../DictionaryColumn.ts';
import { CATEGORY_SEPARATOR, PAPER_TEXT_FIELDS, type PaperColumns, type PaperTextField } from '../PaperColumns.ts';
import { paperLocalId } from '../paperLocalId.ts';
import { PaperSearchText } from '../PaperSearchText.ts';
import type { Steps } from '../steps/Steps.ts';
import { gatherColumns } from './gatherColumns.ts';
import { lowerBound } from '../lowerBound.ts';
import { forEachRun, NO_OLD_ROW, type Renumbering } from './Renumbering.ts';
import { changeArrays } from './RecycledArrays.ts';

// Papers placed, or their venues coded, between pauses: a few milliseconds at most, which a read arriving meanwhile waits.
const PAPERS_PER_STEP = 64 * 1024;

/**
 * The paper columns after `papers`, which takes away the papers it drops
 * and brings `records` in, the `recordOf[j]`th at its jth new row: what a
 * build of the old records less the dropped ones, followed by `records`,
 * stores. The text columns are gathered (see `StringColumn.gather`) with
 * the records as rows past the old ones, as the build reads them, numbers
 * copied in runs, venues coded anew by first appearance in paper order, as
 * the build codes them.
 *
 * @example const paperColumns = yield* patchPaperColumns(graph.parts.paperColumns, renumbering, records, recordOf);
 */
export function* patchPaperColumns(columns: PaperColumns, papers: Renumbering, records: readonly PaperRecord[], recordOf: readonly number[]): Steps<PaperColumns> {
  const { oldToNew, newToOld } = papers;
  const [oldCount, count] = [oldToNew.length, newToOld.length];
  // The record rows of the papers dropped, ascending: a build reads the records kept in the same order, closed up.
  const droppedRows = Uint32Array.from(papers.dropped, (old) => columns.rows[old]!).sort();
  const keptCount = oldCount - droppedRows.length;
  // Record rows: a build reads the old records kept first, then these.
  const placing: Placing = { oldRows: columns.rows, newToOld, recordOf, droppedRows, keptCount, oldCount, rows: changeArrays.array(Uint32Array, count), gathered: changeArrays.array(Uint32Array, count), made: 0 };
  for (let index = 0; index < count; index = placeRows(placing, index)) yield;
  const { rows, gathered } = placing;
  const text = yield* gatherColumns(columns.text, PAPER_TEXT_FIELDS, gathered, records.map(textRow));
  const numbers = { year: changeArrays.array(Float64Array, count), codeImplementations: changeArrays.array(Float64Array, count) };
  yield* forEachRun(papers, (from, to, old) => {
    for (const field of ['year', 'codeImplementations'] as const) numbers[field].set(columns.numbers[field].subarray(old, old + to - from), from);
  });
  papers.anew.forEach((index, j) => {
    const record = records[recordOf[j]!]!;
    // A record without a year takes its date's.
    numbers.year[index] = record.year ?? Number(record.published?.slice(0, 4));
    numbers.codeImplementations[index] = record.codeImplementations ?? Number.NaN;
  });
  const venue = yield* recodeVenues(columns.venue, papers, recordOf.map((record) => records[record]!.venue));
  return { text, venue, numbers, rows };
}

/** The rows of the papers after a change being placed, and what placing them reads. */
interface Placing {
  readonly oldRows: Uint32Array;
  readonly newToOld: Uint32Array;
  readonly recordOf: readonly number[];
  readonly droppedRows: Uint32Array;
  readonly keptCount: number;
  readonly oldCount: number;
  /** By new paper: its record row, and its row among the old papers (or past them, the records'). */
  readonly rows: Uint32Array;
  readonly gathered: Uint32Array;
  /** The papers made anew so far. */
  made: number;
}

/** Places a step's papers from `from` on; returns the next. A plain function: V8 optimises loops in generators poorly. */
function placeRows(placing: Placing, from: number): number {
  const { oldRows, newToOld, recordOf, droppedRows, keptCount, oldCount, rows, gathered } = placing;
  const to = Math.min(rows.length, from + PAPERS_PER_STEP);
  for (let index = from; index < to; index++) {
    const old = newToOld[index]!;
    const record = old === NO_OLD_ROW ? recordOf[placing.made++]! : -1;
    const row = record === -1 ? oldRows[old]! : keptCount + record;
    rows[index] = record === -1 && droppedRows.length > 0 ? row - lowerBound(droppedRows.length, (k) => droppedRows[k]!, row) : row;
    gathered[index] = record === -1 ? old : oldCount + record;
  }
  return to;
}

/** What each text column stores for `record` (see `paperColumnsInSteps`). */
function textRow(record: PaperRecord): Record<PaperTextField, string | undefined> {
  return {
    id: paperLocalId(record),
    title: record.title,
    abstract: record.abstract,
    published: record.published,
    url: record.url,
    arxiv: record.externalIds?.arxiv,
    doi: record.externalIds?.doi,
    // An empty list is no row.
    categories: record.categories?.join(CATEGORY_SEPARATOR) || undefined,
    searchText: PaperSearchText.stored(record.title, record.abstract),
  };
}

/**
 * The venues after `papers`, with `added[j]` the venue of its jth new row,
 * coded by first appearance in paper order as `DictionaryColumn.inSteps`
 * codes them: the old codes mapped to new ones, no venue read as text but
 * the added ones; as steps (see `Steps`).
 */
function* recodeVenues(venues: DictionaryColumn, { newToOld }: Renumbering, added: readonly (string | undefined)[]): Steps<DictionaryColumn> {
  const oldCodeOf = new Map<string, number>();
  for (let code = 1; code <= venues.values.length; code++) oldCodeOf.set(venues.values.get(code - 1)!, code);
  const recoding: Recoding = {
    oldCodes: venues.codes,
    newToOld,
    added,
    oldCodeOf,
    newCodeOf: new Array<number>(venues.values.length + 1).fill(0),
    valueRows: [],
    newValues: [],
    // A paper without a venue is left 0.
    codes: changeArrays.zeroed(Uint16Array, newToOld.length),
    made: 0,
  };
  for (let index = 0; index < newToOld.length; index = recodeSome(recoding, index)) yield;
  const { valueRows, newValues, codes } = recoding;
  const values = newValues.length === 0 && valueRows.every((row, k) => row === k) ? venues.values : yield* venues.values.gather(Uint32Array.from(valueRows), newValues);
  return new DictionaryColumn(values, codes);
}

/** The venues of the papers after a change being coded, and what coding them reads. */
interface Recoding {
  readonly oldCodes: Uint16Array | Uint32Array;
  readonly newToOld: Uint32Array;
  readonly added: readonly (string | undefined)[];
  /** By venue: its old code, or one past the old values for each added venue not among them. */
  readonly oldCodeOf: Map<string, number>;
  /** By old code: its new code, 0 until it is first seen. */
  readonly newCodeOf: number[];
  /** By new code less one: the row of its value among the old ones. */
  readonly valueRows: number[];
  readonly newValues: string[];
  /** By new paper: its venue's new code; 16 bits wide until there are more codes. */
  codes: Uint16Array | Uint32Array;
  /** The papers made anew so far. */
  made: number;
}

/** Codes a step's papers' venues from `from` on; returns the next paper. A plain function: V8 optimises loops in generators poorly. */
function recodeSome(recoding: Recoding, from: number): number {
  const { oldCodes, newToOld, added, oldCodeOf, newCodeOf, valueRows, newValues } = recoding;
  const to = Math.min(newToOld.length, from + PAPERS_PER_STEP);
  for (let index = from; index < to; index++) {
    const old = newToOld[index]!;
    let oldCode: number;
    if (old !== NO_OLD_ROW) {
      oldCode = oldCodes[old]!;
    } else {
      const value = added[recoding.made++];
      if (value === undefined) continue;
      oldCode = oldCodeOf.get(value) ?? 0;
      if (oldCode === 0) {
        oldCodeOf.set(value, (oldCode = newCodeOf.length));
        newCodeOf.push(0);
        newValues.push(value);
      }
    }
    if (oldCode === 0) continue;
    if (newCodeOf[oldCode] === 0) {
      valueRows.push(oldCode - 1);
      newCodeOf[oldCode] = valueRows.length;
      if (valueRows.length > 0xffff && recoding.codes instanceof Uint16Array) recoding.codes = Uint32Array.from(recoding.codes);
    }
    recoding.codes[index] = newCodeOf[oldCode]!;
  }
  return to;
}
