import { isPlainAscii } from '../graph/text/isPlainAscii.ts';
import { IngestError } from './IngestError.ts';
import { EXTERNAL_ID_FIELDS, type ExternalIds, PAPER_RECORD_FIELDS, type PaperRecord } from './PaperRecord.ts';
import { describeValue } from './describeValue.ts';
import { findDuplicateAuthor } from './findDuplicateAuthor.ts';
import { isIsoDate } from './isoDate.ts';
import { isJsonObject, type JsonObject } from './isJsonObject.ts';
import { quote } from './quote.ts';

const STRING_FIELDS = ['id', 'title', 'abstract', 'venue', 'url'] as const;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A defect of the record being checked, placed at its file and line by `validatePaperRecord`. */
class RecordDefect extends Error {}

// Thrown, not called back: a callback made per record costs more than the checks of most records.
function fail(reason: string): never {
  throw new RecordDefect(reason);
}

/**
 * Checks that a parsed JSON value is exactly a `PaperRecord`: no unknown
 * fields, every field of its type, a real `published` date that agrees with
 * `year`, and a non-empty byline without repeats. Any defect throws an
 * `IngestError` at `file:line`. The result holds only the fields present in
 * the input, with author names in NFC so that the same name typed on two
 * systems compares equal.
 *
 * @example
 * validatePaperRecord(JSON.parse('{"year":2022,"authors":["Yuntao Bai"]}'), 'papers.jsonl', 1);
 * // { year: 2022, authors: ['Yuntao Bai'] }
 */
export function validatePaperRecord(value: unknown, file: string, line: number): PaperRecord {
  try {
    return validate(value);
  } catch (error) {
    if (error instanceof RecordDefect) throw new IngestError(file, line, error.message);
    throw error;
  }
}

function validate(value: unknown): PaperRecord {
  if (!isJsonObject(value)) return fail(`expected a JSON object (a paper record), got ${describeValue(value)}`);
  rejectUnknownFields(value, PAPER_RECORD_FIELDS, '');

  const record: Mutable<PaperRecord> = { authors: validateAuthors(value['authors']) };
  for (const field of STRING_FIELDS) {
    const text = value[field];
    if (text === undefined) continue;
    if (typeof text !== 'string') return fail(`field "${field}" must be a string, got ${describeValue(text)}`);
    record[field] = text;
  }
  if (value['published'] !== undefined) record.published = validatePublished(value['published']);
  if (value['year'] !== undefined) record.year = validateYear(value['year'], record.published);
  if (value['codeImplementations'] !== undefined) {
    record.codeImplementations = validateCount(value['codeImplementations']);
  }
  if (value['categories'] !== undefined) record.categories = validateCategories(value['categories']);
  if (value['externalIds'] !== undefined) record.externalIds = validateExternalIds(value['externalIds']);
  return record;
}

function rejectUnknownFields(object: JsonObject, allowed: readonly string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      fail(`unknown field "${prefix}${key}"; allowed fields are ${allowed.join(', ')}`);
    }
  }
}

function validateAuthors(value: unknown): string[] {
  if (value === undefined) return fail('missing required field "authors" (an array of author names)');
  if (!Array.isArray(value)) return fail(`field "authors" must be an array of strings, got ${describeValue(value)}`);
  if (value.length === 0) return fail('field "authors" must list at least one author, got an empty array');
  let plain = true;
  const authors: string[] = [];
  for (let index = 0; index < value.length; index++) {
    const name: unknown = value[index];
    if (typeof name !== 'string') return fail(`authors[${index}] must be a string, got ${describeValue(name)}`);
    // Most names: not empty, not padded, already NFC, so each check below would pass and normalizing change nothing.
    if (isPlainAscii(name)) {
      authors.push(name);
      continue;
    }
    plain = false;
    if (name.trim() === '') return fail(`authors[${index}] must be a non-empty name, got ${quote(name)}`);
    if (name.trim() !== name) {
      return fail(`authors[${index}] must not start or end with whitespace, got ${quote(name)}`);
    }
    authors.push(name.normalize('NFC'));
  }
  const duplicate = findDuplicateAuthor(authors, plain);
  if (duplicate !== undefined) {
    const { firstIndex, secondIndex } = duplicate;
    return fail(
      `expected each author once per paper, got ${quote(authors[firstIndex] ?? '')} at authors[${firstIndex}]` +
        ` and ${quote(authors[secondIndex] ?? '')} at authors[${secondIndex}]`,
    );
  }
  return authors;
}

function validateCategories(value: unknown): string[] {
  if (!Array.isArray(value)) return fail(`field "categories" must be an array of strings, got ${describeValue(value)}`);
  return value.map((category: unknown, index): string => {
    if (typeof category !== 'string') return fail(`categories[${index}] must be a string, got ${describeValue(category)}`);
    if (category.trim() === '' || category.trim() !== category) {
      return fail(`categories[${index}] must be a non-empty name without surrounding whitespace, got ${quote(category)}`);
    }
    return category;
  });
}

function validatePublished(value: unknown): string {
  if (typeof value !== 'string') return fail(`field "published" must be a date string "YYYY-MM-DD", got ${describeValue(value)}`);
  if (isIsoDate(value)) return value;
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/u.test(value)) {
    return fail(`field "published" must be a real calendar date, got ${quote(value)} (no such day)`);
  }
  return fail(`field "published" must be a date "YYYY-MM-DD", got ${quote(value)}`);
}

function validateYear(value: unknown, published: string | undefined): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    return fail(`field "year" must be an integer, got ${describeValue(value)}`);
  }
  if (published !== undefined && Number(published.slice(0, 4)) !== value) {
    return fail(`field "year" must match the year of "published" (${published}), got ${value}`);
  }
  return value;
}

function validateCount(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    return fail(`field "codeImplementations" must be a non-negative integer, got ${describeValue(value)}`);
  }
  return value;
}

function validateExternalIds(value: unknown): ExternalIds {
  if (!isJsonObject(value)) {
    return fail(`field "externalIds" must be an object with string fields ${EXTERNAL_ID_FIELDS.join(', ')}, got ${describeValue(value)}`);
  }
  rejectUnknownFields(value, EXTERNAL_ID_FIELDS, 'externalIds.');
  const ids: Mutable<ExternalIds> = {};
  for (const field of EXTERNAL_ID_FIELDS) {
    const id = value[field];
    if (id === undefined) continue;
    if (typeof id !== 'string') return fail(`field "externalIds.${field}" must be a string, got ${describeValue(id)}`);
    ids[field] = id;
  }
  return ids;
}
