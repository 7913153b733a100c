import type { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import type { IngestContext } from './IngestContext.ts';
import { cannotRead } from './cannotRead.ts';
import { NOT_UTF8 } from './readTextFile.ts';

/** One line of a text file, without its line ending. */
export interface TextLine {
  /** 1-based, as an editor shows it. */
  readonly number: number;
  readonly text: string;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = '\r';
const CHUNK_BYTES = 1 << 20;

/**
 * The lines of a UTF-8 file, read a chunk at a time so that memory does not
 * grow with the file. Accepts CRLF endings, a missing final newline and a
 * leading byte order mark. A line whose bytes are not UTF-8 goes to
 * `context.reject` (strict: the read ends; lenient: the line is left out)
 * rather than being decoded into U+FFFD. Reports the bytes consumed to
 * `context.progress` after each chunk.
 *
 * Unlike `node:readline`, it decodes strictly and knows how many bytes it
 * has consumed, which the progress display needs.
 *
 * @example
 * for await (const { number, text } of readLines('papers.jsonl', context)) handle(number, text);
 */
export async function* readLines(path: string, context: IngestContext): AsyncGenerator<TextLine, void, undefined> {
  const stream = await openStream(path);
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let pending: Buffer[] = [];
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
        pending.push(chunk);
      } else {
        const block = Buffer.concat([...pending, chunk.subarray(0, end)]);
        pending = [chunk.subarray(end + 1)];
        for (const text of decodeLines(block)) {
          lastNumber += 1;
          const line = checkedLine(lastNumber, text, context);
          if (line !== undefined) yield line;
        }
      }
      context.progress(bytesRead);
    }
    const rest = Buffer.concat(pending);
    if (rest.length > 0) {
      const [text] = decodeLines(rest);
      const line = checkedLine(lastNumber + 1, text, context);
      if (line !== undefined) yield line;
    }
  } finally {
    stream.destroy();
  }
}

async function openStream(path: string): Promise<ReadStream> {
  try {
    return (await open(path)).createReadStream({ highWaterMark: CHUNK_BYTES });
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

/** The lines of `block` (which holds whole lines), `undefined` for each line that is not UTF-8. */
function decodeLines(block: Buffer): (string | undefined)[] {
  try {
    return strictDecoder().decode(block).split('\n');
  } catch {
    // Rare: decode line by line to find which lines are bad.
    const lines: (string | undefined)[] = [];
    for (let start = 0; start <= block.length; ) {
      const found = block.indexOf(NEWLINE, start);
      const end = found === -1 ? block.length : found;
      try {
        lines.push(strictDecoder().decode(block.subarray(start, end)));
      } catch {
        lines.push(undefined);
      }
      start = end + 1;
    }
    return lines;
  }
}

function checkedLine(number: number, text: string | undefined, context: IngestContext): TextLine | undefined {
  if (text === undefined) {
    context.reject(number, NOT_UTF8);
    return undefined;
  }
  const withoutCr = text.endsWith(CARRIAGE_RETURN) ? text.slice(0, -1) : text;
  return { number, text: number === 1 && withoutCr.startsWith('\uFEFF') ? withoutCr.slice(1) : withoutCr };
}

function strictDecoder(): TextDecoder {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}
