import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../src/ingest/IngestError.ts';
import { parseListing } from '../src/ingest/listing/parseListing.ts';

const seedText = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
const seed = parseListing(seedText, 'seed.txt');

const HEADER_SHAPE = '"<N|no> code implementation(s) • <D Mon YYYY> • <Author>, <Author>, …"';
const CODE_FIELD_EXPECTED =
  'expected "no code implementations", "1 code implementation" or "<N> code implementations" (N ≥ 2) as the first field';

function header(fields: { code?: string; date?: string; authors?: string } = {}): string {
  const { code = '1 code implementation', date = '10 Jan 2024', authors = 'Ada Lovelace, Alan Turing' } = fields;
  return `${code} • ${date} • ${authors}`;
}

function paper(fields: { code?: string; date?: string; authors?: string } = {}, abstract = 'An abstract.'): string {
  return `${header(fields)}\n${abstract}`;
}

function failure(text: string): IngestError {
  try {
    parseListing(text, 'x.txt');
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected parseListing to throw');
}

function messageFor(text: string): string {
  return failure(text).message;
}

describe('parseListing on the seed listing', () => {
  it('reads six papers in file order', () => {
    expect(seed.map((record) => record.published)).toEqual([
      '2024-01-10',
      '2023-07-17',
      '2023-07-17',
      '2023-02-15',
      '2022-12-19',
      '2022-12-15',
    ]);
  });

  it('reads the first paper date, year, code count, abstract and byline', () => {
    const [first] = seed;
    expect(first?.published).toBe('2024-01-10');
    expect(first?.year).toBe(2024);
    expect(first?.codeImplementations).toBe(1);
    expect(first?.abstract).toBe(
      'We find that such backdoor behavior can be made persistent, so that it is not removed by standard safety training techniques, including supervised fine-tuning, reinforcement learning, and adversarial training (eliciting unsafe behavior and then training to remove it).',
    );
    expect(first?.authors).toHaveLength(39);
    expect(first?.authors[0]).toBe('Evan Hubinger');
    expect(first?.authors.at(-1)).toBe('Ethan Perez');
  });

  it('reads "no code implementations" as zero', () => {
    const moral = seed[3];
    expect(moral?.published).toBe('2023-02-15');
    expect(moral?.codeImplementations).toBe(0);
    expect(moral?.authors).toHaveLength(49);
  });

  it('reads a plural code count and a 63-author byline', () => {
    const evals = seed[4];
    expect(evals?.published).toBe('2022-12-19');
    expect(evals?.codeImplementations).toBe(3);
    expect(evals?.authors).toHaveLength(63);
  });

  it('counts 256 authorships over all papers', () => {
    expect(seed.reduce((sum, record) => sum + record.authors.length, 0)).toBe(256);
  });

  it('keeps diacritics in author names', () => {
    expect(seed[1]?.authors[10]).toBe('Kamil\u0117 Luko\u0161i\u016Bt\u0117');
    expect(seed[0]?.authors).toContain('S\u00F6ren Mindermann');
  });

  it('gives only the fields a listing carries', () => {
    expect(Object.keys(seed[0] ?? {}).sort()).toEqual(['abstract', 'authors', 'codeImplementations', 'published', 'year']);
  });
});

describe('parseListing tolerates harmless formatting', () => {
  it('reads CRLF endings, a byte order mark, a final newline and blank lines between papers alike', () => {
    const pairs = seedText.split('\n');
    const messy = `\uFEFF\r\n${pairs.map((line, index) => (index % 2 === 1 ? `${line}\r\n\r\n` : `${line}\r\n`)).join('')}`;
    expect(parseListing(messy, 'x.txt')).toEqual(seed);
  });

  it('normalizes author names to NFC', () => {
    const [record] = parseListing(paper({ authors: 'Kamile\u0307 Luko\u0161iu\u0304te\u0307' }), 'x.txt');
    expect(record?.authors).toEqual(['Kamil\u0117 Luko\u0161i\u016Bt\u0117']);
  });

  it('trims spaces around author names and the abstract', () => {
    const [record] = parseListing(paper({ authors: ' Ada Lovelace ,Alan Turing ' }, '  An abstract.  '), 'x.txt');
    expect(record?.authors).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(record?.abstract).toBe('An abstract.');
  });

  it('accepts 29 Feb in a leap year', () => {
    expect(parseListing(paper({ date: '29 Feb 2024' }), 'x.txt')[0]?.published).toBe('2024-02-29');
  });

  it('accepts a one-digit day', () => {
    expect(parseListing(paper({ date: '5 Mar 2021' }), 'x.txt')[0]?.published).toBe('2021-03-05');
  });
});

describe('parseListing rejects defects with file and line', () => {
  it('throws an IngestError carrying the file and the line', () => {
    const error = failure(`${paper()}\n${paper({ date: '31 Feb 2023' })}`);
    expect([error.file, error.line]).toEqual(['x.txt', 3]);
  });

  it('rejects a header with the wrong number of fields', () => {
    expect(messageFor('1 code implementation • 10 Jan 2024\nAn abstract.')).toBe(
      `x.txt:1: expected a header ${HEADER_SHAPE} with 3 fields separated by " • ", got 2 fields: "1 code implementation • 10 Jan 2024"`,
    );
  });

  it.each(['1 code implementations', '2 code implementation', '0 code implementations', 'some code implementations'])(
    'rejects the code-implementation field %j',
    (code) => {
      expect(messageFor(paper({ code }))).toBe(`x.txt:1: ${CODE_FIELD_EXPECTED}, got "${code}"`);
    },
  );

  it('rejects an unknown month', () => {
    expect(messageFor(paper({ date: '31 Foo 2023' }))).toBe(
      'x.txt:1: expected a date like "15 Dec 2022" as the second field, got "31 Foo 2023" (unknown month "Foo"; months are Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)',
    );
  });

  it('rejects a date in another shape', () => {
    expect(messageFor(paper({ date: '2023-01-31' }))).toBe(
      'x.txt:1: expected a date like "15 Dec 2022" as the second field, got "2023-01-31"',
    );
  });

  it.each(['31 Feb 2023', '29 Feb 2023', '31 Apr 2023', '0 Jan 2023'])('rejects the impossible date %j', (date) => {
    expect(messageFor(paper({ date }))).toBe(`x.txt:1: expected a real calendar date as the second field, got "${date}" (no such day)`);
  });

  it('rejects an empty name between commas', () => {
    expect(messageFor(paper({ authors: 'Ada Lovelace, , Alan Turing' }))).toBe(
      'x.txt:1: expected an author name at position 2 of the byline, got an empty name',
    );
  });

  it('rejects a trailing comma in the byline', () => {
    expect(messageFor(paper({ authors: 'Ada Lovelace, Alan Turing,' }))).toBe(
      'x.txt:1: expected an author name after the last comma, got an empty name',
    );
  });

  it('rejects a header without authors', () => {
    expect(messageFor(paper({ authors: '' }))).toBe('x.txt:1: expected at least one author name as the third field, got nothing');
  });

  it('rejects the same author twice on one paper, ignoring case and spacing', () => {
    expect(messageFor(paper({ authors: 'Ada Lovelace, Alan Turing, ada  LOVELACE' }))).toBe(
      'x.txt:1: expected each author once per paper, got "Ada Lovelace" at position 1 and "ada  LOVELACE" at position 3 of the byline',
    );
  });

  it('rejects a file cut off after a header, at the line of the header', () => {
    expect(messageFor(`${paper()}\n${header()}`)).toBe(
      'x.txt:3: expected the abstract on line 4, after this header, got the end of the file',
    );
  });

  it('rejects a file cut off after a header even when a newline follows it', () => {
    expect(messageFor(`${paper()}\n${header()}\n\n`)).toBe(
      'x.txt:3: expected the abstract on line 4, after this header, got the end of the file',
    );
  });

  it('rejects a header followed by another header', () => {
    expect(messageFor(`${header()}\n${paper({ date: '11 Jan 2024' })}`)).toBe(
      'x.txt:1: expected the abstract on line 2, after this header, got another header',
    );
  });

  it('rejects a blank line between header and abstract', () => {
    expect(messageFor(`${header()}\n\nAn abstract.`)).toBe(
      'x.txt:1: expected the abstract on line 2, after this header, got a blank line',
    );
  });

  it('rejects an abstract that runs onto a second line', () => {
    expect(messageFor(`${paper()}\nand more.`)).toBe(
      `x.txt:3: expected a header ${HEADER_SHAPE} with 3 fields separated by " • ", got 1 field: "and more."`,
    );
  });

  it('cuts long offending text short in the message', () => {
    const long = 'x'.repeat(100);
    expect(messageFor(`${paper()}\n${long}`)).toBe(
      `x.txt:3: expected a header ${HEADER_SHAPE} with 3 fields separated by " • ", got 1 field: "${'x'.repeat(60)}…"`,
    );
  });

  it('rejects a paper listed twice, naming the line of the first', () => {
    expect(messageFor(`${paper()}\n${paper({ date: '11 Jan 2024' })}\n\n${paper()}`)).toBe(
      'x.txt:6: expected each paper once, got a repeat of the paper at line 1 (same header and abstract)',
    );
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \r\n\n'],
  ])('rejects %s', (_, text) => {
    expect(messageFor(text)).toBe(
      `x.txt:1: expected at least one paper (a header line ${HEADER_SHAPE} and an abstract line), got none`,
    );
  });
});
