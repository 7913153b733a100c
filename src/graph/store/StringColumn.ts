import type { Steps } from './steps/Steps.ts';

/**
 * One piece of a `StringColumn`: the text of its rows end to end, and where
 * each row ends in it. An absent row has `ABSENT` set in its end.
 */
export interface StringChunk {
  readonly text: string;
  readonly ends: Uint32Array;
}

/** Marks an absent row in `StringChunk.ends`; chunk texts stay far shorter than 2^31. */
export const ABSENT = 0x80000000;

// A chunk is sealed at this many rows or characters, whichever comes first:
// short enough that a reader decodes one between two turns of the event
// loop, and far below V8's longest string (2^29 characters) whatever the rows hold.
const CHUNK_ROWS = 4096;
/** Chunks beyond what its rows need that a column `gather` made may carry before it is stored anew: one a merge, so about one copy of a column per 64 merges. */
const MAX_GATHERED_CHUNKS = 64;
const CHUNK_CHARS = 1 << 26;
// Rows added between pauses when a column is built in steps.
const ROWS_PER_STEP = 65536;
// The ends of a chunk of absent rows, shared by every such chunk; never written after this.
const ABSENT_ROWS = new Uint32Array(CHUNK_ROWS).fill(ABSENT);

/**
 * A column of optional strings, one per row, held as a few long strings and
 * the row ends in each: a million titles are some hundreds of strings and
 * typed arrays, not a million objects for the collector to trace, and a
 * snapshot stores and reads them as they are. A row read is a slice of its
 * chunk's text. With an `order`, row r is stored at `order[r]`: a column
 * gathered in one order (records as read) serves in another (papers newest
 * first) without a second copy of its text, and a column changed by a few
 * rows (see `gather`) shares the text of the rows it keeps.
 *
 * @example
 * const titles = StringColumn.of(['Constitutional AI', undefined]);
 * titles.get(0) // 'Constitutional AI'
 * titles.get(1) // undefined
 * titles.withOrder(Uint32Array.of(1, 0)).get(0) // undefined
 */
export class StringColumn {
  readonly length: number;
  /** firstRows[c] is the first stored row of chunk c; one more entry holds the number of stored rows. */
  readonly #firstRows: Uint32Array;
  /** Whether every chunk but the last holds `CHUNK_ROWS` rows, as all do unless long text sealed one early: a row's chunk is then a division away. */
  readonly #fullChunks: boolean;
  /** The row stored at each place (`NOT_A_ROW` for a place `order` leaves out), the inverse of `order`, made when a search first needs it. */
  #rowAt: Uint32Array | undefined;

