import type { IngestContext } from './IngestContext.ts';
import type { PaperRecord } from './PaperRecord.ts';
import { findDuplicateAuthor } from './findDuplicateAuthor.ts';
import { hasControlCharacters, removeControlCharacters } from './removeControlCharacters.ts';

type TextField = 'id' | 'title' | 'abstract' | 'venue' | 'url';
const TEXT_FIELDS: readonly TextField[] = ['id', 'title', 'venue', 'url', 'abstract'];

/**
 * `record` with control characters removed from every text (see
 * `removeControlCharacters`; abstracts keep tabs and line breaks), so no
 * escape sequence reaches a terminal and no bidi override disguises a name.
 * One warning at `line` names the fields that changed; a name left empty, or
 * the same as another of its byline, rejects the record.
 *
 * @example
 * const clean = cleanRecordText(record, context, number);
 * if (clean !== undefined) yield clean;
 */
export function cleanRecordText(record: PaperRecord, context: IngestContext, line: number): PaperRecord | undefined {
  // Most records: nothing to remove, so the record as it is, without a copy or a field name built.
  if (!someTextHasControlCharacters(record)) return record;
  const changed: string[] = [];
  const clean = (field: string, text: string, keepLineBreaks = false): string => {
    const cleaned = removeControlCharacters(text, { keepLineBreaks });
    if (cleaned !== text) changed.push(field);
    return cleaned;
  };
  const authors = record.authors.map((name, index) => clean(`authors[${index}]`, name).trim());
  const cleaned: { -readonly [K in keyof PaperRecord]: PaperRecord[K] } = { ...record, authors };
  for (const field of TEXT_FIELDS) {
    const text = record[field];
    if (text !== undefined) cleaned[field] = clean(field, text, field === 'abstract');
  }
  if (record.categories !== undefined) cleaned.categories = record.categories.map((category, index) => clean(`categories[${index}]`, category));
  if (record.externalIds !== undefined) {
    cleaned.externalIds = Object.fromEntries(Object.entries(record.externalIds).map(([name, id]) => [name, clean(`externalIds.${name}`, id)]));
  }
  if (changed.length === 0) return record;

  const empty = authors.findIndex((name) => name === '');
  if (empty !== -1) return reject(context, line, `authors[${empty}] is nothing but control characters`);
  const duplicate = findDuplicateAuthor(authors);
  if (duplicate !== undefined) {
    return reject(context, line, `authors[${duplicate.firstIndex}] and authors[${duplicate.secondIndex}] are the same name once control characters are removed`);
  }
  context.warn(line, `removed control characters from ${changed.join(', ')}`);
  return cleaned;
}

function someTextHasControlCharacters(record: PaperRecord): boolean {
  if (record.authors.some(hasControlCharacters) || record.categories?.some(hasControlCharacters) === true) return true;
  for (const field of TEXT_FIELDS) {
    const text = record[field];
    if (text !== undefined && hasControlCharacters(text)) return true;
  }
  return record.externalIds !== undefined && Object.values(record.externalIds).some(hasControlCharacters);
}

function reject(context: IngestContext, line: number, reason: string): undefined {
  context.reject(line, reason);
  return undefined;
}
