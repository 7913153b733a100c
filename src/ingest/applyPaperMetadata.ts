import type { PaperRecord } from './PaperRecord.ts';
import { isIsoDate } from './isoDate.ts';
import { isJsonObject } from './isJsonObject.ts';
import { quote } from './quote.ts';

/** Bibliographic facts for one paper, found by its publication date and first author. */
export interface PaperMetadataEntry {
  /** ISO `YYYY-MM-DD`, as the paper's record has it. */
  readonly published: string;
  /** Spelled as the byline spells it. */
  readonly firstAuthor: string;
  readonly title: string;
  /** A new-style (`2212.08073`) or old-style (`hep-th/9901001`) arXiv id. */
  readonly arxiv: string;
}

/** The content of a metadata file such as `paper-metadata.json`. */
export interface PaperMetadata {
  /** Free text on where the facts come from. */
  readonly about?: string;
  readonly papers: readonly PaperMetadataEntry[];
}

const FILE_FIELDS = ['about', 'papers'] as const;
const ENTRY_FIELDS = ['published', 'firstAuthor', 'title', 'arxiv'] as const;
const ARXIV_ID = /^(?:[0-9]{4}\.[0-9]{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/[0-9]{7})(?:v[0-9]+)?$/u;

/**
 * Adds titles and arXiv ids to records that lack them, for sources such as
 * the listing that print neither. `metadata` is the parsed JSON of the
 * metadata file, validated here; `file` names it in errors. Each entry must
 * pick out exactly one record by `published` and first author, and no record
 * may be picked twice, so a stale or ambiguous metadata file fails loudly
 * instead of mislabelling a paper. Records without an entry are returned
 * unchanged; the input is never mutated.
 *
 * @example
 * applyPaperMetadata(records, JSON.parse(await readFile('paper-metadata.json', 'utf8')), 'paper-metadata.json');
 * // records[5].title === 'Constitutional AI: Harmlessness from AI Feedback'
 * // records[5].url === 'https://arxiv.org/abs/2212.08073'
 */
export function applyPaperMetadata(
  records: readonly PaperRecord[],
  metadata: unknown,
  file: string,
): PaperRecord[] {
  const { papers } = validateMetadata(metadata, file);
  const result = [...records];
  const entryIndexByRecord = new Map<number, number>();

  for (const [entryIndex, entry] of papers.entries()) {
    const fail: Fail = (reason) => {
      throw new Error(`${file}: papers[${entryIndex}]: ${reason}`);
    };
    const paper = `paper published ${entry.published} with first author ${quote(entry.firstAuthor)}`;
    const firstAuthor = entry.firstAuthor.normalize('NFC');
    const matches = records.flatMap((record, index) =>
      record.published === entry.published && record.authors[0]?.normalize('NFC') === firstAuthor ? [{ record, index }] : [],
    );
    const [match] = matches;
    if (match === undefined) fail(`expected a ${paper}, found none among the ${records.length} papers read`);
    if (matches.length > 1) {
      const positions = matches.map(({ index }) => index + 1).join(', ');
      fail(`expected exactly one ${paper}, found ${matches.length} (papers ${positions} of the input)`);
    }
    const earlierEntry = entryIndexByRecord.get(match.index);
    if (earlierEntry !== undefined) fail(`expected one entry per paper, got a second one for the ${paper} (first: papers[${earlierEntry}])`);
    entryIndexByRecord.set(match.index, entryIndex);
    result[match.index] = withMetadata(match.record, entry, fail);
  }
  return result;
}

type Fail = (reason: string) => never;

function withMetadata(record: PaperRecord, entry: PaperMetadataEntry, fail: Fail): PaperRecord {
  const url = `https://arxiv.org/abs/${entry.arxiv}`;
  const conflicts: [string, string | undefined, string][] = [
    ['title', record.title, entry.title],
    ['externalIds.arxiv', record.externalIds?.arxiv, entry.arxiv],
    ['url', record.url, url],
  ];
  for (const [field, existing, added] of conflicts) {
    if (existing !== undefined && existing !== added) {
      fail(`expected ${field} ${quote(added)} to agree with the paper's own, got ${quote(existing)} in the paper`);
    }
  }
  return { ...record, title: entry.title, url, externalIds: { ...record.externalIds, arxiv: entry.arxiv } };
}

function validateMetadata(value: unknown, file: string): PaperMetadata {
  const fail: Fail = (reason) => {
    throw new Error(`${file}: ${reason}`);
  };
  if (!isJsonObject(value)) return fail(`expected a JSON object with a "papers" array, got ${kindOf(value)}`);
  const unknown = Object.keys(value).find((key) => !FILE_FIELDS.some((field) => field === key));
  if (unknown !== undefined) fail(`unknown field "${unknown}"; allowed fields are ${FILE_FIELDS.join(', ')}`);
  const { about, papers } = value;
  if (about !== undefined && typeof about !== 'string') fail(`field "about" must be a string, got ${kindOf(about)}`);
  if (!Array.isArray(papers)) return fail(`field "papers" must be an array of entries, got ${kindOf(papers)}`);
  return { papers: papers.map((entry: unknown, index) => validateEntry(entry, (reason) => fail(`papers[${index}]: ${reason}`))) };
}

function validateEntry(value: unknown, fail: Fail): PaperMetadataEntry {
  if (!isJsonObject(value)) return fail(`expected an object with fields ${ENTRY_FIELDS.join(', ')}, got ${kindOf(value)}`);
  const unknown = Object.keys(value).find((key) => !ENTRY_FIELDS.some((field) => field === key));
  if (unknown !== undefined) fail(`unknown field "${unknown}"; allowed fields are ${ENTRY_FIELDS.join(', ')}`);
  const { published, firstAuthor, title, arxiv } = value;
  const text = (field: string, found: unknown): string => {
    if (typeof found !== 'string' || found.trim() === '') {
      return fail(`field "${field}" must be a non-empty string, got ${kindOf(found)}`);
    }
    return found;
  };
  const entry = {
    published: text('published', published),
    firstAuthor: text('firstAuthor', firstAuthor),
    title: text('title', title),
    arxiv: text('arxiv', arxiv),
  };
  if (!isIsoDate(entry.published)) {
    fail(`field "published" must be a real calendar date "YYYY-MM-DD", got ${quote(entry.published)}`);
  }
  if (!ARXIV_ID.test(entry.arxiv)) fail(`field "arxiv" must be an arXiv id like "2212.08073", got ${quote(entry.arxiv)}`);
  return entry;
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}
