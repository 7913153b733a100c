import { describe, expect, it, vi } from 'vitest';
import { CompactRecordsBuilder } from '../src/ingest/CompactRecordsBuilder.ts';
import type { IngestContext } from '../src/ingest/IngestContext.ts';
import { IngestError } from '../src/ingest/IngestError.ts';
import { CanonicalLineReader } from '../src/ingest/jsonl/CanonicalLineReader.ts';
import { readJsonLineBatches } from '../src/ingest/jsonl/readJsonLineBatches.ts';
import { readJsonLinesInto } from '../src/ingest/jsonl/readJsonLinesInto.ts';
import { plainColumns } from './support/plainColumns.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const file = scratchFolder('canonicalLineReader');

/** Lines the reader takes from their bytes: canonical JSON Lines that every check passes. */
const TAKEN = [
  '{"id":"p1","title":"Plain title","published":"2020-02-29","year":2020,"venue":"Venue","authors":["Ann Lee","Bo Li"]}',
  '{"id":"p2","title":"Ünïcödé tïtle 😀","abstract":"Two units: 😀","authors":["Bo Li"]}',
  '{"id":"p3","year":1999,"codeImplementations":0,"categories":[],"externalIds":{},"authors":["José Parra","Ann  Lee"]}',
  '{"title":"Categories and ids","codeImplementations":12,"categories":["cs.LG","cs.AI"],"url":"https://example.org","externalIds":{"arxiv":"2101.00001","dblp":"x/y"},"authors":["Kim"]}',
  `{"title":"A large team","authors":[${Array.from({ length: 40 }, (_, k) => `"Member ${k}"`).join(',')}]}`,
  // More names than the reader first makes room for (64).
  `{"title":"A collaboration","authors":[${Array.from({ length: 100 }, (_, k) => `"Mémber ${k}"`).join(',')}]}`,
  // Names that are not in NFC are made so, as the general reader makes them: one spelling however written.
  '{"title":"Decomposed","authors":["Jose\u0301 Parra"]}',
  '{"title":"Kelvin","authors":["\u212aim"]}',
];

/** Lines the reader declines, each for the general reader to parse, keep, clean or refuse. */
const DECLINED = [
  '{"title":"An escaped \\"quote\\"","authors":["Ann Lee"]}',
  '{"title":"Escaped name","authors":["Jos\\u00e9 Parra"]}',
  '{"title":"A C1 control \u0085 here","authors":["Ann Lee"]}',
  '{"title":"A bidi override","authors":["Ann Lee\u202e"]}',
  '{"title":"Same name twice","authors":["Ethan Perez","ethan perez"]}',
  `{"title":"Same name in a large team","authors":[${Array.from({ length: 20 }, (_, k) => `"Member ${k}"`).join(',')},"MEMBER 3"]}`,
  `{"title":"Same name in a collaboration","authors":[${Array.from({ length: 100 }, (_, k) => `"Mémber ${k}"`).join(',')},"MÉMBER 99"]}`,
  '{"title":"Padded","authors":[" Ann Lee"]}',
  '{"title":"Padded with a no-break space","authors":["\u00a0Ann Lee"]}',
  '{"title":"Empty name","authors":[""]}',
  '{"title":"No authors","authors":[]}',
  '{"title":"No byline"}',
  '{"published":"2020-01-01","year":2021,"authors":["Ann Lee"]}',
  '{"published":"2023-02-29","authors":["Ann Lee"]}',
  '{"published":"2020-13-01","authors":["Ann Lee"]}',
  '{"published":"2020-1-01","authors":["Ann Lee"]}',
  '{"year":2020.0,"authors":["Ann Lee"]}',
  '{"year":02020,"authors":["Ann Lee"]}',
  '{"codeImplementations":1e3,"authors":["Ann Lee"]}',
  '{"codeImplementations":-1,"authors":["Ann Lee"]}',
  '{"colour":"red","authors":["Ann Lee"]}',
  '{"authors":["Out Of Order"],"title":"Authors first"}',
  '{ "title": "Spaced", "authors": ["Ann Lee"] }',
  '{"categories":[" cs.LG"],"authors":["Ann Lee"]}',
  '{"externalIds":{"doi":"10.1/x","arxiv":"2101.00002"},"authors":["Ann Lee"]}',
  '{"title":"A line separator \u2028 here","authors":["Ann Lee"]}',
  '{"title":"a","title":"Twice","authors":["Ann Lee"]}',
  '{"title":"Trailing return","authors":["Ann Lee"]}\r',
  '   ',
  '',
  '[1,2]',
  '{"title":"Not JSON",',
];

