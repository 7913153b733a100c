import { IngestError } from '../IngestError.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { describeValue } from '../describeValue.ts';
import { isJsonObject, type JsonObject } from '../isJsonObject.ts';
import { quote } from '../quote.ts';
import { validatePaperRecord } from '../validatePaperRecord.ts';
import { rfc2822Date } from './rfc2822Date.ts';

/** A converted record and the oddities worth a curator's look. */
export interface ArxivConversion {
  readonly record: PaperRecord;
  readonly warnings: readonly string[];
}

type Fail = (reason: string) => never;

/**
 * One record of the arXiv metadata snapshot (Kaggle's
 * `arxiv-metadata-oai-snapshot.json`) as a `PaperRecord`: the arXiv id, the
 * title and abstract with their hard line breaks collapsed, the date of the
 * first version, categories, the DOI, and the authors from `authors_parsed`
 * (Unicode, unlike the TeX of `authors`) as "First Last Suffix", in byline
 * order. A defect throws an `IngestError` at `file:line`.
 *
 * @example
 * arxivRecord({ id: '0704.0049', authors_parsed: [['Øbro', 'Mikkel', '']], versions: [{ created: 'Mon, 2 Apr 2007 10:01:50 GMT' }] }, 'a.json', 49);
 * // { record: { published: '2007-04-02', year: 2007, url: 'https://arxiv.org/abs/0704.0049',
 * //             externalIds: { arxiv: '0704.0049' }, authors: ['Mikkel Øbro'] }, warnings: [] }
 */
export function arxivRecord(value: unknown, file: string, line: number): ArxivConversion {
  const fail: Fail = (reason) => {
    throw new IngestError(file, line, reason);
  };
  if (!isJsonObject(value)) return fail(`expected a JSON object (an arXiv metadata record), got ${describeValue(value)}`);
  const id = value['id'];
  if (typeof id !== 'string' || id.trim() === '') return fail(`field "id" must be an arXiv id like "0704.0001", got ${describeValue(id)}`);

  const warnings: string[] = [];
  const published = firstVersionDate(value['versions'], fail, warnings);
  const [doi, ...otherDois] = words(optionalText(value, 'doi', fail));
  if (otherDois.length > 0) warnings.push(`field "doi" holds ${otherDois.length + 1} DOIs; kept the first, ${quote(doi ?? '')}`);
  const categories = words(optionalText(value, 'categories', fail));

  const record = {
    title: collapsed(optionalText(value, 'title', fail)),
    abstract: collapsed(optionalText(value, 'abstract', fail)),
    published,
    year: published === undefined ? undefined : Number(published.slice(0, 4)),
    categories: categories.length === 0 ? undefined : categories,
    url: `https://arxiv.org/abs/${id}`,
    externalIds: { arxiv: id, doi },
    authors: authorNames(value['authors_parsed'], fail),
  };
  return { record: validatePaperRecord(record, file, line), warnings };
}

function firstVersionDate(versions: unknown, fail: Fail, warnings: string[]): string | undefined {
  if (versions === undefined || versions === null || (Array.isArray(versions) && versions.length === 0)) {
    warnings.push('no "versions", so the paper has no date');
    return undefined;
  }
  if (!Array.isArray(versions)) return fail(`field "versions" must be an array, got ${describeValue(versions)}`);
  const first: unknown = versions[0];
  const created = isJsonObject(first) ? first['created'] : undefined;
  const date = typeof created === 'string' ? rfc2822Date(created) : undefined;
  if (date === undefined) {
    return fail(`field "versions[0].created" must be a date like "Mon, 2 Apr 2007 19:18:42 GMT", got ${describeValue(created)}`);
  }
  return date;
}

function authorNames(value: unknown, fail: Fail): string[] {
  const shape = 'an array of [last, first, suffix] arrays';
  if (!Array.isArray(value)) return fail(`field "authors_parsed" must be ${shape}, got ${describeValue(value)}`);
  if (value.length === 0) return fail('field "authors_parsed" must list at least one author, got an empty array');
  return value.map((entry: unknown, index) => {
    const where = `authors_parsed[${index}]`;
    if (!Array.isArray(entry) || !entry.every((part) => typeof part === 'string')) {
      return fail(`${where} must be an array of strings [last, first, suffix], got ${describeValue(entry)}`);
    }
    // A fourth element, when present, is an affiliation, not part of the name.
    const [last = '', first = '', suffix = ''] = entry as string[];
    const name = [first, last, suffix].map(collapsed).filter((part) => part !== undefined).join(' ');
    return name === '' ? fail(`${where} must hold a name, got ${JSON.stringify(entry)}`) : name;
  });
}

function optionalText(record: JsonObject, field: string, fail: Fail): string | undefined {
  const text = record[field];
  if (text === undefined || text === null) return undefined;
  return typeof text === 'string' ? text : fail(`field "${field}" must be a string or null, got ${describeValue(text)}`);
}

/** Single spaces for runs of whitespace (the snapshot hard-wraps titles and abstracts); `undefined` when nothing is left. */
function collapsed(text: string | undefined): string | undefined {
  const result = text?.replace(/\s+/gu, ' ').trim();
  return result === '' ? undefined : result;
}

function words(text: string | undefined): string[] {
  return text?.split(/\s+/u).filter((word) => word !== '') ?? [];
}
