import { describe, expect, it } from 'vitest';
import { IngestError } from '../src/ingest/IngestError.ts';
import { parseJsonLines } from './support/parseJsonLines.ts';
import { jsonErrorOf } from './support/jsonErrorOf.ts';

const ALLOWED = 'id, title, abstract, published, year, codeImplementations, venue, categories, url, externalIds, authors';

/** One JSON line: a minimal valid record with `fields` merged over it. */
function line(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ authors: ['Ada Lovelace'], ...fields });
}

function failure(text: string): IngestError {
  try {
    parseJsonLines(text, 'x.jsonl');
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected parseJsonLines to throw');
}

function messageFor(fields: Record<string, unknown>): string {
  return failure(`${line()}\n${line(fields)}\n`).message;
}

describe('parseJsonLines reads records', () => {
  it('reads one record per line with every field', () => {
    const text =
      '{"id":"p1","title":"T","abstract":"A","published":"2022-12-15","year":2022,"codeImplementations":2,' +
      '"venue":"V","categories":["cs.CL","cs.AI"],"url":"https://arxiv.org/abs/2212.08073",' +
      '"externalIds":{"arxiv":"2212.08073","doi":"10.1/x","dblp":"d"},' +
      '"authors":["Yuntao Bai","Saurav Kadavath"]}\n';
    expect(parseJsonLines(text, 'x.jsonl')).toEqual([
      {
        id: 'p1',
        title: 'T',
        abstract: 'A',
        published: '2022-12-15',
        year: 2022,
        codeImplementations: 2,
        venue: 'V',
        categories: ['cs.CL', 'cs.AI'],
        url: 'https://arxiv.org/abs/2212.08073',
        externalIds: { arxiv: '2212.08073', doi: '10.1/x', dblp: 'd' },
        authors: ['Yuntao Bai', 'Saurav Kadavath'],
      },
    ]);
  });

  it('returns only the fields present, with no undefined keys', () => {
    const [record] = parseJsonLines(line({ year: 2020 }), 'x.jsonl');
    expect(Object.keys(record ?? {}).sort()).toEqual(['authors', 'year']);
  });

  it('skips blank lines and reads CRLF endings and a byte order mark', () => {
    const text = `\uFEFF${line({ year: 2020 })}\r\n\r\n   \r\n${line({ year: 2021 })}`;
    expect(parseJsonLines(text, 'x.jsonl').map((record) => record.year)).toEqual([2020, 2021]);
  });

  it('reads an empty file as no records', () => {
    expect(parseJsonLines('', 'x.jsonl')).toEqual([]);
  });

  it('normalizes author names to NFC', () => {
    const [record] = parseJsonLines(line({ authors: ['Noemi\u0301 Mercado'] }), 'x.jsonl');
    expect(record?.authors).toEqual(['Noem\u00ED Mercado']);
  });

  it('accepts 29 Feb in a leap year', () => {
    expect(parseJsonLines(line({ published: '2000-02-29', year: 2000 }), 'x.jsonl')[0]?.published).toBe('2000-02-29');
  });
});

describe('parseJsonLines rejects defects with file and line', () => {
  it('throws an IngestError carrying the file and the line', () => {
    const error = failure(`${line()}\n\n${line({ year: 'x' })}`);
    expect([error.file, error.line]).toEqual(['x.jsonl', 3]);
  });

  it('rejects invalid JSON with the parser message', () => {
    expect(failure(`${line()}\n{oops`).message).toBe(`x.jsonl:2: invalid JSON: ${jsonErrorOf('{oops')}`);
  });

  it.each([
    ['an array', '[]'],
    ['null', 'null'],
    ['the string "paper"', '"paper"'],
    ['the number 3', '3'],
  ])('rejects a line holding %s instead of an object', (found, text) => {
    expect(failure(text).message).toBe(`x.jsonl:1: expected a JSON object (a paper record), got ${found}`);
  });

  it('rejects an unknown field, listing the allowed ones', () => {
    expect(messageFor({ doi: '10.1/x' })).toBe(`x.jsonl:2: unknown field "doi"; allowed fields are ${ALLOWED}`);
  });

  it.each(['id', 'title', 'abstract', 'venue', 'url'])('rejects a non-string %s', (field) => {
    expect(messageFor({ [field]: 7 })).toBe(`x.jsonl:2: field "${field}" must be a string, got the number 7`);
  });

  it('rejects null for an optional field', () => {
    expect(messageFor({ title: null })).toBe('x.jsonl:2: field "title" must be a string, got null');
  });

  it('rejects a record without authors', () => {
    expect(failure('{"year":2020}').message).toBe('x.jsonl:1: missing required field "authors" (an array of author names)');
  });

  it('rejects authors given as one string', () => {
    expect(messageFor({ authors: 'Ada Lovelace, Alan Turing' })).toBe(
      'x.jsonl:2: field "authors" must be an array of strings, got the string "Ada Lovelace, Alan Turing"',
    );
  });

  it('rejects an empty author list', () => {
    expect(messageFor({ authors: [] })).toBe('x.jsonl:2: field "authors" must list at least one author, got an empty array');
  });

  it('rejects an author that is not a string', () => {
    expect(messageFor({ authors: ['Ada Lovelace', { name: 'Alan Turing' }] })).toBe(
      'x.jsonl:2: authors[1] must be a string, got an object',
    );
  });

  it('rejects an empty author name', () => {
    expect(messageFor({ authors: ['Ada Lovelace', '  '] })).toBe('x.jsonl:2: authors[1] must be a non-empty name, got "  "');
  });

  it('rejects an author name with surrounding whitespace', () => {
    expect(messageFor({ authors: [' Ada Lovelace'] })).toBe(
      'x.jsonl:2: authors[0] must not start or end with whitespace, got " Ada Lovelace"',
    );
  });

  it('rejects the same author twice on one paper, ignoring case and spacing', () => {
    expect(messageFor({ authors: ['Ada Lovelace', 'Alan Turing', 'ADA  Lovelace'] })).toBe(
      'x.jsonl:2: expected each author once per paper, got "Ada Lovelace" at authors[0] and "ADA  Lovelace" at authors[2]',
    );
  });

  it('rejects a published date in another shape', () => {
    expect(messageFor({ published: '15 Dec 2022' })).toBe(
      'x.jsonl:2: field "published" must be a date "YYYY-MM-DD", got "15 Dec 2022"',
    );
  });

  it('rejects a published date that is not a string', () => {
    expect(messageFor({ published: 20221215 })).toBe(
      'x.jsonl:2: field "published" must be a date string "YYYY-MM-DD", got the number 20221215',
    );
  });

  it.each(['2023-02-29', '2022-04-31', '2022-13-01', '2022-00-10'])('rejects the impossible date %j', (published) => {
    expect(messageFor({ published })).toBe(
      `x.jsonl:2: field "published" must be a real calendar date, got "${published}" (no such day)`,
    );
  });

  it.each([
    ['the number 2022.5', 2022.5],
    ['the string "2022"', '2022'],
  ])('rejects a year that is %s', (found, year) => {
    expect(messageFor({ year })).toBe(`x.jsonl:2: field "year" must be an integer, got ${found}`);
  });

  it('rejects a year that disagrees with the published date', () => {
    expect(messageFor({ published: '2022-12-15', year: 2023 })).toBe(
      'x.jsonl:2: field "year" must match the year of "published" (2022-12-15), got 2023',
    );
  });

  it.each([
    ['the number -1', -1],
    ['the number 1.5', 1.5],
    ['the boolean true', true],
  ])('rejects a code-implementation count that is %s', (found, codeImplementations) => {
    expect(messageFor({ codeImplementations })).toBe(
      `x.jsonl:2: field "codeImplementations" must be a non-negative integer, got ${found}`,
    );
  });

  it('rejects categories given as one string', () => {
    expect(messageFor({ categories: 'cs.CL cs.AI' })).toBe(
      'x.jsonl:2: field "categories" must be an array of strings, got the string "cs.CL cs.AI"',
    );
  });

  it('rejects a category that is not a string', () => {
    expect(messageFor({ categories: ['cs.CL', 7] })).toBe('x.jsonl:2: categories[1] must be a string, got the number 7');
  });

  it.each(['', ' cs.CL'])('rejects the category %j', (category) => {
    expect(messageFor({ categories: [category] })).toBe(
      `x.jsonl:2: categories[0] must be a non-empty name without surrounding whitespace, got ${JSON.stringify(category)}`,
    );
  });

  it('rejects externalIds that are not an object', () => {
    expect(messageFor({ externalIds: ['2212.08073'] })).toBe(
      'x.jsonl:2: field "externalIds" must be an object with string fields arxiv, doi, dblp, got an array',
    );
  });

  it('rejects an unknown external id', () => {
    expect(messageFor({ externalIds: { isbn: '978-0' } })).toBe(
      'x.jsonl:2: unknown field "externalIds.isbn"; allowed fields are arxiv, doi, dblp',
    );
  });

  it('rejects an external id that is not a string', () => {
    expect(messageFor({ externalIds: { arxiv: 2212.08073 } })).toBe(
      'x.jsonl:2: field "externalIds.arxiv" must be a string, got the number 2212.08073',
    );
  });
});
