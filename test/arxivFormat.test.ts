import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { arxivFormat } from '../src/ingest/arxiv/arxivFormat.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { jsonErrorOf } from './support/jsonErrorOf.ts';
import { readFormat, strictFailure } from './support/readFormat.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const SAMPLE = '../shared/data/arxiv-kaggle-200/arxiv-metadata-oai-snapshot.first200.jsonl';
const file = scratchFolder('arxivFormat');

/** The sample's records parsed without the importer, for whole-file counts. */
const raw = readFileSync(SAMPLE, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as { id: string; authors_parsed: string[][] });

const sample = await readFormat(arxivFormat, SAMPLE);
const byId = (id: string): PaperRecord | undefined => sample.records.find((record) => record.externalIds?.arxiv === id);

/** One line of the snapshot: a minimal valid record with `fields` merged over it. */
function arxivLine(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: '0704.0001',
    title: 'A title',
    versions: [{ version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' }],
    authors_parsed: [['Lovelace', 'Ada', '']],
    ...fields,
  });
}

describe('arxivFormat on the 200-record sample', () => {
  it('reads every record, with every authorship and distinct name the snapshot lists', () => {
    const names = raw.flatMap((record) =>
      record.authors_parsed.map(([last = '', first = '', suffix = '']) => [first, last, suffix].filter((part) => part !== '').join(' ')),
    );
    expect(sample.records).toHaveLength(raw.length);
    expect(sample.records).toHaveLength(200);
    expect(sample.records.flatMap((record) => record.authors)).toHaveLength(names.length);
    expect(new Set(sample.records.flatMap((record) => record.authors)).size).toBe(new Set(names).size);
    expect(sample.records.map((record) => record.externalIds?.arxiv)).toEqual(raw.map((record) => record.id));
  });

  it('gives authors in Unicode from authors_parsed, not the TeX of "authors"', () => {
    expect(byId('0704.0001')?.authors).toEqual(['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C. -P. Yuan']);
    expect(byId('0704.0049')?.authors).toEqual(['Mikkel Øbro']);
    expect(byId('0704.0062')?.authors).toEqual(['Rastislav Šrámek', 'Broňa Brejová', 'Tomáš Vinař']);
  });

  it('keeps a name suffix after the surname, in byline order', () => {
    expect(byId('0704.0009')?.authors).toEqual([
      'Paul Harvey',
      'Bruno Merin',
      'Tracy L. Huard',
      'Luisa M. Rebull',
      'Nicholas Chapman',
      'Neal J. Evans II',
      'Philip C. Myers',
    ]);
  });

  it('leaves out the affiliation some entries carry as a fourth element', () => {
    expect(byId('0704.0052')?.authors).toEqual(['Arthur Jaffe', 'Gordon Ritter']);
  });

  it('reads a collaboration listed without a first name', () => {
    expect(byId('0704.0020')?.authors[0]).toBe('The BABAR Collaboration');
  });

  it('converts a whole record: collapsed text, first-version date, categories, link', () => {
    expect(byId('0704.0108')).toEqual({
      title: 'Reducing SAT to 2-SAT',
      abstract: 'Description of a polynomial time reduction of SAT to 2-SAT of polynomial size.',
      published: '2007-04-01',
      year: 2007,
      categories: ['cs.CC'],
      url: 'https://arxiv.org/abs/0704.0108',
      externalIds: { arxiv: '0704.0108' },
      authors: ['Sergey Gubin'],
    });
  });

  it('dates a paper by its first version and splits categories on spaces', () => {
    const record = byId('0704.0002');
    expect([record?.published, record?.categories]).toEqual(['2007-03-31', ['math.CO', 'cs.CG']]);
    expect(byId('0704.0001')?.externalIds).toEqual({ arxiv: '0704.0001', doi: '10.1103/PhysRevD.76.013009' });
  });

  it('keeps the first of two DOIs and warns about the other, at the line', () => {
    expect(byId('0704.0033')?.externalIds?.doi).toBe('10.1364/JOSAA.23.002578');
    expect(sample.report.firstWarnings).toEqual([
      { line: 33, reason: 'field "doi" holds 2 DOIs; kept the first, "10.1364/JOSAA.23.002578"' },
      { line: 38, reason: 'field "doi" holds 2 DOIs; kept the first, "10.1016/j.jqsrt.2007.01.034"' },
    ]);
    expect(sample.report.skipped).toBe(0);
  });
});

