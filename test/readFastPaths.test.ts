import { describe, expect, it } from 'vitest';
import { createIngestContext } from '../src/ingest/IngestContext.ts';
import { IngestError } from '../src/ingest/IngestError.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { cleanRecordText } from '../src/ingest/cleanRecordText.ts';
import { findDuplicateAuthor } from '../src/ingest/findDuplicateAuthor.ts';
import { isIsoDate } from '../src/ingest/isoDate.ts';
import { validatePaperRecord } from '../src/ingest/validatePaperRecord.ts';

/** `count` distinct plain names, `Author 1` …, to lengthen a byline. */
const others = (count: number): string[] => Array.from({ length: count }, (_, index) => `Author ${index + 1}`);

function validationError(authors: unknown[]): string {
  try {
    validatePaperRecord({ authors }, 'x.jsonl', 3);
  } catch (error) {
    if (error instanceof IngestError) return error.message;
    throw error;
  }
  throw new Error('expected the record to be refused');
}

function cleaned(record: PaperRecord) {
  const [context, report] = createIngestContext('x.jsonl', { strict: false });
  return { record: cleanRecordText(record, context, 5), warnings: report.firstWarnings, skipped: report.firstSkipped };
}

describe('validation of plain ASCII names', () => {
  it('keeps an ASCII name with a double space as it is', () => {
    expect(validatePaperRecord({ authors: ['Ada  Lovelace', 'Alan Turing'] }, 'x.jsonl', 1).authors).toEqual(['Ada  Lovelace', 'Alan Turing']);
  });

  it('refuses an ASCII name with a trailing space, naming it', () => {
    expect(validationError(['Alan Turing', 'Ada Lovelace '])).toBe('x.jsonl:3: authors[1] must not start or end with whitespace, got "Ada Lovelace "');
  });

  it('refuses an ASCII name of spaces only', () => {
    expect(validationError(['   '])).toBe('x.jsonl:3: authors[0] must be a non-empty name, got "   "');
  });

  it('refuses an ASCII name that differs from another of its byline only by a double space', () => {
    expect(validationError(['Ada Lovelace', 'Alan Turing', 'Ada  Lovelace'])).toBe(
      'x.jsonl:3: expected each author once per paper, got "Ada Lovelace" at authors[0] and "Ada  Lovelace" at authors[2]',
    );
  });
});

describe('findDuplicateAuthor on short and long bylines', () => {
  it('finds two ASCII names equal after case folding in a short byline', () => {
    expect(findDuplicateAuthor(['Ethan Perez', 'Sam Ringer', 'ETHAN PEREZ'])).toEqual({ firstIndex: 0, secondIndex: 2 });
  });

  it('finds two ASCII names equal after case folding in a long byline', () => {
    expect(findDuplicateAuthor([...others(12), 'Ethan Perez', 'Sam Ringer', 'ethan perez'])).toEqual({ firstIndex: 12, secondIndex: 14 });
  });

  it('tells apart ASCII names of one length that differ in a letter', () => {
    expect(findDuplicateAuthor(['Ann Lee', 'Ann Lea', 'ann lei'])).toBeUndefined();
  });

  it('finds an ASCII name and an accented one that fold alike (Strasse, Straße), short and long', () => {
    expect(findDuplicateAuthor(['Eva Straße', 'Jörg Kim', 'Eva Strasse'])).toEqual({ firstIndex: 0, secondIndex: 2 });
    expect(findDuplicateAuthor([...others(11), 'Eva Straße', 'Eva Strasse'])).toEqual({ firstIndex: 11, secondIndex: 12 });
  });

  it('reports the earliest second name, with the first name it repeats', () => {
    const byline = ['B', 'A', 'b', 'a', 'A'];
    expect(findDuplicateAuthor(byline)).toEqual({ firstIndex: 0, secondIndex: 2 });
    expect(findDuplicateAuthor([...others(10), ...byline])).toEqual({ firstIndex: 10, secondIndex: 12 });
  });

  it('finds none in a byline of distinct names, short or long', () => {
    expect([findDuplicateAuthor(['Noemí Mercado', 'Noemi Mercado']), findDuplicateAuthor(others(40))]).toEqual([undefined, undefined]);
  });
});

describe('cleaning records without control characters', () => {
  it('returns such a record itself, with no warning', () => {
    const record: PaperRecord = { title: 'T', abstract: 'One.', categories: ['cs.DL'], externalIds: { doi: '10.1/x' }, authors: ['Ada Lovelace'] };
    expect(cleaned(record)).toEqual({ record, warnings: [], skipped: [] });
    expect(cleaned(record).record).toBe(record);
  });

  it('still finds a control character in any one field: a category, an external id, a name', () => {
    const base: PaperRecord = { title: 'T', authors: ['Ada Lovelace'] };
    expect(cleaned({ ...base, categories: ['cs.DL', 'cs\u0007.AI'] }).warnings).toEqual([{ line: 5, reason: 'removed control characters from categories[1]' }]);
    expect(cleaned({ ...base, externalIds: { arxiv: '2212.08073\u202e' } }).record?.externalIds).toEqual({ arxiv: '2212.08073' });
    expect(cleaned({ ...base, authors: ['Ada\tLovelace', 'Ada Lovelace'] }).skipped).toEqual([
      { line: 5, reason: 'authors[0] and authors[1] are the same name once control characters are removed' },
    ]);
  });
});

describe('isIsoDate read digit by digit', () => {
  it('accepts real days, leap days included', () => {
    expect(['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'].map(isIsoDate)).toEqual([true, true, true, true]);
  });

  it('refuses days that do not exist and spellings that are not YYYY-MM-DD', () => {
    const refused = ['2023-02-29', '1900-02-29', '0000-01-01', '2024-13-01', '2024-04-31', '2024-00-10', '2024-1a-01', ' 2024-01-01', '2024-01-01\n', '2024/01/01', '+024-01-01', '２０２４-01-01'];
    expect(refused.filter(isIsoDate)).toEqual([]);
  });
});
