import { readFile } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { IngestError } from './IngestError.ts';
import { cannotRead } from './cannotRead.ts';

const NEWLINE = 0x0a;

/** The reason given for a line whose bytes are not UTF-8. */
export const NOT_UTF8 = 'expected UTF-8 text, got bytes that are not valid UTF-8';

/**
 * Reads a whole file as UTF-8. Unlike `readFile(path, 'utf8')`, which would
 * silently turn bad bytes into U+FFFD and so into wrong author names, bytes
 * that are not UTF-8 are an `IngestError` on the line that holds them.
 * A leading byte order mark is kept; the parsers drop it.
 *
 * @example
 * const text = await readTextFile('fixtures/seed.txt');
 */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    return strictDecoder().decode(bytes);
  } catch {
    throw new IngestError(path, firstInvalidLine(bytes), NOT_UTF8);
  }
}

function strictDecoder(): TextDecoder {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}

function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const found = bytes.indexOf(NEWLINE, start);
    const end = found === -1 ? bytes.length : found;
    try {
      strictDecoder().decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (found === -1) break;
    line += 1;
    start = end + 1;
  }
  return line;
}