describe('arxivFormat on defective lines', () => {
  const lines = [
    arxivLine(),
    '{oops',
    arxivLine({ id: '0704.0003', authors_parsed: [] }),
    arxivLine({ id: '0704.0004', versions: [{ version: 'v1', created: 'yesterday' }] }),
    arxivLine({ id: '0704.0005', authors_parsed: [['Lovelace', 'Ada', ''], ['', '', '']] }),
    arxivLine({ id: '0704.0006', authors_parsed: [['Lovelace', 'Ada'], ['Lovelace', 'ADA']] }),
    arxivLine({ id: '0704.0007', title: 7 }),
    arxivLine({ id: '0704.0008' }),
  ];
  const path = file('defects.json', `${lines.join('\n')}\n`);

  it('strict: stops at the first defect with file and line', async () => {
    expect((await strictFailure(arxivFormat, path)).message).toBe(`${path}:2: invalid JSON: ${jsonErrorOf('{oops')}`);
  });

  it('lenient: skips each defective line with its reason and keeps the rest', async () => {
    const { records, report } = await readFormat(arxivFormat, path, { strict: false });
    expect(records.map((record) => record.externalIds?.arxiv)).toEqual(['0704.0001', '0704.0008']);
    expect(report.skipped).toBe(6);
    expect(report.firstSkipped).toEqual([
      { line: 2, reason: `invalid JSON: ${jsonErrorOf('{oops')}` },
      { line: 3, reason: 'field "authors_parsed" must list at least one author, got an empty array' },
      { line: 4, reason: 'field "versions[0].created" must be a date like "Mon, 2 Apr 2007 19:18:42 GMT", got the string "yesterday"' },
      { line: 5, reason: 'authors_parsed[1] must hold a name, got ["","",""]' },
      { line: 6, reason: 'expected each author once per paper, got "Ada Lovelace" at authors[0] and "ADA Lovelace" at authors[1]' },
      { line: 7, reason: 'field "title" must be a string or null, got the number 7' },
    ]);
  });

  it('reads a record without versions undated, with a warning', async () => {
    const { records, report } = await readFormat(arxivFormat, file('undated.json', arxivLine({ versions: [] })));
    expect(records).toEqual([
      { title: 'A title', url: 'https://arxiv.org/abs/0704.0001', externalIds: { arxiv: '0704.0001' }, authors: ['Ada Lovelace'] },
    ]);
    expect(report.firstWarnings).toEqual([{ line: 1, reason: 'no "versions", so the paper has no date' }]);
  });

  it('treats null fields as absent', async () => {
    const { records } = await readFormat(arxivFormat, file('nulls.json', arxivLine({ title: null, doi: null, categories: null, abstract: null })));
    expect(Object.keys(records[0] ?? {}).sort()).toEqual(['authors', 'externalIds', 'published', 'url', 'year']);
  });
});

describe('arXiv records in the API', () => {
  it('serve their categories, arXiv id and link', async () => {
    const { data } = await graphqlClient(buildGraph(sample.records))(`query($id: ID!) { paper(id: $id) { arxivId url categories year authors(first: 2) { edges { node { name } } } } }`, {
      id: Buffer.from('Paper:arxiv:0704.0001').toString('base64'),
    });
    // 0704.0001, first line of the sample: categories "hep-ph", first version 2 Apr 2007, C. Balázs and E. L. Berger first.
    expect(data).toEqual({
      paper: {
        arxivId: '0704.0001',
        url: 'https://arxiv.org/abs/0704.0001',
        categories: ['hep-ph'],
        year: 2007,
        authors: { edges: [{ node: { name: 'C. Balázs' } }, { node: { name: 'E. L. Berger' } }] },
      },
    });
  });
});