/** A context that keeps every problem, in order. */
function recordingContext(path: string, strict = false) {
  const problems: string[] = [];
  const context: IngestContext = {
    file: path,
    strict,
    reject(line, reason) {
      if (strict) throw new IngestError(path, line, reason);
      problems.push(`reject ${line}: ${reason}`);
    },
    warn: (line, reason) => void problems.push(`warn ${line}: ${reason}`),
    progress: () => {},
  };
  return { context, problems };
}

/** `path` read from bytes where lines are canonical, and read the general way, record by record. */
async function readBothWays(path: string) {
  const fast = recordingContext(path);
  const fastBuilder = new CompactRecordsBuilder();
  const fastLines = await readJsonLinesInto(fastBuilder, path, fast.context);
  const general = recordingContext(path);
  const generalBuilder = new CompactRecordsBuilder();
  const batches = readJsonLineBatches(path, general.context);
  let generalLines: number;
  for (;;) {
    const next = await batches.next();
    if (next.done === true) {
      generalLines = next.value;
      break;
    }
    for (const record of next.value) generalBuilder.add(record);
  }
  return { fast: { columns: fastBuilder.columns(), problems: fast.problems, lines: fastLines }, general: { columns: generalBuilder.columns(), problems: general.problems, lines: generalLines } };
}

