import { createIngestContext } from './IngestContext.ts';
import type { PaperRecord } from './PaperRecord.ts';
import { detectFormat } from './detectFormat.ts';
import { findPaperFormat } from './findPaperFormat.ts';

export interface ReadPaperFileOptions {
  /** A format name from `paperFormats`; detected from the name and first bytes when absent. */
  readonly format?: string | undefined;
  /** Strict (the default): the first defective record fails the whole file. Lenient: defective records are left out. */
  readonly strict?: boolean;
}

/**
 * Reads every record of a paper file in any supported format, into memory.
 * Defects in the content are `IngestError`s that carry `path` exactly as
 * given, so messages point where the user pointed; an unknown format, an
 * undetectable one or an unreadable file is an `Error` naming the path and
 * the reason.
 *
 * @example
 * const records = await readPaperFile('fixtures/seed.txt');
 * records.length; // 6
 */
export async function readPaperFile(path: string, { format, strict = true }: ReadPaperFileOptions = {}): Promise<PaperRecord[]> {
  const chosen = format === undefined ? await detectFormat(path) : findPaperFormat(format);
  const [context] = createIngestContext(path, { strict });
  const records: PaperRecord[] = [];
  for await (const record of chosen.read(path, context)) records.push(record);
  return records;
}