  constructor(
    readonly chunks: readonly StringChunk[],
    readonly order?: Uint32Array,
  ) {
    this.#firstRows = new Uint32Array(chunks.length + 1);
    chunks.forEach((chunk, c) => (this.#firstRows[c + 1] = this.#firstRows[c]! + chunk.ends.length));
    const stored = this.#firstRows[chunks.length]!;
    this.length = order?.length ?? stored;
    if (order !== undefined && order.length > stored) throw new RangeError(`an order of ${order.length} rows for a column of ${stored} stored rows`);
    this.#fullChunks = chunks.every(({ ends }, c) => ends.length === CHUNK_ROWS || c === chunks.length - 1);
  }

  /**
   * A column sent to another thread, which receives its fields (chunks and
   * order), not its class.
   *
   * @example const titles = StringColumn.revive(message.title);
   */
  static revive({ chunks, order }: Pick<StringColumn, 'chunks' | 'order'>): StringColumn {
    return new StringColumn(chunks, order);
  }

  static of(values: Iterable<string | undefined>): StringColumn {
    const builder = new StringColumnBuilder();
    for (const value of values) builder.push(value);
    return builder.build();
  }

  /** `StringColumn.of(values)` as steps (see `Steps`), for a million keys built while a server answers. */
  static *inSteps(values: readonly (string | undefined)[]): Steps<StringColumn> {
    const builder = new StringColumnBuilder();
    for (let row = 0; row < values.length; row++) {
      if (row % ROWS_PER_STEP === 0) yield;
      builder.push(values[row]);
    }
    return builder.build();
  }

  /**
   * The same text with row r read from this column's row `order[r]`,
   * `order` holding every row once (a permutation); nothing is copied.
   *
   * @example papersNewestFirst = titlesAsRead.withOrder(recordOfPaper);
   */
  withOrder(order: Uint32Array): StringColumn {
    if (this.order !== undefined) throw new RangeError('the column is in an order already');
    if (order.length !== this.length) throw new RangeError(`an order of ${order.length} rows for a column of ${this.length}`);
    return new StringColumn(this.chunks, order);
  }

  /**
   * The column whose row r is this column's row `rows[r]`, or, for
   * `rows[r]` at or past `length`, the value `added[rows[r] - length]`: the
   * text of the rows kept is shared, not copied, and rows left out stay
   * stored but unread. For a column a few rows change in. Each gather
   * that adds rows adds a chunk, and a short chunk among full ones turns
   * finding a row's chunk into a search: once `MAX_GATHERED_CHUNKS` more
   * chunks than the rows need have piled up, the rows are stored anew, in
   * order, and the rows left out are let go. As steps (see `Steps`): a
   * million titles stored anew at once held the reads of a server that
   * took changes for 0.2 s.
   *
   * @example yield* StringColumn.of(['a', 'b', 'c']).gather(Uint32Array.of(2, 3, 0), ['z']) // rows 'c', 'z', 'a'
   */
  *gather(rows: Uint32Array, added: readonly (string | undefined)[], order?: Uint32Array): Steps<StringColumn> {
    const chunks = added.length === 0 ? this.chunks : [...this.chunks, ...StringColumn.of(added).chunks];
    const gathered = new StringColumn(chunks, order ?? this.fillGatheredOrder(rows, new Uint32Array(rows.length), 0, rows.length));
    if (chunks.length <= Math.ceil(rows.length / CHUNK_ROWS) + MAX_GATHERED_CHUNKS) return gathered;
    const builder = new StringColumnBuilder();
    for (let row = 0; row < gathered.length; row++) {
      if (row % ROWS_PER_STEP === 0) yield;
      builder.push(gathered.get(row));
    }
    return builder.build();
  }

  /**
   * Writes rows `from .. to - 1` of the `order` of `gather(rows, …)` into
   * `order`, and returns it: where each row is stored. Columns built side
   * by side (a paper's title, abstract, …) share their order, and so their
   * gathered order: `gather` takes it made once for all, in pieces.
   *
   * @example const order = titles.fillGatheredOrder(rows, new Uint32Array(rows.length), 0, rows.length); titles.gather(rows, addedTitles, order);
   */
  fillGatheredOrder(rows: Uint32Array, order: Uint32Array, from: number, to: number): Uint32Array {
    const stored = this.#firstRows[this.chunks.length]!;
    const own = this.order;
    for (let r = from; r < to; r++) {
      const row = rows[r]!;
      order[r] = row >= this.length ? stored + row - this.length : own === undefined ? row : own[row]!;
    }
    return order;
  }

  /**
   * Whether `fillGatheredOrder` gives this column and `other` the same order
   * for the same rows: the same rows stored, read through the same order.
   */
  gathersAs(other: StringColumn): boolean {
    return this.order === other.order && this.length === other.length && this.#firstRows[this.chunks.length] === other.#firstRows[other.chunks.length];
  }

  get(row: number): string | undefined {
    if (!(row >= 0 && row < this.length)) throw new RangeError(`row ${row} is outside a column of ${this.length} rows`);
    const stored = this.order === undefined ? row : this.order[row]!;
    const c = this.#chunkOf(stored);
    const { text, ends } = this.chunks[c]!;
    const k = stored - this.#firstRows[c]!;
    const end = ends[k]!;
    if (end & ABSENT) return undefined;
    return text.slice(k === 0 ? 0 : ends[k - 1]! & ~ABSENT, end);
  }

  /**
   * Calls `visit` once for every row that contains `needle`, in the order
   * the rows are stored (row order unless the column has an `order`); one
   * `indexOf` over each chunk rather than one per row. A match that runs
   * from one row into the next does not count. With `ignoreCase`, ASCII
   * letters match in either case, as a RegExp's `i` flag matches them: a
   * row of ASCII text then matches a lower-case needle exactly when its
   * `toLowerCase()` contains it.
   *
   * @example titles.forEachRowContaining('constitutional', (row) => hits.push(row));
   */
  forEachRowContaining(needle: string, visit: (row: number) => void, { ignoreCase = false }: { ignoreCase?: boolean } = {}): void {
    const rowAt = this.#storedRows();
    const visitStored = (stored: number) => {
      if (rowAt === undefined) visit(stored);
      else if (rowAt[stored] !== NOT_A_ROW) visit(rowAt[stored]!);
    };
    if (needle === '') {
      for (let stored = 0; stored < this.#firstRows[this.chunks.length]!; stored++) visitStored(stored);
      return;
    }
    const indexOf = ignoreCase ? indexIgnoringCase(needle) : (text: string, from: number) => text.indexOf(needle, from);
    this.chunks.forEach(({ text, ends }, c) => {
      let at = indexOf(text, 0);
      while (at !== -1) {
        const k = rowInChunkAt(ends, at);
        const end = ends[k]! & ~ABSENT;
        if (at + needle.length <= end) {
          visitStored(this.#firstRows[c]! + k);
          at = indexOf(text, Math.max(end, at + 1));
        } else {
          at = indexOf(text, at + 1);
        }
      }
    });
  }

  #storedRows(): Uint32Array | undefined {
    if (this.order === undefined || this.#rowAt !== undefined) return this.#rowAt;
    const rowAt = new Uint32Array(this.#firstRows[this.chunks.length]!).fill(NOT_A_ROW);
    this.order.forEach((stored, row) => (rowAt[stored] = row));
    return (this.#rowAt = rowAt);
  }

  /** The chunk of stored row `stored`, which is within the column. */
  #chunkOf(stored: number): number {
    if (this.#fullChunks) return Math.floor(stored / CHUNK_ROWS);
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.#firstRows[middle]! <= stored) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** In `#rowAt`, a stored row the order leaves out. */
const NOT_A_ROW = 0xffffffff;

/**
 * Where `needle` first occurs in a text from `from` on, letters in either
 * case: a RegExp with the `i` flag and without `u`, which matches no
 * character of 128 or more to one below (not 'ſ' to 's'), and matches one
 * character per character of the needle, so a match is as long as it. On
 * long texts it beats lower-casing them first by twice or more.
 */
function indexIgnoringCase(needle: string): (text: string, from: number) => number {
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  return (text, from) => {
    pattern.lastIndex = from;
    return pattern.test(text) ? pattern.lastIndex - needle.length : -1;
  };
}

/** The row of a chunk whose text holds offset `at`: the first whose end is past it. */
function rowInChunkAt(ends: Uint32Array, at: number): number {
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ends[middle]! & ~ABSENT) > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Makes a `StringColumn` a row at a time, sealing chunks as it goes, so the
 * rows are never all held as separate strings.
 *
 * @example
 * const builder = new StringColumnBuilder();
 * for (const record of records) builder.push(record.title);
 * const titles = builder.build();
 */
export class StringColumnBuilder {
  readonly #chunks: StringChunk[] = [];
  #texts: string[] = [];
  // The ends of the chunk being filled, `#rows` of them, `#absentRows` of those absent; grown as needed, up to `CHUNK_ROWS`, since most columns built are short.
  #ends = new Uint32Array(16);
  #rows = 0;
  #absentRows = 0;
  #chars = 0;

  // Rows pushed as UTF-8 (see `pushUtf8`) since the last row pushed as a
  // string: decoded once, as one text, when the chunk is sealed or a string follows.
  #bytes = Buffer.alloc(0);
  #byteLength = 0;
  #bytesAscii = true;

  push(value: string | undefined): void {
    if (value !== undefined && this.#chars + value.length > CHUNK_CHARS && this.#rows > 0) this.#seal();
    if (value !== undefined) {
      this.#decodeBytes();
      this.#texts.push(value);
      this.#chars += value.length;
    }
    this.#end(value === undefined);
    if (this.#rows === CHUNK_ROWS) this.#seal();
  }

  /**
   * Adds every row of `column`, in its stored order, into the same chunks
   * that pushing them one at a time would make: a column read in two
   * pieces and joined is the column read in one. Its text is sliced once a
   * run of rows that lands in one chunk, not once a row.
   *
   * @example
   * const builder = new StringColumnBuilder();
   * builder.push('a');
   * builder.append(StringColumn.of(['b', undefined]));
   * builder.build().get(1) // 'b'
   */
  append(column: StringColumn): void {
    if (column.order !== undefined) throw new RangeError('only a column in stored order can be appended');
    this.#decodeBytes();
    for (const { text, ends } of column.chunks) {
      // The first character of the text not yet handed to this builder.
      let from = 0;
      let start = 0;
      for (let k = 0; k < ends.length; k++) {
        const absent = (ends[k]! & ABSENT) !== 0;
        const end = ends[k]! & ~ABSENT;
        if (!absent && this.#chars + (end - start) > CHUNK_CHARS && this.#rows > 0) {
          this.#texts.push(text.slice(from, start));
          from = start;
          this.#seal();
        }
        this.#chars += end - start;
        this.#end(absent);
        if (this.#rows === CHUNK_ROWS) {
          this.#texts.push(text.slice(from, end));
          from = end;
          this.#seal();
        }
        start = end;
      }
      if (from < text.length) this.#texts.push(text.slice(from));
    }
  }

  /**
   * Pushes the row whose text is the UTF-8 bytes `start .. end` of `bytes`,
   * `units` UTF-16 units long once decoded, and all ASCII if `ascii`: a
   * reader that finds a field's value in a file's bytes hands it on
   * without making a string of it, and a run of such rows is decoded as
   * one text.
   *
   * @example builder.pushUtf8(Buffer.from('Constitutional AI'), 0, 17, 17, true);
   */
  pushUtf8(bytes: Uint8Array, start: number, end: number, units: number, ascii: boolean): void {
    if (this.#chars + units > CHUNK_CHARS && this.#rows > 0) this.#seal();
    const length = end - start;
    if (this.#byteLength + length > this.#bytes.length) {
      const larger = Buffer.allocUnsafe(Math.max(2 * this.#bytes.length, this.#byteLength + length, 4096));
      this.#bytes.copy(larger, 0, 0, this.#byteLength);
      this.#bytes = larger;
    }
    const held = this.#bytes;
    // Most values are a few dozen bytes: copied here rather than by a call into the runtime each.
    for (let from = start, to = this.#byteLength; from < end; from++, to++) held[to] = bytes[from]!;
    this.#byteLength += length;
    this.#bytesAscii &&= ascii;
    this.#chars += units;
    this.#end(false);
    if (this.#rows === CHUNK_ROWS) this.#seal();
  }

  build(): StringColumn {
    if (this.#rows > 0 || this.#chunks.length === 0) this.#seal();
    return new StringColumn(this.#chunks);
  }

  /** Ends the row being added where the text so far ends, marked absent if it is. */
  #end(absent: boolean): void {
    if (this.#rows === this.#ends.length) {
      const larger = new Uint32Array(2 * this.#ends.length);
      larger.set(this.#ends);
      this.#ends = larger;
    }
    this.#ends[this.#rows++] = absent ? (this.#chars | ABSENT) >>> 0 : this.#chars;
    if (absent) this.#absentRows++;
  }

  #decodeBytes(): void {
    if (this.#byteLength === 0) return;
    this.#texts.push(this.#bytes.toString(this.#bytesAscii ? 'latin1' : 'utf8', 0, this.#byteLength));
    this.#byteLength = 0;
    this.#bytesAscii = true;
  }

  #seal(): void {
    this.#decodeBytes();
    const allAbsent = this.#absentRows === this.#rows;
    // Columns a data set never fills (abstracts, DOIs in generated data) share one array of absent rows: 16 KB a chunk otherwise.
    const ends = allAbsent ? ABSENT_ROWS.subarray(0, this.#rows) : this.#ends.slice(0, this.#rows);
    this.#chunks.push({ text: this.#texts.join(''), ends });
    this.#texts = [];
    this.#rows = 0;
    this.#absentRows = 0;
    this.#chars = 0;
  }
}
