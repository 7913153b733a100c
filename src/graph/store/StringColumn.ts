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
const CHUNK_CHARS = 1 << 26;
// Rows added between pauses when a column is built in steps.
const ROWS_PER_STEP = 65536;

/**
 * A column of optional strings, one per row, held as a few long strings and
 * the row ends in each: a million titles are some hundreds of strings and
 * typed arrays, not a million objects for the collector to trace, and a
 * snapshot stores and reads them as they are. A row read is a slice of its
 * chunk's text.
 *
 * @example
 * const titles = StringColumn.of(['Constitutional AI', undefined]);
 * titles.get(0) // 'Constitutional AI'
 * titles.get(1) // undefined
 */
export class StringColumn {
  readonly length: number;
  /** firstRows[c] is the first row of chunk c; one more entry holds `length`. */
  readonly #firstRows: Uint32Array;
  /** Whether every chunk but the last holds `CHUNK_ROWS` rows, as all do unless long text sealed one early: a row's chunk is then a division away. */
  readonly #fullChunks: boolean;

  constructor(readonly chunks: readonly StringChunk[]) {
    this.#firstRows = new Uint32Array(chunks.length + 1);
    chunks.forEach((chunk, c) => (this.#firstRows[c + 1] = this.#firstRows[c]! + chunk.ends.length));
    this.length = this.#firstRows[chunks.length]!;
    this.#fullChunks = chunks.every(({ ends }, c) => ends.length === CHUNK_ROWS || c === chunks.length - 1);
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

  get(row: number): string | undefined {
    const c = this.#chunkOf(row);
    const { text, ends } = this.chunks[c]!;
    const k = row - this.#firstRows[c]!;
    const end = ends[k]!;
    if (end & ABSENT) return undefined;
    return text.slice(k === 0 ? 0 : ends[k - 1]! & ~ABSENT, end);
  }

  /**
   * Calls `visit` once for every row, in row order, that contains `needle`;
   * one `indexOf` over each chunk rather than one per row. A match that runs
   * from one row into the next does not count.
   *
   * @example titles.forEachRowContaining('constitutional', (row) => hits.push(row));
   */
  forEachRowContaining(needle: string, visit: (row: number) => void): void {
    if (needle === '') {
      for (let row = 0; row < this.length; row++) visit(row);
      return;
    }
    this.chunks.forEach(({ text, ends }, c) => {
      let at = text.indexOf(needle);
      while (at !== -1) {
        const k = rowAt(ends, at);
        const end = ends[k]! & ~ABSENT;
        if (at + needle.length <= end) {
          visit(this.#firstRows[c]! + k);
          at = text.indexOf(needle, Math.max(end, at + 1));
        } else {
          at = text.indexOf(needle, at + 1);
        }
      }
    });
  }

  #chunkOf(row: number): number {
    if (row < 0 || row >= this.length) throw new RangeError(`row ${row} is outside a column of ${this.length} rows`);
    if (this.#fullChunks) return Math.floor(row / CHUNK_ROWS);
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.#firstRows[middle]! <= row) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** The row of a chunk whose text holds offset `at`: the first whose end is past it. */
function rowAt(ends: Uint32Array, at: number): number {
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
  #ends: number[] = [];
  #chars = 0;

  push(value: string | undefined): void {
    if (value !== undefined && this.#chars + value.length > CHUNK_CHARS && this.#ends.length > 0) this.#seal();
    if (value !== undefined) {
      this.#texts.push(value);
      this.#chars += value.length;
    }
    this.#ends.push(value === undefined ? (this.#chars | ABSENT) >>> 0 : this.#chars);
    if (this.#ends.length === CHUNK_ROWS) this.#seal();
  }

  build(): StringColumn {
    if (this.#ends.length > 0 || this.#chunks.length === 0) this.#seal();
    return new StringColumn(this.#chunks);
  }

  #seal(): void {
    this.#chunks.push({ text: this.#texts.join(''), ends: Uint32Array.from(this.#ends) });
    this.#texts = [];
    this.#ends = [];
    this.#chars = 0;
  }
}
