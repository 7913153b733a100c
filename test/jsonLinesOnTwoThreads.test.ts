import { describe, expect, it } from 'vitest';
import { CompactRecordsBuilder, type CompactColumns } from '../src/ingest/CompactRecordsBuilder.ts';
import { createIngestContext } from '../src/ingest/IngestContext.ts';
import { IngestError } from '../src/ingest/IngestError.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { formatJsonLines } from '../src/ingest/jsonl/formatJsonLines.ts';
import { readJsonLinesOnTwoThreads } from '../src/ingest/jsonl/readJsonLinesOnTwoThreads.ts';
import type { RangeRead } from '../src/ingest/jsonl/readCompactRange.ts';
import { type RangeReader, readRangeInWorker } from '../src/ingest/jsonl/readRangeInWorker.ts';
import type { ByteRange } from '../src/ingest/readLines.ts';
import { readPaperFiles } from '../src/ingest/readPaperFiles.ts';
import { rejection } from './support/rejection.ts';
import { plainColumns } from './support/plainColumns.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const file = scratchFolder('jsonLinesOnTwoThreads');

// Four lines, the first two longer than the last two, so the cut near the middle falls after line 2: the second piece is lines 3 and 4.
const LINES = [
  '{"title":"A longer first title","year":2001,"authors":["Ann Lee","Bo Li"]}',
  '{"title":"A longer second title","year":2002,"authors":["Bo Li"]}',
  '{"year":2003,"authors":["Cy Ma","Bo Li"]}',
  '{"year":2004,"authors":["Di Wu","Ann Lee"]}',
];
const SECOND_PIECE_START = Buffer.byteLength(`${LINES[0]}\n${LINES[1]}\n`);

/** `path` read on two threads into columns, with the report of the read and the range the worker was given and what it read. */
async function readOnTwoThreads(path: string, { strict = true, readRange = readRangeInWorker } = {}) {
  const [context, report] = createIngestContext(path, { strict });
  const builder = new CompactRecordsBuilder();
  const workers: { range: ByteRange; read: Promise<RangeRead> }[] = [];
  const recording: RangeReader = (...args) => {
    const worker = readRange(...args);
    workers.push({ range: args[1], read: worker.read });
    return worker;
  };
  await readJsonLinesOnTwoThreads(path, context, builder, recording);
  return { columns: builder.columns(), report, workers };
}

/** `path` read on one thread into columns. */
async function readOnOneThread(path: string) {
  const records = await readPaperFiles([path], { compact: true, twoThreads: false });
  return CompactRecordsBuilder.columnsInSteps(records).next().value as CompactColumns;
}

describe('JSON Lines read on two threads', () => {
  it('reads a file cut after its second line to the records and spelling numbers of a one-thread read', async () => {
    const path = file('four.jsonl', `${LINES.join('\n')}\n`);
    const { columns, workers } = await readOnTwoThreads(path);
    expect(workers.map(({ range }) => range)).toEqual([{ start: SECOND_PIECE_START, end: Buffer.byteLength(`${LINES.join('\n')}\n`) }]);
    // The worker numbers the spellings of lines 3 and 4 on its own; joined, Bo Li and Ann Lee keep their first numbers.
    expect((await workers[0]!.read).columns.bylines.spellings).toEqual(['Cy Ma', 'Bo Li', 'Di Wu', 'Ann Lee']);
    expect([columns.bylines.spellings, Array.from(columns.bylines.spellingIds), Array.from(columns.years)]).toEqual([
      ['Ann Lee', 'Bo Li', 'Cy Ma', 'Di Wu'],
      [0, 1, 1, 2, 1, 3, 0],
      [2001, 2002, 2003, 2004],
    ]);
    expect(plainColumns(columns)).toEqual(plainColumns(await readOnOneThread(path)));
  });

  it('joins text columns of thousands of rows into the chunks a one-thread read makes', async () => {
    const written: PaperRecord[] = Array.from({ length: 10_000 }, (_, index) => ({
      id: `p${index}`,
      title: index % 3 === 0 ? undefined : `Paper ${index} ${'é'.repeat(index % 13)}`,
      year: 1900 + (index % 100),
      authors: [`Author ${index % 4000}`, `Ko-author ${(index * 7) % 9000}`],
    }));
    const path = file('many.jsonl', formatJsonLines(written));
    const [twoThreads, oneThread] = await Promise.all([readPaperFiles([path], { compact: true, twoThreads: true }), readPaperFiles([path], { compact: true, twoThreads: false })]);
    const columnsOf = (records: readonly PaperRecord[]) => plainColumns(CompactRecordsBuilder.columnsInSteps(records).next().value as CompactColumns);
    expect(twoThreads.map((record) => record.title)).toEqual(written.map((record) => record.title));
    expect(columnsOf(twoThreads)).toEqual(columnsOf(oneThread));
  });

  it('reports a bad line of the second piece at its line in the file, under the file name given', async () => {
    const path = file('bad.jsonl', `${LINES[0]}\n${LINES[1]}\n${LINES[2]}\n{"authors":[]}\n`);
    const error = await rejection(IngestError, () => readOnTwoThreads(path), 'a strict read of a bad fourth line');
    expect(error.line).toBe(4);
    expect(error.message).toBe(`${path}:4: field "authors" must list at least one author, got an empty array`);
  });

  it('leaves out the bad lines of both pieces when lenient, reporting them and its warnings in file order', async () => {
    const path = file('lenient.jsonl', `${LINES[0]}\n{oops}\n${LINES[1]}\n{"year":2003,"authors":["Cy\\u0007 Ma"]}\n[]\n${LINES[3]}\n`);
    const { columns, report, workers } = await readOnTwoThreads(path, { strict: false });
    // The second piece is lines 4 to 6, which the worker numbers 1 to 3.
    expect(workers[0]!.range.start).toBe(Buffer.byteLength(`${LINES[0]}\n{oops}\n${LINES[1]}\n`));
    expect((await workers[0]!.read).problems.map(({ line }) => line)).toEqual([1, 2]);
    expect(Array.from(columns.years)).toEqual([2001, 2002, 2003, 2004]);
    expect(report).toEqual({
      file: path,
      skipped: 2,
      warnings: 1,
      firstSkipped: [
        { line: 2, reason: expect.stringMatching(/^invalid JSON: /u) },
        { line: 5, reason: 'expected a JSON object (a paper record), got an array' },
      ],
      firstWarnings: [{ line: 4, reason: 'removed control characters from authors[0]' }],
    });
  });

  it('reads the second piece on this thread when the worker fails, to the same records', async () => {
    const path = file('fallback.jsonl', `${LINES.join('\n')}\n`);
    const failing: RangeReader = () => ({ read: Promise.reject(new Error('no worker')), stop: () => {} });
    const { columns } = await readOnTwoThreads(path, { readRange: failing });
    expect(plainColumns(columns)).toEqual(plainColumns(await readOnOneThread(path)));
  });

  it('tells the progress of both pieces, up to the size of the file', async () => {
    const path = file('progress.jsonl', `${LINES.join('\n')}\n`);
    let bytes = 0;
    await readPaperFiles([path], { compact: true, twoThreads: true, onProgress: (_, consumed) => (bytes = Math.max(bytes, consumed)) });
    expect(bytes).toBe(Buffer.byteLength(`${LINES.join('\n')}\n`));
  });
});
