import type { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import type { IngestContext } from './IngestContext.ts';
import { cannotRead } from './cannotRead.ts';
import { eachItem } from './eachItem.ts';
import { NOT_UTF8 } from './readTextFile.ts';

/** One line of a text file, without its line ending. */
export interface TextLine {
  /** 1-based, as an editor shows it. */
  readonly number: number;
  readonly text: string;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = '\r';
// The bytes read at a time, whose lines are handed on as one batch: small
// enough that a batch's records are parsed, used and let go before the young
// generation fills. Batches of 1 MiB (some 4,000 records) outlived it, and
// nearly every record was copied into the old generation: on half a million
// records, 535 MB promoted and 0.5 s of scavenges, against 107 MB and 0.16 s
// at 128 KiB, and a second less of CPU in all.
const CHUNK_BYTES = 1 << 17;

/**
 * The longest line `readLines` accepts by default: far above any real record
 * (a paper with 20,000 authors is about 1 MiB of JSON) and far below V8's
 * longest string (2^29 - 24 UTF-16 units, about 512 MiB), past which a line
 * could not be decoded at all; it also bounds the memory one line can take.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** Bytes `start` (inclusive) to `end` (exclusive) of a file. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

export interface LineReadOptions {
  /** Longer lines are refused (see `MAX_LINE_BYTES`, the default). */
  readonly maxLineBytes?: number;
  /**
   * Only these bytes of the file, which must begin at the start of a line;
   * lines are then numbered from 1 at `range.start`, and a byte order mark
   * is dropped only where the range begins the file.
   */
  readonly range?: ByteRange;
}

/** A line that cannot be imported, and why. */
interface LineDefect {
  readonly defect: string;
}

/**
 * The lines of a UTF-8 file, read a chunk at a time so that memory does not
 * grow with the file. Accepts CRLF endings, a missing final newline and a
 * leading byte order mark. A line whose bytes are not UTF-8, or that is
 * longer than `maxLineBytes`, goes to `context.reject` (strict: the read
 * ends; lenient: the line is left out) rather than being decoded into
 * U+FFFD or held in memory whole: past the maximum its bytes are only
 * counted. Reports the bytes consumed to `context.progress` after each chunk.
 *
 * Unlike `node:readline`, it decodes strictly and knows how many bytes it
 * has consumed, which the progress display needs.
 *
 * @example
 * for await (const { number, text } of readLines('papers.jsonl', context)) handle(number, text);
 */
export function readLines(path: string, context: IngestContext, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<TextLine, void, undefined> {
  return eachItem(readLineBatches(path, context, { maxLineBytes }));
}

/**
 * The lines of `readLines`, handed on as one array per chunk read (about
 * 128 KiB): a reader of millions of short lines then takes a few asynchronous
 * steps per chunk rather than per line. A line's defect is reported after
 * the lines before it are handed on, as `readLines` does. Returns the
 * number of lines read (blank and refused ones included).
 *
 * @example
 * for await (const lines of readLineBatches('papers.jsonl', context)) for (const { number, text } of lines) handle(number, text);
 */
export async function* readLineBatches(path: string, context: IngestContext, options: LineReadOptions = {}): AsyncGenerator<TextLine[], number, undefined> {
  const blocks = readLineBlocks(path, context, options);
  for (;;) {
    const next = await blocks.next();
    if (next.done === true) return next.value;
    const block = next.value;
    let lines: TextLine[] = [];
    let number = block.firstNumber;
    for (const text of decodeLines(block.bytes, block.maxLineBytes)) {
      if (typeof text !== 'string' && lines.length > 0) {
        // The lines before a defect are handed on before it is reported (which ends a strict read).
        yield lines;
        lines = [];
      }
      const line = checkedLine(number, text, context, block.fileStart && number === block.firstNumber);
      number += 1;
      if (line !== undefined) lines.push(line);
    }
    if (lines.length > 0) yield lines;
  }
}

/**
 * Whole lines of a file as they are on disk, not yet decoded: lines
 * `firstNumber`, `firstNumber + 1`, … end to end, a newline between two
 * and none after the last. A reader that can take most lines from their
 * bytes reads them here, and hands any other to `lineAt`.
 */
export interface LineBlock {
  readonly bytes: Buffer;
  /** Where each line ends in `bytes` (its newline, or the end of the block for the last), found once for the block's readers. */
  readonly lineEnds: Uint32Array;
  readonly firstNumber: number;
  /** Whether the block's first line is the file's first, whose byte order mark is no part of it. */
  readonly fileStart: boolean;
  readonly maxLineBytes: number;
}

/**
 * The lines of `readLines` as blocks of bytes (see `LineBlock`), one a
 * chunk read: nothing is decoded. A line found longer than `maxLineBytes`
 * while it still runs on into the next chunk goes to `context.reject`
 * here, its bytes never kept; any other line too long is in a block, for
 * the reader of the block to refuse (`lineAt` does). Returns the number of
 * lines read.
 *
 * @example
 * for await (const block of readLineBlocks('papers.jsonl', context)) handle(block);
 */
export async function* readLineBlocks(
  path: string,
  context: IngestContext,
  { maxLineBytes = MAX_LINE_BYTES, range }: LineReadOptions = {},
): AsyncGenerator<LineBlock, number, undefined> {
  const stream = await openStream(path, range);
  const fileStart = (range?.start ?? 0) === 0;
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  // The start of the line that the next chunk continues, or, once that line
  // is over the maximum, only its length so far.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlongBytes: number | undefined;
  const keep = (bytes: Buffer) => {
    if (overlongBytes !== undefined) {
      overlongBytes += bytes.length;
      return;
    }
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes > maxLineBytes) {
      overlongBytes = pendingBytes;
      pending = [];
      pendingBytes = 0;
    }
  };
  const blockOf = (bytes: Buffer, firstNumber: number): LineBlock => ({ bytes, lineEnds: lineEndsOf(bytes), firstNumber, fileStart: fileStart && firstNumber === 1, maxLineBytes });
  let lastNumber = 0;
  let bytesRead = 0;
  try {
    for (;;) {
      const next = await nextChunk(chunks, path);
      if (next.done === true) break;
      const chunk = next.value;
      bytesRead += chunk.length;
      const end = chunk.lastIndexOf(NEWLINE);
      if (end === -1) {
        keep(chunk);
      } else {
        let start = 0;
        if (overlongBytes !== undefined) {
          const first = chunk.indexOf(NEWLINE);
          lastNumber += 1;
          checkedLine(lastNumber, tooLong(overlongBytes + first, maxLineBytes), context, false);
          overlongBytes = undefined;
          start = first + 1;
        }
        if (start <= end) {
          const block = blockOf(Buffer.concat([...pending, chunk.subarray(start, end)]), lastNumber + 1);
          yield block;
          lastNumber += block.lineEnds.length;
        }
        pending = [];
        pendingBytes = 0;
        keep(chunk.subarray(end + 1));
      }
      context.progress(bytesRead);
    }
    if (overlongBytes !== undefined) {
      checkedLine(++lastNumber, tooLong(overlongBytes, maxLineBytes), context, false);
    } else if (pendingBytes > 0) {
      yield blockOf(Buffer.concat(pending), ++lastNumber);
    }
    return lastNumber;
  } finally {
    stream.destroy();
  }
}

/**
 * Line `number` of `block`, the bytes `start .. end` of it, as `readLines`
 * hands it on: decoded, without a carriage return at its end or the file's
 * byte order mark; `undefined`, the defect sent to `context.reject`, for a
 * line too long or not UTF-8.
 *
 * @example const line = lineAt(block, start, end, number, context);
 */
export function lineAt(block: LineBlock, start: number, end: number, number: number, context: IngestContext): TextLine | undefined {
  const text = end - start > block.maxLineBytes ? tooLong(end - start, block.maxLineBytes) : decodeLine(block.bytes.subarray(start, end));
  return checkedLine(number, text, context, block.fileStart && number === block.firstNumber);
}

function lineEndsOf(bytes: Buffer): Uint32Array {
  const ends: number[] = [];
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) ends.push(at);
  ends.push(bytes.length);
  return Uint32Array.from(ends);
}

