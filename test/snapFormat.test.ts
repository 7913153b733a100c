import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { snapFormat } from '../src/ingest/snap/snapFormat.ts';
import { readFormat, strictFailure } from './support/readFormat.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const GRQC = '../shared/data/snap/CA-GrQc.txt';
const HEPTH = '../shared/data/snap/ca-HepTh.txt';
const file = scratchFolder('snapFormat');

interface Figures {
  readonly authors: number;
  readonly twoAuthorRecords: number;
  readonly singleAuthorRecords: number;
}

function figuresOf(records: readonly PaperRecord[]): Figures {
  return {
    authors: new Set(records.flatMap((record) => record.authors)).size,
    twoAuthorRecords: records.filter((record) => record.authors.length === 2).length,
    singleAuthorRecords: records.filter((record) => record.authors.length === 1).length,
  };
}

/** The figures counted straight from the file's text, without the importer. */
function countedFigures(path: string): Figures {
  const nodes = new Set<string>();
  const pairs = new Set<string>();
  const selfPairs = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/u)) {
    if (line === '' || line.startsWith('#')) continue;
    const [a = '', b = ''] = line.trim().split(/\s+/u);
    nodes.add(a).add(b);
    if (a === b) selfPairs.add(a);
    else pairs.add([a, b].sort().join(' '));
  }
  return { authors: nodes.size, twoAuthorRecords: pairs.size, singleAuthorRecords: selfPairs.size };
}

const pairsOf = (records: readonly PaperRecord[]): string[] => records.map((record) => `${record.id} ${record.authors.join(',')}`);

describe('snapFormat on SNAP collaboration networks', () => {
  it('reproduces the published figures of ca-GrQc: 5242 authors, 14484 pairs, 12 self-pairs', async () => {
    const { records } = await readFormat(snapFormat, GRQC);
    expect(figuresOf(records)).toEqual({ authors: 5242, twoAuthorRecords: 14484, singleAuthorRecords: 12 });
    expect(figuresOf(records)).toEqual(countedFigures(GRQC));
  });

  it('reads ca-HepTh, with CRLF endings and no final newline, to the figures counted from its text', async () => {
    const text = readFileSync(HEPTH, 'utf8');
    expect([text.includes('\r\n'), text.endsWith('\n')]).toEqual([true, false]);
    const { records } = await readFormat(snapFormat, HEPTH);
    expect(figuresOf(records)).toEqual(countedFigures(HEPTH));
    expect(figuresOf(records)).toEqual({ authors: 9877, twoAuthorRecords: 25973, singleAuthorRecords: 25 });
  });

  it('gives each record only an id and authors: no title, no date', async () => {
    const { records } = await readFormat(snapFormat, GRQC);
    expect(records[0]).toEqual({ id: 'snap:937-3466', authors: ['937', '3466'] });
  });
});

describe('snapFormat on small pair lists', () => {
  it('collapses both directions of a pair and repeats into one record, smaller id first', async () => {
    const { records } = await readFormat(snapFormat, file('both.txt', '# FromNodeId\tToNodeId\n3466\t937\n937\t3466\n3466 937\n'));
    expect(pairsOf(records)).toEqual(['snap:937-3466 937,3466']);
  });

  it('orders the ids of a pair numerically, not as text', async () => {
    const { records } = await readFormat(snapFormat, file('numeric.txt', '10 9\n'));
    expect(pairsOf(records)).toEqual(['snap:9-10 9,10']);
  });

  it('makes a self-pair one single-author record, once per node', async () => {
    const { records } = await readFormat(snapFormat, file('self.txt', '5 5\n5 7\n5 5\n'));
    expect(pairsOf(records)).toEqual(['snap:5 5', 'snap:5-7 5,7']);
  });

  it('accepts blank lines, indented comments, runs of spaces and tabs, CRLF and no final newline', async () => {
    const { records } = await readFormat(snapFormat, file('loose.txt', '\r\n  # comment\r\n  1 \t 2  \r\n\r\n2\t3'));
    expect(pairsOf(records)).toEqual(['snap:1-2 1,2', 'snap:2-3 2,3']);
  });

  it('writes ids without leading zeros, so "007" and "7" are one node', async () => {
    const { records } = await readFormat(snapFormat, file('zeros.txt', '007 8\n7 8\n'));
    expect(pairsOf(records)).toEqual(['snap:7-8 7,8']);
  });

  it('strict: stops at a line that is not a pair, with file and line', async () => {
    const path = file('bad.txt', '# pairs\n1 2\n1 2 3\nA B\n');
    expect((await strictFailure(snapFormat, path)).message).toBe(
      `${path}:3: expected a pair of node ids (whole numbers) separated by whitespace, got "1 2 3"`,
    );
  });

  it('lenient: skips lines that are not pairs and keeps the rest', async () => {
    const { records, report } = await readFormat(snapFormat, file('bad.txt', '# pairs\n1 2\n1 2 3\nA B\n-1 2\n3 4\n'), {
      strict: false,
    });
    expect(pairsOf(records)).toEqual(['snap:1-2 1,2', 'snap:3-4 3,4']);
    expect(report.firstSkipped.map(({ line }) => line)).toEqual([3, 4, 5]);
    expect(report.firstSkipped[1]?.reason).toBe('expected a pair of node ids (whole numbers) separated by whitespace, got "A B"');
  });
});
