import { describe, expect, it } from 'vitest';
import type { PaperFormat } from '../src/ingest/PaperFormat.ts';
import { planReads } from '../src/ingest/planReads.ts';

/** A format that reads nothing; `whole` gives it `readFiles`. */
function format(name: string, { whole = false } = {}): PaperFormat {
  const empty = async function* () {};
  return { name, description: name, extensions: [], looksLike: () => false, read: empty, ...(whole ? { readFiles: empty } : {}) };
}

const bib = format('bib', { whole: true });
const pairs = format('pairs');
const plan = (...inputs: [string, PaperFormat][]) =>
  planReads(inputs.map(([file, f]) => ({ file, format: f }))).map((read) => `${read.format.name}: ${read.files.join(' ')}`);

describe('planReads', () => {
  it('reads files one by one, in order', () => {
    expect(plan(['a.txt', pairs], ['b.txt', pairs])).toEqual(['pairs: a.txt', 'pairs: b.txt']);
  });

  it('reads all files of a format with readFiles together, where the first of them stands', () => {
    expect(plan(['x.txt', pairs], ['a.bib', bib], ['y.txt', pairs], ['b.bib', bib])).toEqual([
      'pairs: x.txt',
      'bib: a.bib b.bib',
      'pairs: y.txt',
    ]);
  });
});