function tooLong(bytes: number, maxLineBytes: number): LineDefect {
  return { defect: `line is ${bytes.toLocaleString('en-US')} bytes, over the maximum of ${maxLineBytes.toLocaleString('en-US')}` };
}

async function openStream(path: string, range: ByteRange | undefined): Promise<ReadStream> {
  try {
    return (await open(path)).createReadStream({ highWaterMark: CHUNK_BYTES, start: range?.start, end: range === undefined ? undefined : range.end - 1 });
  } catch (error) {
    throw cannotRead(path, error);
  }
}

async function nextChunk(chunks: AsyncIterator<Buffer>, path: string): Promise<IteratorResult<Buffer>> {
  try {
    return await chunks.next();
  } catch (error) {
    throw cannotRead(path, error);
  }
}

/** The lines of `block` (which holds whole lines), a defect in place of each line that is too long or not UTF-8. */
function decodeLines(block: Buffer, maxLineBytes: number): (string | LineDefect)[] {
  if (block.length <= maxLineBytes) {
    try {
      return strictDecoder().decode(block).split('\n');
    } catch (error) {
      if (!isEncodingError(error)) throw error;
    }
  }
  // Rare: line by line, to find which lines are bad.
  const lines: (string | LineDefect)[] = [];
  for (let start = 0; start <= block.length; ) {
    const found = block.indexOf(NEWLINE, start);
    const end = found === -1 ? block.length : found;
    lines.push(end - start > maxLineBytes ? tooLong(end - start, maxLineBytes) : decodeLine(block.subarray(start, end)));
    start = end + 1;
  }
  return lines;
}

function decodeLine(bytes: Buffer): string | LineDefect {
  try {
    return strictDecoder().decode(bytes);
  } catch (error) {
    if (!isEncodingError(error)) throw error;
    return { defect: NOT_UTF8 };
  }
}

/** The decoder's refusal of bytes that are not UTF-8, and nothing else (not a string too long to make). */
function isEncodingError(error: unknown): boolean {
  return error instanceof TypeError && (error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
}

/** `text`, line `number`, as a line to hand on; `fileFirst` says whether it is the file's first line, where a byte order mark may stand. */
function checkedLine(number: number, text: string | LineDefect, context: IngestContext, fileFirst: boolean): TextLine | undefined {
  if (typeof text !== 'string') {
    context.reject(number, text.defect);
    return undefined;
  }
  const withoutCr = text.endsWith(CARRIAGE_RETURN) ? text.slice(0, -1) : text;
  return { number, text: fileFirst && withoutCr.startsWith('\uFEFF') ? withoutCr.slice(1) : withoutCr };
}

function strictDecoder(): TextDecoder {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}
