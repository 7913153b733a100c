import { stat } from 'node:fs/promises';
import type { CompactColumns, CompactRecordsBuilder } from '../CompactRecordsBuilder.ts';
import type { IngestContext } from '../IngestContext.ts';
import { cannotRead } from '../cannotRead.ts';
import { lineStartAfter } from '../lineStartAfter.ts';
import { StringColumn } from '../../graph/store/StringColumn.ts';
import type { RangeRead } from './readCompactRange.ts';
import { type RangeReader, readRangeInWorker } from './readRangeInWorker.ts';
import { readJsonLinesInto } from './readJsonLinesInto.ts';

// The share of the file read here, well over half: the worker starts
// 0.4 s later, reads more slowly (0.47 of a million papers took it
// 4.9–5.2 s, 0.53 this thread 4.0–4.2 s), and hands its columns over
// (0.25 s to serialize them there, 0.4 s to read them back here) before
// this thread can join them. On a million papers, in turns, 30 November
// 2026: with 0.53 this thread waited 1.2–1.7 s for the worker's columns
// and the graph build began at 7.1–7.4 s; with 0.58 at 6.6–6.9 s; with
// 0.60 0.2–0.35 s sooner again; with 0.63 this thread was the later one.
const FIRST_PIECE_SHARE = 0.6;

/**
 * Adds the records of the JSON Lines file at `path` to `builder` as a read
 * on one thread would, read on two: the file is cut at a line boundary near
 * its middle (see `FIRST_PIECE_SHARE`), a worker thread reads the second
 * piece into columns while this one reads the first, and the worker's
 * columns are then appended
 * (text joined as text, spellings renumbered; see
 * `CompactRecordsBuilder.append`). Its problems reach `context` after
 * this thread's, at their lines in the file, so a strict read fails with
 * the error the one-thread read gives. Should the worker fail, this thread
 * reads the second piece too. `context.progress` is told the bytes of both
 * pieces consumed.
 *
 * @example await readJsonLinesOnTwoThreads('papers.jsonl', context, builder);
 */
export async function readJsonLinesOnTwoThreads(
  path: string,
  context: IngestContext,
  builder: CompactRecordsBuilder,
  readRange: RangeReader = readRangeInWorker,
): Promise<void> {
  const size = await sizeOf(path);
  const cut = size < 2 ? size : await lineStartAfter(path, Math.ceil(size * FIRST_PIECE_SHARE));
  if (cut >= size) {
    await readJsonLinesInto(builder, path, context);
    return;
  }
  const second = { start: cut, end: size };
  let firstBytes = 0;
  let secondBytes = 0;
  const worker = readRange(path, second, context.strict, (bytes) => context.progress(firstBytes + (secondBytes = bytes)));
  // Awaited once the first piece is read; a failure before then is not an unhandled rejection.
  worker.read.catch(() => undefined);
  let lines: number;
  try {
    lines = await readJsonLinesInto(builder, path, shifted(context, 0, (bytes) => context.progress((firstBytes = bytes) + secondBytes)), { start: 0, end: cut });
  } catch (error) {
    worker.stop();
    throw error;
  }
  const inSecond = shifted(context, lines, (bytes) => context.progress(cut + bytes));
  const read = await worker.read.catch(() => undefined);
  if (read === undefined) {
    await readJsonLinesInto(builder, path, inSecond, second);
    return;
  }
  for (const { kind, line, reason } of read.problems) inSecond[kind](line, reason);
  builder.append(columnsOf(read));
}

/** `context` for lines counted from `lines` further on, with its progress told to `progress`. */
function shifted(context: IngestContext, lines: number, progress: (bytes: number) => void): IngestContext {
  return {
    file: context.file,
    strict: context.strict,
    reject: (line, reason) => context.reject(lines + line, reason),
    warn: (line, reason) => context.warn(lines + line, reason),
    progress,
  };
}

/** The columns a worker sent, its text chunks made columns again. */
function columnsOf({ columns: { text, ...numbers } }: RangeRead): CompactColumns {
  return { ...numbers, text: Object.fromEntries(Object.entries(text).map(([field, chunks]) => [field, new StringColumn(chunks)])) as CompactColumns['text'] };
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw cannotRead(path, error);
  }
}
