import type { PaperRecord } from './PaperRecord.ts';
import { type ReadPaperFilesOptions, readPaperFiles } from './readPaperFiles.ts';

/**
 * Reads every record of one paper file in any supported format, into memory
 * (see `readPaperFiles`).
 *
 * @example
 * const records = await readPaperFile('fixtures/seed.txt');
 * records.length; // 6
 */
export function readPaperFile(path: string, options: ReadPaperFilesOptions = {}): Promise<readonly PaperRecord[]> {
  return readPaperFiles([path], options);
}
