import { describe, expect, it } from 'vitest';
import { createIngestContext } from '../src/ingest/IngestContext.ts';
import { IngestError } from '../src/ingest/IngestError.ts';
import { MAX_LINE_BYTES, readLines } from '../src/ingest/readLines.ts';
import { rejection } from './support/rejection.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const file = scratchFolder('read-lines');
const MiB = 1024 * 1024;

/** The lines a lenient read keeps, as `number:text` (long texts as their length), and the lines it skipped. */
async function readLenient(path: string, maxLineBytes: number) {
  const [context, report] = createIngestContext(path, { strict: false });
  const kept: string[] = [];
  for await (const { number, text } of readLines(path, context, maxLineBytes)) kept.push(`${number}:${text.length > 20 ? text.length : text}`);
  return { kept, skipped: report.firstSkipped };
}

describe('readLines and long lines', () => {
  it('refuses a line over the maximum with its size, keeping the lines around it and their numbers', async () => {
    const path = file('short.txt', `short\n${'x'.repeat(25)}\r\nexactly10!\nlast ${'y'.repeat(20)}`);
    expect(await readLenient(path, 10)).toEqual({
      kept: ['1:short', '3:exactly10!'],
      skipped: [
        { line: 2, reason: 'line is 26 bytes, over the maximum of 10' },
        { line: 4, reason: 'line is 25 bytes, over the maximum of 10' },
      ],
    });
  });

  it('counts a line that spans several read chunks without keeping it, and resumes after it', async () => {
    const path = file('spanning.txt', `first\n${'z'.repeat(3 * MiB)}\nafter\n${'w'.repeat(MiB + 5)}`);
    expect(await readLenient(path, MiB)).toEqual({
      kept: ['1:first', '3:after'],
      skipped: [
        { line: 2, reason: 'line is 3,145,728 bytes, over the maximum of 1,048,576' },
        { line: 4, reason: 'line is 1,048,581 bytes, over the maximum of 1,048,576' },
      ],
    });
  });

  it('reads a line longer than one chunk when the maximum allows it', async () => {
    const path = file('long-ok.txt', `${'v'.repeat(2 * MiB + 3)}\nend\n`);
    expect((await readLenient(path, MAX_LINE_BYTES)).kept).toEqual([`1:${2 * MiB + 3}`, '2:end']);
  });

  it('still reports bytes that are not UTF-8 as such', async () => {
    const path = file('latin1.txt', Buffer.concat([Buffer.from('ok\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('\nok again\n')]));
    expect(await readLenient(path, 10)).toEqual({
      kept: ['1:ok', '3:ok again'],
      skipped: [{ line: 2, reason: 'expected UTF-8 text, got bytes that are not valid UTF-8' }],
    });
  });

  it('ends a strict read at the long line with file:line and the size', async () => {
    const path = file('strict.txt', `a\n${'x'.repeat(40)}\n`);
    const [context] = createIngestContext(path, { strict: true });
    const error = await rejection(IngestError, async () => {
      for await (const _line of readLines(path, context, 32));
    }, 'a strict read of a long line');
    expect(error.message).toBe(`${path}:2: line is 40 bytes, over the maximum of 32`);
  });
});
