import type { PaperRecord } from '../PaperRecord.ts';
import { findDuplicateAuthor } from '../findDuplicateAuthor.ts';
import { quote } from '../quote.ts';
import type { RawDblpField, RawDblpRecord } from './DblpRecordAssembler.ts';
import { type Entities, expandReferences } from './expandReferences.ts';

/** A paper, or why a well-formed record is not a co-authorship record. */
export type DblpOutcome = PaperRecord | 'person page' | 'no authors';

type Fail = (line: number, reason: string) => never;

/** The record fields a paper is built from. */
export const DBLP_PAPER_FIELDS: ReadonlySet<string> = new Set(['author', 'title', 'year', 'journal', 'booktitle', 'ee']);

const KEY_ATTRIBUTE = /(?:^|[\t\n\r ])key[\t\n\r ]*=[\t\n\r ]*(?:"([^"]*)"|'([^']*)')/u;
const YEAR = /^[0-9]{4}$/u;
const SPACE_RUN = /[\t\n\r]| {2}/u;
/** Text in Latin-1 is in NFC already: only a later character can combine. */
const BEYOND_LATIN1 = /[^\0-\xFF]/u;
const DOI_URL = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/iu;

/**
 * The paper a dblp record describes, or why it describes none: person pages
 * (`<www key="homepages/…">`, `<person>`) and records without `<author>`
 * (most `<proceedings>`, whose `<editor>`s are not authors) are no papers.
 *
 * - `id` is `dblp:<key>`: keys are unique in dblp, while a DOI can sit on
 *   more than one record.
 * - Authors keep dblp's spelling exactly, homonym number included
 *   (`Manish Singh 0001`), in NFC with runs of whitespace made one space.
 * - The title loses its inline markup (`H<sub>2</sub>O` → `H2O`) and the
 *   one period dblp ends every title with, so it reads as other sources
 *   write it; a `?` or `!` that ends a title is the title's own and stays.
 * - `venue` is the journal, else the booktitle; `url` the first `<ee>`, and
 *   `externalIds.doi` the first `<ee>` on doi.org.
 *
 * A defect (an undefined entity, a year that is not four digits, an author
 * named twice) goes to `fail` with the line of the field that has it.
 *
 * @example
 * buildDblpPaper(rawRecord, entities, fail);
 * // { id: 'dblp:reference/vision/Beyerer14', title: 'Mirrors', year: 2014, …, authors: ['Jürgen Beyerer'] }
 */
export function buildDblpPaper(raw: RawDblpRecord, entities: Entities, fail: Fail): DblpOutcome {
  const key = recordKey(raw, entities, fail);
  if (raw.type === 'person' || (raw.type === 'www' && key.startsWith('homepages/'))) return 'person page';
  const authors = fieldTexts(raw, 'author', entities, fail);
  if (authors.length === 0) return 'no authors';
  checkByline(raw, authors, fail);
  const title = withoutFinalPeriod(firstFieldText(raw, 'title', entities, fail) ?? '');
  const year = firstFieldText(raw, 'year', entities, fail);
  const venue = firstFieldText(raw, 'journal', entities, fail) ?? firstFieldText(raw, 'booktitle', entities, fail) ?? '';
  const links = fieldTexts(raw, 'ee', entities, fail);
  const doi = firstDoi(links);
  return {
    id: `dblp:${key}`,
    ...(title === '' ? {} : { title }),
    ...(year === undefined ? {} : { year: parseYear(year, raw, fail) }),
    ...(venue === '' ? {} : { venue }),
    ...(links[0] === undefined ? {} : { url: links[0] }),
    externalIds: doi === undefined ? { dblp: key } : { doi, dblp: key },
    authors,
  };
}

// Plain loops below, not closures: this runs for every one of dblp's millions of records.

function fieldTexts(raw: RawDblpRecord, name: string, entities: Entities, fail: Fail): string[] {
  const texts: string[] = [];
  for (const field of raw.fields) if (field.name === name) texts.push(fieldText(field, entities, fail));
  return texts;
}

function firstFieldText(raw: RawDblpRecord, name: string, entities: Entities, fail: Fail): string | undefined {
  for (const field of raw.fields) if (field.name === name) return fieldText(field, entities, fail);
  return undefined;
}

/** Fails on an empty name or a name given twice, at the line of the `<author>` that has it. */
function checkByline(raw: RawDblpRecord, authors: readonly string[], fail: Fail): void {
  const empty = authors.indexOf('');
  if (empty !== -1) fail(authorLine(raw, empty), 'expected an author name in <author>, got nothing');
  const duplicate = findDuplicateAuthor(authors);
  if (duplicate === undefined) return;
  const { firstIndex, secondIndex } = duplicate;
  fail(
    authorLine(raw, secondIndex),
    `expected each author once per paper, got ${quote(authors[firstIndex] ?? '')} at position ${firstIndex + 1}` +
      ` and ${quote(authors[secondIndex] ?? '')} at position ${secondIndex + 1} of the byline`,
  );
}

function authorLine(raw: RawDblpRecord, index: number): number {
  return raw.fields.filter((field) => field.name === 'author')[index]?.line ?? raw.line;
}

/** A field's text: references expanded, runs of whitespace made one space, in NFC. */
function fieldText(field: RawDblpField, entities: Entities, fail: Fail): string {
  const text = expandReferences(field.raw, entities, (reason) => fail(field.line, `in <${field.name}>: ${reason}`));
  // Most fields are one line of Latin-1: skip the work they do not need.
  const spaced = SPACE_RUN.test(text) ? text.replace(/[\t\n\r ]+/gu, ' ') : text;
  return BEYOND_LATIN1.test(spaced) ? spaced.trim().normalize('NFC') : spaced.trim();
}

function recordKey(raw: RawDblpRecord, entities: Entities, fail: Fail): string {
  const match = KEY_ATTRIBUTE.exec(raw.attributes);
  const key = match?.[1] ?? match?.[2] ?? '';
  if (key.trim() === '') {
    return fail(raw.line, `expected a key="…" attribute on <${raw.type}>, as every dblp record has one`);
  }
  return expandReferences(key, entities, (reason) => fail(raw.line, `in the key of <${raw.type}>: ${reason}`));
}

function parseYear(year: string, raw: RawDblpRecord, fail: Fail): number {
  if (YEAR.test(year)) return Number(year);
  const line = raw.fields.find((field) => field.name === 'year')?.line ?? raw.line;
  return fail(line, `expected a four-digit year in <year>, got ${quote(year)}`);
}

/** dblp ends every title with a period unless it ends in `?` or `!`; an ellipsis is left alone. */
function withoutFinalPeriod(title: string): string {
  return title.endsWith('.') && !title.endsWith('..') ? title.slice(0, -1).trimEnd() : title;
}

/** The DOI of the first link to doi.org, percent-escapes decoded. */
function firstDoi(links: readonly string[]): string | undefined {
  for (const link of links) {
    const path = DOI_URL.exec(link)?.[1];
    if (path === undefined) continue;
    try {
      return decodeURIComponent(path);
    } catch {
      return path;
    }
  }
  return undefined;
}
