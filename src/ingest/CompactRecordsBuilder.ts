import { CATEGORY_SEPARATOR } from '../graph/store/PaperColumns.ts';
import { StringColumn, StringColumnBuilder } from '../graph/store/StringColumn.ts';
import { type NumberedBylines, NumberedBylinesBuilder } from './NumberedBylines.ts';
import { EXTERNAL_ID_FIELDS, type ExternalIds, type PaperRecord } from './PaperRecord.ts';
import { inPieces } from '../graph/store/steps/inPieces.ts';
import { runAtOnce } from '../graph/store/steps/runAtOnce.ts';
import type { Steps } from '../graph/store/steps/Steps.ts';

const TEXT_FIELDS = ['id', 'title', 'abstract', 'published', 'venue', 'url', 'arxiv', 'doi', 'dblp', 'categories'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The text fields whose values a line of JSON Lines holds as they are stored, in the order `ScannedRecord` lists them: all but the joined `categories`. */
export const SCANNED_TEXT_FIELDS = TEXT_FIELDS.slice(0, -1) as readonly Exclude<TextField, 'categories'>[];

/**
 * A record as a reader found it in the bytes of its line (see
 * `CanonicalLineReader`): text field f of `SCANNED_TEXT_FIELDS` is the
 * UTF-8 bytes `starts[f] .. ends[f]` of `bytes` (absent where `starts[f]`
 * is -1), `units[f]` UTF-16 units long, all ASCII where `ascii[f]` is 1;
 * the byline is spellings numbered in the builder's `bylines.numbers`.
 */
export interface ScannedRecord {
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly units: Int32Array;
  readonly ascii: Uint8Array;
  /** Joined by `CATEGORY_SEPARATOR`, as `CompactColumns` holds them. */
  readonly categories: string | undefined;
  /** NaN where absent, as in `CompactColumns`. */
  readonly year: number;
  readonly codeImplementations: number;
  readonly spellingIds: Int32Array;
  readonly authorCount: number;
}

/**
 * Records as columns, row by row in the order they were added: the text
 * fields (`categories` joined by `CATEGORY_SEPARATOR`, '' for an empty
 * list), `year` and `codeImplementations` (NaN where absent), and the
 * bylines numbered.
 */
export interface CompactColumns {
  readonly text: Readonly<Record<TextField, StringColumn>>;
  readonly years: Float64Array;
  readonly codeImplementations: Float64Array;
  readonly bylines: NumberedBylines;
}

/** Columns records are read back from, whatever holds their spellings (see `CompactRecordsBuilder.recordAt`). */
export type RecordColumns = Omit<CompactColumns, 'bylines'> & { readonly bylines: Pick<NumberedBylines, 'offsets' | 'spellingIds'> };

// Records gathered between pauses when records not read compactly are.
const RECORDS_PER_STEP = 4096;

/** The columns behind each records array `build` returned. */
const columnsOfRecords = new WeakMap<readonly PaperRecord[], CompactColumns>();

/**
 * Gathers records as they are read into columns: a few long strings and
 * number arrays in place of an object, a dozen strings and an array per
 * record, and every author spelling held once however many bylines repeat
 * it. `build` hands the records back as read-only views of those columns,
 * so a million records cost the memory of their text and a load's garbage
 * collector never walks them.
 *
 * @example
 * const builder = new CompactRecordsBuilder();
 * for await (const record of readPlanned(read, contextFor)) builder.add(record);
 * const records = builder.build(); // records[0].title is the first record's title
 */
export class CompactRecordsBuilder {
  readonly #text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, new StringColumnBuilder()])) as Record<TextField, StringColumnBuilder>;
  readonly #years: number[] = [];
  readonly #codeImplementations: number[] = [];
  /** Each distinct spelling held once, however many bylines repeat it, and numbered for the graph build. */
  readonly bylines = new NumberedBylinesBuilder();

  add(record: PaperRecord): void {
    const text = this.#text;
    text.id.push(record.id);
    text.title.push(record.title);
    text.abstract.push(record.abstract);
    text.published.push(record.published);
    text.venue.push(record.venue);
    text.url.push(record.url);
    text.arxiv.push(record.externalIds?.arxiv);
    text.doi.push(record.externalIds?.doi);
    text.dblp.push(record.externalIds?.dblp);
    text.categories.push(record.categories?.join(CATEGORY_SEPARATOR));
    this.#years.push(record.year ?? Number.NaN);
    this.#codeImplementations.push(record.codeImplementations ?? Number.NaN);
    this.bylines.add(record.authors);
  }

  /**
   * Adds a record read from the bytes of its line (see `ScannedRecord`),
   * as `add` adds the same record parsed: its text is never a string of its own.
   *
   * @example builder.addScanned(reader); // a CanonicalLineReader is the record it last read
   */
  addScanned(record: ScannedRecord): void {
    const { bytes, starts, ends, units, ascii } = record;
    for (let f = 0; f < SCANNED_TEXT_FIELDS.length; f++) {
      const column = this.#text[SCANNED_TEXT_FIELDS[f]!];
      if (starts[f]! < 0) column.push(undefined);
      else column.pushUtf8(bytes, starts[f]!, ends[f]!, units[f]!, ascii[f] === 1);
    }
    this.#text.categories.push(record.categories);
    this.#years.push(record.year);
    this.#codeImplementations.push(record.codeImplementations);
    this.bylines.addNumbered(record.spellingIds, record.authorCount);
  }

  /**
   * Adds the records of `columns` (another builder's, say, that read the
   * rest of a file on another thread), in order, as if each had been added
   * here: text is joined as text and spellings renumbered, nothing parsed again.
   *
   * @example
   * builder.append(otherBuilder.columns());
   */
  append(columns: CompactColumns): void {
    for (const field of TEXT_FIELDS) this.#text[field].append(columns.text[field]);
    for (const year of columns.years) this.#years.push(year);
    for (const count of columns.codeImplementations) this.#codeImplementations.push(count);
    this.bylines.append(columns.bylines);
  }

  /**
   * The columns of `records`, as steps (see `Steps`): those behind them when
   * a builder made them, else gathered now, a slice of records at a time. A
   * graph build reads these rather than the records, and keeps their text
   * as its own.
   *
   * @example const columns = yield* CompactRecordsBuilder.columnsInSteps(records);
   */
  static *columnsInSteps(records: readonly PaperRecord[]): Steps<CompactColumns> {
    const known = columnsOfRecords.get(records);
    if (known !== undefined) return known;
    const builder = new CompactRecordsBuilder();
    for (let record = 0; record < records.length; record++) {
      if (record % RECORDS_PER_STEP === 0) yield;
      builder.add(records[record]!);
    }
    return builder.columns();
  }

  /**
   * The numbered bylines of `records` (see `columnsInSteps`), as steps:
   * when no builder made them, the bylines alone are numbered, no text gathered.
   *
   * @example const { spellings } = yield* CompactRecordsBuilder.bylinesInSteps(records);
   */
  static *bylinesInSteps(records: readonly PaperRecord[]): Steps<NumberedBylines> {
    const known = columnsOfRecords.get(records);
    if (known !== undefined) return known.bylines;
    const bylines = new NumberedBylinesBuilder();
    for (let record = 0; record < records.length; record++) {
      if (record % RECORDS_PER_STEP === 0) yield;
      bylines.add(records[record]!.authors);
    }
    return bylines.build();
  }

  /** The records added, in order (see `recordsInSteps`). */
  build(): readonly PaperRecord[] {
    return runAtOnce(CompactRecordsBuilder.recordsInSteps(this.columns()));
  }

  /**
   * The records of `columns`, in order, as views that read each field when
   * asked; frozen, since `columnsInSteps` answers for exactly these records.
   * As steps (see `Steps`): a million views take half a second, too long to
   * make at once while a server answers.
   *
   * @example const records = yield* CompactRecordsBuilder.recordsInSteps(columns);
   */
  static *recordsInSteps(columns: CompactColumns): Steps<readonly PaperRecord[]> {
    const { spellings } = columns.bylines;
    const spelling = (n: number): string => spellings[n]!;
    // As long as the records from the start, not pushed: an array outgrowing its store is copied into fresh memory each time.
    const views = new Array<PaperRecord>(columns.years.length);
    yield* inPieces(columns.years.length, (from, to) => {
      for (let row = from; row < to; row++) views[row] = new RecordView(columns, row, spelling);
    });
    const records = Object.freeze(views);
    columnsOfRecords.set(records, columns);
    return records;
  }

  /**
   * Record `row` of `columns`, a view that reads each field when asked,
   * spelling n of its byline being `spelling(n)`: for columns that hold
   * their spellings otherwise than as an array (see `HeldRecords`).
   *
   * @example CompactRecordsBuilder.recordAt(columns, 0, (n) => spellings.get(n)!).title
   */
  static recordAt(columns: RecordColumns, row: number, spelling: (n: number) => string): PaperRecord {
    return new RecordView(columns, row, spelling);
  }

  /** The records added, as columns; a builder is done once it has given them (as once it has built). */
  columns(): CompactColumns {
    return {
      text: Object.fromEntries(TEXT_FIELDS.map((field) => [field, this.#text[field].build()])) as Record<TextField, StringColumn>,
      years: Float64Array.from(this.#years),
      codeImplementations: Float64Array.from(this.#codeImplementations),
      bylines: this.bylines.build(),
    };
  }
}

/** One record read back from the columns; each field is read when asked for. */
class RecordView implements PaperRecord {
  readonly #columns: RecordColumns;
  readonly #row: number;
  readonly #spelling: (n: number) => string;

  constructor(columns: RecordColumns, row: number, spelling: (n: number) => string) {
    this.#columns = columns;
    this.#row = row;
    this.#spelling = spelling;
  }

  get authors(): readonly string[] {
    const { offsets, spellingIds } = this.#columns.bylines;
    const authors: string[] = [];
    for (let k = offsets[this.#row]!; k < offsets[this.#row + 1]!; k++) authors.push(this.#spelling(spellingIds[k]!));
    return authors;
  }

  get id(): string | undefined {
    return this.#text('id');
  }

  get title(): string | undefined {
    return this.#text('title');
  }

  get abstract(): string | undefined {
    return this.#text('abstract');
  }

  get published(): string | undefined {
    return this.#text('published');
  }

  get venue(): string | undefined {
    return this.#text('venue');
  }

  get url(): string | undefined {
    return this.#text('url');
  }

  get year(): number | undefined {
    return this.#number(this.#columns.years);
  }

  get codeImplementations(): number | undefined {
    return this.#number(this.#columns.codeImplementations);
  }

  get categories(): readonly string[] | undefined {
    const joined = this.#text('categories');
    if (joined === undefined) return undefined;
    return joined === '' ? [] : joined.split(CATEGORY_SEPARATOR);
  }

  get externalIds(): ExternalIds | undefined {
    let ids: { -readonly [K in keyof ExternalIds]: ExternalIds[K] } | undefined;
    for (const field of EXTERNAL_ID_FIELDS) {
      const id = this.#text(field);
      if (id !== undefined) (ids ??= {})[field] = id;
    }
    return ids;
  }

  #text(field: TextField): string | undefined {
    return this.#columns.text[field].get(this.#row);
  }

  #number(column: Float64Array): number | undefined {
    const value = column[this.#row]!;
    return Number.isNaN(value) ? undefined : value;
  }
}
