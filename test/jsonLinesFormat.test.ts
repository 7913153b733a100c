import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { formatJsonLines } from '../src/ingest/jsonl/formatJsonLines.ts';
import { jsonLinesFormat } from '../src/ingest/jsonl/jsonLinesFormat.ts';
import { readFormat, strictFailure } from './support/readFormat.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const file = scratchFolder('jsonLinesFormat');
const NOT_UTF8 = 'expected UTF-8 text, got bytes that are not valid UTF-8';

const record = (year: number): string => JSON.stringify({ year, authors: ['Ada Lovelace'] });

describe('jsonLinesFormat', () => {
  it('reads the seed fixture, 6 papers and 256 authorships', async () => {
    const { records } = await readFormat(jsonLinesFormat, 'fixtures/seed.jsonl');
    expect([records.length, records.flatMap((paper) => paper.authors).length]).toEqual([6, 256]);
  });

  it('reads back exactly what formatJsonLines wrote, across many read chunks', async () => {
    // About 3 MB: lines straddle the 1 MiB chunks the reader takes.
    const written: PaperRecord[] = Array.from({ length: 20_000 }, (_, index) => ({
      id: `p${index}`,
      title: `Paper ${index} ${'é'.repeat(index % 97)}`,
      year: 1900 + (index % 100),
      categories: ['cs.DL'],
      authors: [`Author ${index}`, `Ko-author ${index % 7}`],
    }));
    const { records } = await readFormat(jsonLinesFormat, file('many.jsonl', formatJsonLines(written)));
    expect(records).toEqual(written);
  });

  it('skips blank lines and reads CRLF endings, a byte order mark and no final newline', async () => {
    const { records } = await readFormat(jsonLinesFormat, file('loose.jsonl', `\uFEFF${record(2020)}\r\n\r\n  \r\n${record(2021)}`));
    expect(records.map((paper) => paper.year)).toEqual([2020, 2021]);
  });

  it('strict: stops at the first defective line, with file and line', async () => {
    const path = file('strict.jsonl', `${record(2020)}\n{"authors":[]}\n{oops\n`);
    expect((await strictFailure(jsonLinesFormat, path)).message).toBe(
      `${path}:2: field "authors" must list at least one author, got an empty array`,
    );
  });

  it('lenient: skips each defective line with its reason and keeps the rest', async () => {
    const path = file('lenient.jsonl', `${record(2020)}\n{"authors":[]}\n[]\n${record(2021)}\n{"year":2022}\n`);
    const { records, report } = await readFormat(jsonLinesFormat, path, { strict: false });
    expect(records.map((paper) => paper.year)).toEqual([2020, 2021]);
    expect(report).toEqual({
      file: path,
      skipped: 3,
      warnings: 0,
      firstSkipped: [
        { line: 2, reason: 'field "authors" must list at least one author, got an empty array' },
        { line: 3, reason: 'expected a JSON object (a paper record), got an array' },
        { line: 5, reason: 'missing required field "authors" (an array of author names)' },
      ],
      firstWarnings: [],
    });
  });

  it('keeps only the first ten problems but counts them all', async () => {
    const path = file('many-bad.jsonl', `${Array.from({ length: 12 }, () => '{}').join('\n')}\n${record(2020)}\n`);
    const { records, report } = await readFormat(jsonLinesFormat, path, { strict: false });
    expect([records.length, report.skipped, report.firstSkipped.at(-1)?.line]).toEqual([1, 12, 10]);
  });

  it('rejects a line that is not UTF-8 at its line instead of reading U+FFFD into a name', async () => {
    const bad = Buffer.concat([Buffer.from('{"authors":["J'), Buffer.from([0xfc]), Buffer.from('rgen"]}\n')]);
    const path = file('latin1.jsonl', Buffer.concat([Buffer.from(`${record(2020)}\n`), bad, Buffer.from(`${record(2021)}\n`)]));
    expect((await strictFailure(jsonLinesFormat, path)).message).toBe(`${path}:2: ${NOT_UTF8}`);
    const { records, report } = await readFormat(jsonLinesFormat, path, { strict: false });
    expect([records.map((paper) => paper.year), report.firstSkipped]).toEqual([[2020, 2021], [{ line: 2, reason: NOT_UTF8 }]]);
  });

  it('reads an empty file as no records', async () => {
    expect((await readFormat(jsonLinesFormat, file('empty.jsonl', ''))).records).toEqual([]);
  });
});
