import { describe, expect, it } from 'vitest';
import { PAPER_RECORD_FIELDS, type PaperRecord } from '../src/ingest/PaperRecord.ts';
import { CompactRecordsBuilder } from '../src/ingest/CompactRecordsBuilder.ts';
import { HeldRecords } from '../src/ingest/HeldRecords.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { readPaperFiles } from '../src/ingest/readPaperFiles.ts';

const DATA = '../shared/data';

/** The record's fields as a plain object, absent fields left out, as a parsed record has them. */
function fieldsOf(record: PaperRecord): Record<string, unknown> {
  return Object.fromEntries(PAPER_RECORD_FIELDS.flatMap((field) => (record[field] === undefined ? [] : [[field, record[field]]])));
}

describe('records read compactly', () => {
  it.each([
    ['the seed', ['fixtures/seed.jsonl']],
    ['arXiv metadata, with categories', [`${DATA}/arxiv-kaggle-200/arxiv-metadata-oai-snapshot.first200.jsonl`]],
    ['dblp XML, with dblp keys and DOIs', [`${DATA}/dblp-xml-sample/dblp.xml`]],
    ['BibTeX with crossrefs', [`${DATA}/aibasel-bib/abbrv-short.bib`, `${DATA}/aibasel-bib/crossref-short.bib`]],
  ])('read back field for field as the records parsed from %s', async (_, files) => {
    const [parsed, compact] = await Promise.all([readPaperFiles(files), readPaperFiles(files, { compact: true })]);
    expect(compact).toHaveLength(parsed.length);
    expect(compact.map(fieldsOf)).toEqual(parsed.map(fieldsOf));
  });

  it('appends the columns of another builder as if their records had been added, spellings numbered in order of first appearance', () => {
    const builder = new CompactRecordsBuilder();
    builder.add({ title: 'One', year: 2001, authors: ['Ann Lee', 'Bo Li'] });
    const other = new CompactRecordsBuilder();
    other.add({ title: 'Two', authors: ['Cy Ma', 'Bo Li'] });
    other.add({ year: 2003, authors: ['Ann Lee', 'Di Wu', 'Cy Ma'] });
    builder.append(other.columns());
    const { bylines, years } = builder.columns();
    expect([bylines.spellings, Array.from(bylines.offsets), Array.from(bylines.spellingIds)]).toEqual([
      ['Ann Lee', 'Bo Li', 'Cy Ma', 'Di Wu'],
      [0, 2, 4, 7],
      [0, 1, 2, 1, 0, 3, 2],
    ]);
    expect(Array.from(years)).toEqual([2001, Number.NaN, 2003]);
  });

  it('holds records for a server without an object per record, reading each back field for field, one at a time or all at once for a build', async () => {
    const files = [`${DATA}/arxiv-kaggle-200/arxiv-metadata-oai-snapshot.first200.jsonl`];
    const [parsed, compact] = await Promise.all([readPaperFiles(files), readPaperFiles(files, { compact: true })]);
    const held = new HeldRecords(compact);
    expect(held.count).toBe(200);
    expect(Array.from({ length: held.count }, (_, row) => fieldsOf(held.at(row)))).toEqual(parsed.map(fieldsOf));
    const all = runAtOnce(held.allInSteps());
    expect(all.map(fieldsOf)).toEqual(parsed.map(fieldsOf));
    // A build takes the held columns as they are: the same spellings, numbered as they were read.
    const [fromHeld, read] = [CompactRecordsBuilder.bylinesInSteps(all).next(), CompactRecordsBuilder.bylinesInSteps(compact).next()];
    expect(fromHeld.done && read.done).toBe(true);
    expect(fromHeld.value!.spellings).toEqual(read.value!.spellings);
    expect(Array.from(fromHeld.value!.spellingIds)).toEqual(Array.from(read.value!.spellingIds));
  });

  it('holds records not read compactly too, gathering them into columns', () => {
    const records = [
      { title: 'One', year: 2001, authors: ['Ann Lee', 'Bo Li'] },
      { venue: 'Two', authors: ['Bo Li'], externalIds: { doi: '10.1/2' } },
    ];
    const held = new HeldRecords(records);
    expect([held.count, fieldsOf(held.at(1)), runAtOnce(held.allInSteps()).map((record) => record.authors)]).toEqual([
      2,
      { venue: 'Two', authors: ['Bo Li'], externalIds: { doi: '10.1/2' } },
      [['Ann Lee', 'Bo Li'], ['Bo Li']],
    ]);
  });
});
