import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CompactRecordsBuilder } from './CompactRecordsBuilder.ts';
import { createIngestContext } from './IngestContext.ts';
import type { PaperRecord } from './PaperRecord.ts';
import { detectFormat } from './detectFormat.ts';
import { findPaperFormat } from './findPaperFormat.ts';
import { jsonLinesFormat } from './jsonl/jsonLinesFormat.ts';
import { readJsonLinesInto } from './jsonl/readJsonLinesInto.ts';
import { readJsonLinesOnTwoThreads } from './jsonl/readJsonLinesOnTwoThreads.ts';
import { type Input, planReads, readPlannedBatches } from './planReads.ts';

export interface ReadPaperFilesOptions {
  /** A format name from `paperFormats` for every file; each file's is detected from its name and first bytes when absent. */
  readonly format?: string | undefined;
  /** Strict (the default): the first defective record fails the whole read. Lenient: defective records are left out. */
  readonly strict?: boolean;
  /** Told of each file as its reading begins (0 bytes) and of the bytes of it consumed since, for progress display. */
  readonly onProgress?: (file: string, bytes: number) => void;
  /**
   * The records held in columns as they are read (see `CompactRecordsBuilder`)
   * rather than as parsed: a fraction of the memory, for a caller such as a
   * graph load that reads each field once or twice.
   */
  readonly compact?: boolean;
  /**
   * A compact read of a JSON Lines file on two threads, a worker reading
   * the last two fifths (see `readJsonLinesOnTwoThreads`): the same records either way. By
   * default when the machine has more than one core and the file
   * `TWO_THREADS_FROM_BYTES` or more; `true` for every such file, `false` for none.
   */
  readonly twoThreads?: boolean;
}

// From this size on, a JSON Lines file is read on two threads: below it,
// starting a worker (0.2–0.3 s) and joining its columns cost more than
// they save (a 23 MB file read in the same time either way).
const TWO_THREADS_FROM_BYTES = 64 * 1024 * 1024;

/**
 * Reads every record of one or more paper files, in any supported formats,
 * into memory, in the order given. Files of a format whose files make one
 * whole (BibTeX: macros and crossrefs in one file, entries in another) are
 * read together, as `import` does. Defects are `IngestError`s carrying each
 * path exactly as given; an unknown or undetectable format or an unreadable
 * file is an `Error` naming the path and the reason.
 *
 * @example
 * const records = await readPaperFiles(['abbrv.bib', 'literatur.bib', 'crossref.bib']);
 */
export async function readPaperFiles(
  paths: readonly string[],
  { format, strict = true, onProgress, compact = false, twoThreads }: ReadPaperFilesOptions = {},
): Promise<readonly PaperRecord[]> {
  const inputs: Input[] = [];
  for (const file of paths) inputs.push({ file, format: format === undefined ? await detectFormat(file) : findPaperFormat(format) });
  const contextFor = (file: string) => {
    onProgress?.(file, 0);
    return createIngestContext(file, { strict, onProgress: onProgress && ((bytes) => onProgress(file, bytes)) })[0];
  };
  const compactRecords = compact ? new CompactRecordsBuilder() : undefined;
  const records: PaperRecord[] = [];
  const onTwoThreads = (file: string) => twoThreads ?? (availableParallelism() > 1 && (statSync(file, { throwIfNoEntry: false })?.size ?? 0) >= TWO_THREADS_FROM_BYTES);
  for (const read of planReads(inputs)) {
    if (compactRecords !== undefined && read.format === jsonLinesFormat) {
      // Read from the bytes into the columns (see `CanonicalLineReader`), on two threads for a large file.
      const file = read.files[0]!;
      if (onTwoThreads(file)) await readJsonLinesOnTwoThreads(file, contextFor(file), compactRecords);
      else await readJsonLinesInto(compactRecords, file, contextFor(file));
      continue;
    }
    for await (const batch of readPlannedBatches(read, contextFor)) {
      for (const record of batch) {
        if (compactRecords === undefined) records.push(record);
        else compactRecords.add(record);
      }
    }
  }
  return compactRecords?.build() ?? records;
}
