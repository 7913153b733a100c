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
  /** Whether a file whose first bytes (up to 64 KiB, decoded as latin1) are `head` looks like this format. */
  looksLike(head: string): boolean;
  /**
   * The records of the file at `path`, in file order. Formats that can be
   * large stream: memory must not grow with the file. Defects go through
   * `context.reject` (which throws when strict) and oddities through
   * `context.warn`; a rejected record is skipped, never half-imported.
   */
  read(path: string, context: IngestContext): AsyncIterable<PaperRecord>;
}
