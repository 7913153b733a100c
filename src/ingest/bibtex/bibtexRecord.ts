import type { IngestContext } from '../IngestContext.ts';
import { MONTHS } from '../MONTHS.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { isoDate } from '../isoDate.ts';
import { quote } from '../quote.ts';
import type { BibtexEntry } from './BibtexEntry.ts';
import type { FieldText } from './FieldText.ts';
import { bibtexAuthors } from './bibtexAuthors.ts';
import { latexToUnicode } from './latexToUnicode.ts';
import { warnUnknownLatex } from './warnUnknownLatex.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/iu;

/**
 * The paper record of an entry whose macros and crossref are resolved
 * (`fields`), or `undefined` for an entry without an `author` field, which
 * is not a co-authorship record (a `@proceedings` with editors only).
 *
 * The id is `bibtex:<key>`, as a citation key is unique in its database.
 * Title and venue (`journal`, else `booktitle`) are converted to Unicode;
 * `url` and `doi` are taken as written, without braces, a DOI without its
 * `https://doi.org/` prefix. `published` is set only when year, month and
 * day are all given. A defect throws an `IngestError` (see `bibtexAuthors`).
 *
 * @example
 * bibtexRecord(entry, fields, context);
 * // { id: 'bibtex:abdulaziz-kurz-aaai2023', title: 'Formally Verified SAT-Based AI Planning',
 * //   year: 2023, venue: 'Proceedings of …', authors: ['Mohammad Abdulaziz', 'Friedrich Kurz'] }
 */
export function bibtexRecord(entry: BibtexEntry, fields: ReadonlyMap<string, FieldText>, context: IngestContext): PaperRecord | undefined {
  const authorField = fields.get('author');
  if (authorField === undefined) return undefined;
  const where = `entry "${entry.key}"`;
  const record: Mutable<PaperRecord> = { id: `bibtex:${entry.key}`, authors: [] };
  const title = unicode(fields.get('title'), `${where}: the title`, context);
  if (title !== undefined) record.title = title;
  const year = fields.get('year');
  if (year !== undefined) {
    const text = latexToUnicode(year.text);
    if (/^[0-9]{1,4}$/u.test(text)) record.year = Number(text);
    else context.warn(year.lineAt(0), `${where}: year ${quote(text)} is not a number; the record has no year`);
  }
  const published = fullDate(record.year, fields);
  if (published !== undefined) record.published = published;
  const venue = unicode(fields.get('journal') ?? fields.get('booktitle'), `${where}: the venue`, context);
  if (venue !== undefined) record.venue = venue;
  const url = verbatim(fields.get('url'));
  if (url !== undefined) record.url = url;
  const doi = verbatim(fields.get('doi'))?.replace(DOI_PREFIX, '');
  if (doi !== undefined) record.externalIds = { doi };
  record.authors = bibtexAuthors(authorField, where, context);
  return record;
}

function unicode(field: FieldText | undefined, subject: string, context: IngestContext): string | undefined {
  if (field === undefined) return undefined;
  const text = latexToUnicode(field.text);
  warnUnknownLatex(text, context, field.lineAt(0), subject);
  return text === '' ? undefined : text;
}

/** A URL or DOI: braces and escapes go, nothing else changes (`~` and `--` are part of URLs). */
function verbatim(field: FieldText | undefined): string | undefined {
  const text = field?.text.replace(/[{}\s]/gu, '').replace(/\\([_%&#$~])/gu, '$1');
  return text === '' ? undefined : text;
}

function fullDate(year: number | undefined, fields: ReadonlyMap<string, FieldText>): string | undefined {
  const month = fields.get('month');
  const day = fields.get('day');
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const monthText = latexToUnicode(month.text);
  const monthNumber = /^[0-9]{1,2}$/u.test(monthText)
    ? Number(monthText)
    : MONTHS.findIndex((name) => name.toLowerCase() === monthText.slice(0, 3).toLowerCase()) + 1;
  return isoDate(year, monthNumber, Number(latexToUnicode(day.text)));
}