describe('CanonicalLineReader', () => {
  it('takes canonical lines that pass every check and declines every other, adding nothing for those', () => {
    const taken = (line: string) => {
      const builder = new CompactRecordsBuilder();
      const bytes = Buffer.from(line);
      const took = new CanonicalLineReader(builder).add(bytes, 0, bytes.length);
      return { took, rows: builder.columns().years.length, spellings: builder.columns().bylines.spellings.length };
    };
    for (const line of TAKEN) expect(taken(line), line).toMatchObject({ took: true, rows: 1 });
    for (const line of DECLINED) expect(taken(line), line).toEqual({ took: false, rows: 0, spellings: 0 });
  });

  it('reads a line as the general reader does: text, units past the BMP, numbers, categories, ids and names', () => {
    const builder = new CompactRecordsBuilder();
    const reader = new CanonicalLineReader(builder);
    for (const line of [TAKEN[0]!, TAKEN[1]!, TAKEN[2]!, TAKEN[3]!]) expect(reader.add(Buffer.from(line), 0, Buffer.byteLength(line))).toBe(true);
    const { text, years, codeImplementations, bylines } = builder.columns();
    expect([0, 1, 2, 3].map((row) => text.title.get(row))).toEqual(['Plain title', 'Ünïcödé tïtle 😀', undefined, 'Categories and ids']);
    expect(text.abstract.get(1)).toBe('Two units: 😀');
    expect(text.published.get(0)).toBe('2020-02-29');
    expect([text.categories.get(2), text.categories.get(3)]).toEqual(['', 'cs.LG\u001fcs.AI']);
    expect([text.arxiv.get(3), text.doi.get(3), text.dblp.get(3), text.arxiv.get(2)]).toEqual(['2101.00001', undefined, 'x/y', undefined]);
    expect(Array.from(years)).toEqual([2020, Number.NaN, 1999, Number.NaN]);
    expect(Array.from(codeImplementations)).toEqual([Number.NaN, Number.NaN, 0, 12]);
    expect(bylines.spellings).toEqual(['Ann Lee', 'Bo Li', 'José Parra', 'Ann  Lee', 'Kim']);
    expect(Array.from(bylines.spellingIds)).toEqual([0, 1, 1, 2, 3, 4]);
  });

  it('reads a file of canonical and unusual lines to the columns, problems and line count of the general reader', async () => {
    // Every declined line twice, between taken ones; the first line opens with a byte order mark.
    const copy = [...TAKEN, ...DECLINED];
    const lines = [...copy, ...copy];
    const path = file('mixed.jsonl', `\uFEFF${lines.join('\n')}\n`);
    const add = vi.spyOn(CanonicalLineReader.prototype, 'add');
    const { fast, general } = await readBothWays(path);
    // Every taken line but the first, whose byte order mark the general reader drops.
    expect(add.mock.results.filter(({ value }) => value === true).length).toBe(2 * TAKEN.length - 1);
    add.mockRestore();
    expect(plainColumns(fast.columns)).toEqual(plainColumns(general.columns));
    expect(fast.problems).toEqual(general.problems);
    expect(fast.lines).toBe(general.lines);
    expect(fast.lines).toBe(lines.length);
    // Per copy, the 8 taken and 12 declined lines kept (parsed, cleaned, or escapes decoded).
    expect(fast.columns.years.length).toBe(2 * (TAKEN.length + 12));
    // One person per spelling however it was written: composed, decomposed or escaped; K as the Kelvin sign is K.
    expect(fast.columns.bylines.spellings.filter((spelling) => spelling === 'José Parra' || spelling === 'Kim')).toEqual(['José Parra', 'Kim']);
    // Per copy, 18 declined lines refused; 2 are blank and skipped.
    expect(fast.problems.filter((problem) => problem.startsWith('reject')).length).toBe(2 * 18);
    expect(fast.problems).toContain(`reject ${TAKEN.length + 5}: expected each author once per paper, got "Ethan Perez" at authors[0] and "ethan perez" at authors[1]`);
  });

  it('reads a block with a line that is not UTF-8 the general way, and the blocks around it from their bytes', async () => {
    // 3,000 lines of about 120 bytes fill the first blocks (128 KiB each); the bad line is in the third.
    const filler = Array.from({ length: 3000 }, (_, k) => TAKEN[0]!.replace('"p1"', `"f${k}"`));
    const path = file('bad.jsonl', Buffer.concat([Buffer.from(`${filler.join('\n')}\n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(`${TAKEN[3]}\n`)]));
    const { fast, general } = await readBothWays(path);
    expect(plainColumns(fast.columns)).toEqual(plainColumns(general.columns));
    expect(fast.problems).toEqual([`reject 3001: expected UTF-8 text, got bytes that are not valid UTF-8`]);
    expect(fast.problems).toEqual(general.problems);
    expect(fast.columns.text.id.get(2999)).toBe('f2999');
    expect(fast.columns.text.title.get(3000)).toBe('Categories and ids');
  });

  it('stops a strict read at the first defect with the general reader\'s error, the records before it kept', async () => {
    const path = file('strict.jsonl', `${TAKEN[0]}\n${TAKEN[3]}\n{"title":"Same name twice","authors":["Ethan Perez","ethan perez"]}\n${TAKEN[2]}\n`);
    const builder = new CompactRecordsBuilder();
    const { context } = recordingContext(path, true);
    await expect(readJsonLinesInto(builder, path, context)).rejects.toThrow(
      new IngestError(path, 3, 'expected each author once per paper, got "Ethan Perez" at authors[0] and "ethan perez" at authors[1]'),
    );
    expect(builder.columns().text.id.get(0)).toBe('p1');
    expect(builder.columns().years.length).toBe(2);
  });
});
