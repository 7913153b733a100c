import { IngestError } from '../IngestError.ts';
import { MONTHS } from '../MONTHS.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { findDuplicateAuthor } from '../findDuplicateAuthor.ts';
import { isoDate } from '../isoDate.ts';
import { quote } from '../quote.ts';
import { splitLines } from '../splitLines.ts';

const SEPARATOR = ' • ';
const HEADER_SHAPE = '"<N|no> code implementation(s) • <D Mon YYYY> • <Author>, <Author>, …"';
/** Loose on purpose: it only decides whether a line was meant as a header, not whether it is a valid one. */
const HEADER_START = /^\s*\S+ code implementations? • /u;

/**
 * Parses a paper listing: per paper a header line
 * `<N|no> code implementation(s) • <D Mon YYYY> • <Author>, <Author>, …`
 * followed by one line of abstract excerpt.
 *
 * All or nothing: the first defect throws an `IngestError` naming `file` and
 * the 1-based line, so a half-read listing never reaches the graph. Tolerates
 * a byte order mark, CRLF endings, a missing final newline and blank lines
 * between papers.
 *
 * @example
 * parseListing('2 code implementations • 15 Dec 2022 • Yuntao Bai, Saurav Kadavath\nIn the RL phase, …', 'seed.txt');
 * // [{ published: '2022-12-15', year: 2022, codeImplementations: 2,
 * //    abstract: 'In the RL phase, …', authors: ['Yuntao Bai', 'Saurav Kadavath'] }]
 */
export function parseListing(text: string, file: string): PaperRecord[] {
  const lines = splitLines(text);
  const records: PaperRecord[] = [];
  const headerLineByPaper = new Map<string, number>();

  for (let index = 0; index < lines.length; index += 1) {
    const header = lines[index] ?? '';
    if (header.trim() === '') continue;
    const lineNumber = index + 1;
    const fail = (reason: string): never => {
      throw new IngestError(file, lineNumber, reason);
    };

    const paper = parseHeader(header, fail);
    const abstract = abstractAfter(lines, index + 1, fail);
    index += 1;

    const paperKey = `${header.trim()}\n${abstract}`;
    const earlierLine = headerLineByPaper.get(paperKey);
    if (earlierLine !== undefined) {
      fail(`expected each paper once, got a repeat of the paper at line ${earlierLine} (same header and abstract)`);
    }
    headerLineByPaper.set(paperKey, lineNumber);
    records.push({ ...paper, abstract });
  }

  if (records.length === 0) throw new IngestError(file, 1, `expected at least one paper (a header line ${HEADER_SHAPE} and an abstract line), got none`);
  return records;
}

type Fail = (reason: string) => never;

interface Header {
  readonly published: string;
  readonly year: number;
  readonly codeImplementations: number;
  readonly authors: readonly string[];
}

function parseHeader(line: string, fail: Fail): Header {
  const fields = line.split(SEPARATOR).map((field) => field.trim());
  const [codeField, dateField, authorsField] = fields;
  if (fields.length !== 3 || codeField === undefined || dateField === undefined || authorsField === undefined) {
    const got = fields.length === 1 ? '1 field' : `${fields.length} fields`;
    return fail(`expected a header ${HEADER_SHAPE} with 3 fields separated by " • ", got ${got}: ${quote(line.trim())}`);
  }
  const { published, year } = parseDate(dateField, fail);
  return {
    published,
    year,
    codeImplementations: parseCodeImplementations(codeField, fail),
    authors: parseAuthors(authorsField, fail),
  };
}

function parseCodeImplementations(field: string, fail: Fail): number {
  if (field === 'no code implementations') return 0;
  if (field === '1 code implementation') return 1;
  // The source writes "no" for zero and agrees singular/plural with the count,
  // so "0 code implementations" or "1 code implementations" means a hand edit.
  const count = /^([1-9][0-9]*) code implementations$/u.exec(field)?.[1];
  if (count !== undefined && count !== '1' && Number.isSafeInteger(Number(count))) return Number(count);
  return fail(
    `expected "no code implementations", "1 code implementation" or "<N> code implementations" (N ≥ 2) as the first field, got ${quote(field)}`,
  );
}

function parseDate(field: string, fail: Fail): { published: string; year: number } {
  const expected = 'expected a date like "15 Dec 2022" as the second field';
  const match = /^([0-9]{1,2}) (\S+) ([0-9]{4})$/u.exec(field);
  const [, dayText, monthName, yearText] = match ?? [];
  if (dayText === undefined || monthName === undefined || yearText === undefined) {
    return fail(`${expected}, got ${quote(field)}`);
  }
  const monthIndex = MONTHS.findIndex((month) => month === monthName);
  if (monthIndex === -1) {
    return fail(`${expected}, got ${quote(field)} (unknown month ${quote(monthName)}; months are ${MONTHS.join(' ')})`);
  }
  const year = Number(yearText);
  const published = isoDate(year, monthIndex + 1, Number(dayText));
  if (published === undefined) return fail(`expected a real calendar date as the second field, got ${quote(field)} (no such day)`);
  return { published, year };
}

function parseAuthors(field: string, fail: Fail): string[] {
  if (field === '') return fail('expected at least one author name as the third field, got nothing');
  const authors = field.split(',').map((name) => name.trim().normalize('NFC'));
  const emptyIndex = authors.findIndex((name) => name === '');
  if (emptyIndex !== -1) {
    const where = emptyIndex === authors.length - 1 ? 'after the last comma' : `at position ${emptyIndex + 1} of the byline`;
    return fail(`expected an author name ${where}, got an empty name`);
  }
  const duplicate = findDuplicateAuthor(authors);
  if (duplicate !== undefined) {
    const { firstIndex, secondIndex } = duplicate;
    return fail(
      `expected each author once per paper, got ${quote(authors[firstIndex] ?? '')} at position ${firstIndex + 1}` +
        ` and ${quote(authors[secondIndex] ?? '')} at position ${secondIndex + 1} of the byline`,
    );
  }
  return authors;
}

function abstractAfter(lines: readonly string[], index: number, fail: Fail): string {
  const expected = `expected the abstract on line ${index + 1}, after this header`;
  const line = lines[index];
  if (line === undefined || line.trim() === '') {
    // A file cut off after a header usually still ends in a newline (or a few).
    const truncated = lines.slice(index).every((rest) => rest.trim() === '');
    return fail(`${expected}, got ${truncated ? 'the end of the file' : 'a blank line'}`);
  }
  if (HEADER_START.test(line)) return fail(`${expected}, got another header`);
  return line.trim();
}
