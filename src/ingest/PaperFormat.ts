import type { IngestContext } from './IngestContext.ts';
import type { PaperRecord } from './PaperRecord.ts';

/**
 * A source format the importers understand. Each format lives in its own
 * module and is listed once in `paperFormats.ts`; the CLI, the server and
 * format detection all go through that list.
 *
 * @example
 * for await (const record of snapFormat.read('CA-GrQc.txt', context)) records.push(record);
 */
export interface PaperFormat {
  /** The name users give to `--from` / `--format`, e.g. `bibtex`. */
  readonly name: string;
  /** One line for `--help`. */
  readonly description: string;
  /** Lower-case file name endings that suggest this format, e.g. `['.bib']`. */
  readonly extensions: readonly string[];
  /**
   * Whether a file whose first bytes are `head` looks like this format. The
   * head is up to 64 KiB, without a UTF-8 byte order mark, decoded as latin1
   * (so a UTF-8 "•" arrives as three characters); its last line may be cut off.
   */
  looksLike(head: string): boolean;
  /**
   * The records of the file at `path`, in file order. Formats that can be
   * large stream: memory must not grow with the file. Defects go through
   * `context.reject` (which throws when strict) and oddities through
   * `context.warn`; a rejected record is skipped, never half-imported.
   */
  read(path: string, context: IngestContext): AsyncIterable<PaperRecord>;
  /**
   * For formats of many small records: the records of `read`, the same
   * ones with the same problems reported, handed on in batches (a chunk of
   * the file each), so that a reader of millions of records takes a few
   * asynchronous steps per chunk rather than several per record.
   */
  readBatches?(path: string, context: IngestContext): AsyncIterable<readonly PaperRecord[]>;
  /**
   * For formats whose files make one whole, such as a BibTeX database whose
   * macros and crossref targets may sit in any of its files: the records of
   * all `paths` read together, each file's problems going to
   * `contextFor(path)`, called once per path, in order. `import` gives it
   * every file of this format at once; formats without it are read file by
   * file with `read`.
   */
  readFiles?(paths: readonly string[], contextFor: (path: string) => IngestContext): AsyncIterable<PaperRecord>;
}
