import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { formatJsonLines } from '../src/ingest/jsonl/formatJsonLines.ts';
import { parseJsonLines } from './support/parseJsonLines.ts';
import { parseListing } from '../src/ingest/listing/parseListing.ts';

const seed = parseListing(readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8'), 'seed.txt');

/** Every field set, in an order unlike the output's, with text that JSON must escape. */
const full: PaperRecord = {
  authors: ['Kamil\u0117 Luko\u0161i\u016Bt\u0117', 'Ethan Perez'],
  externalIds: { dblp: 'journals/x/y', doi: '10.1/x', arxiv: '2212.09251' },
  url: 'https://arxiv.org/abs/2212.09251',
  venue: 'arXiv',
  categories: ['cs.CL', 'cs.AI'],
  codeImplementations: 3,
  year: 2022,
  published: '2022-12-19',
  abstract: 'A "quoted"\tabstract\nover two lines \u2028 with a separator',
  title: 'Discovering Language Model Behaviors',
  id: 'perez-2022',
};

function roundTrip(records: readonly PaperRecord[]): PaperRecord[] {
  return parseJsonLines(formatJsonLines(records), 'round-trip.jsonl');
}

describe('formatJsonLines', () => {
  it('writes keys in a fixed order whatever the order in the record', () => {
    expect(formatJsonLines([{ year: 2022, authors: ['A B'], published: '2022-12-15', title: 'T' }])).toBe(
      '{"title":"T","published":"2022-12-15","year":2022,"authors":["A B"]}\n',
    );
  });

  it('writes categories after the venue, in their own order', () => {
    expect(formatJsonLines([{ authors: ['A B'], categories: ['math.CO', 'cs.CG'], venue: 'V' }])).toBe(
      '{"venue":"V","categories":["math.CO","cs.CG"],"authors":["A B"]}\n',
    );
  });

  it('writes external ids as arxiv, doi, dblp', () => {
    const line = formatJsonLines([{ externalIds: { dblp: 'c', doi: 'b', arxiv: 'a' }, authors: ['A B'] }]);
    expect(line).toBe('{"externalIds":{"arxiv":"a","doi":"b","dblp":"c"},"authors":["A B"]}\n');
  });

  it('leaves out fields that are undefined', () => {
    expect(formatJsonLines([{ title: undefined, year: 2020, authors: ['A B'] }])).toBe('{"year":2020,"authors":["A B"]}\n');
  });

  it('writes one line per record, each ending in a newline', () => {
    expect(formatJsonLines([{ authors: ['A B'] }, { authors: ['C D'] }])).toBe('{"authors":["A B"]}\n{"authors":["C D"]}\n');
  });

  it('writes nothing for no records', () => {
    expect(formatJsonLines([])).toBe('');
  });

  it('keeps each record on one line even when a field holds newlines', () => {
    expect(formatJsonLines([full]).split('\n')).toHaveLength(2);
  });

  it('round-trips a record with every field exactly', () => {
    expect(roundTrip([full])).toEqual([full]);
  });

  it('round-trips the seed listing exactly', () => {
    expect(roundTrip(seed)).toEqual(seed);
  });

  it('writes the same bytes again after a round trip', () => {
    const text = formatJsonLines([full, ...seed]);
    expect(formatJsonLines(parseJsonLines(text, 'x.jsonl'))).toBe(text);
  });
});
