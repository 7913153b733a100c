import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/ingest/detectFormat.ts';
import { findPaperFormat } from '../src/ingest/findPaperFormat.ts';
import { scratchFolder } from './support/scratchFolder.ts';
import { rejection } from './support/rejection.ts';

const file = scratchFolder('detectFormat');
const FORMATS = 'listing (.txt), jsonl (.jsonl, .ndjson), arxiv (.json, .jsonl), snap (.txt), dblp (.xml), bibtex (.bib), gml (.gml)';
const LISTING = '1 code implementation • 10 Jan 2024 • Ada Lovelace\nAn abstract.\n';
const CANONICAL = '{"published":"2024-01-10","authors":["Ada Lovelace"]}\n';
const ARXIV = '{"id":"0704.0001","authors":"Ada Lovelace","authors_parsed":[["Lovelace","Ada",""]]}\n';

const formatOf = async (path: string): Promise<string> => (await detectFormat(path)).name;

async function detectionError(path: string): Promise<string> {
  return (await rejection(Error, () => detectFormat(path), `detecting the format of ${path}`)).message;
}

describe('detectFormat on the sample data', () => {
  it.each([
    ['fixtures/seed.txt', 'listing'],
    ['fixtures/seed.jsonl', 'jsonl'],
    ['../shared/data/arxiv-kaggle-200/arxiv-metadata-oai-snapshot.first200.jsonl', 'arxiv'],
    ['../shared/data/snap/CA-GrQc.txt', 'snap'],
    ['../shared/data/snap/ca-HepTh.txt', 'snap'],
    ['../shared/data/snap/lcc/ca-GrQc.lcc.txt', 'snap'],
    ['../shared/data/dblp-xml-sample/dblp.xml', 'dblp'],
    ['../shared/data/aibasel-bib/literatur.bib', 'bibtex'],
    ['../shared/data/newman-gml/netscience.gml', 'gml'],
    ['../shared/data/newman-gml/hep-th.gml', 'gml'],
  ])('reads %s as %s', async (path, name) => {
    expect(await formatOf(path)).toBe(name);
  });
});

describe('detectFormat', () => {
  it('tells a listing from a pair list among .txt files by their first bytes', async () => {
    expect(await formatOf(file('listing.txt', `\uFEFF${LISTING}`))).toBe('listing');
    expect(await formatOf(file('pairs.txt', '# comment\n1\t2\n'))).toBe('snap');
  });

  it('tells canonical JSON Lines from the arXiv snapshot among .jsonl files', async () => {
    expect(await formatOf(file('canonical.jsonl', `\n${CANONICAL}`))).toBe('jsonl');
    expect(await formatOf(file('snapshot.jsonl', ARXIV))).toBe('arxiv');
  });

  it('goes by the content when the extension names another format or none', async () => {
    expect(await formatOf(file('snapshot.ndjson', ARXIV))).toBe('arxiv');
    expect(await formatOf(file('CA-GrQc', '1 2\n'))).toBe('snap');
    expect(await formatOf(file('papers.data', CANONICAL))).toBe('jsonl');
    expect(await formatOf(file('network.txt', 'Creator "Mark Newman"\ngraph\n[\n  directed 0\n]\n'))).toBe('gml');
  });

  it('gives a file the content does not settle to the first format its extension allows', async () => {
    expect(await formatOf(file('empty.jsonl', ''))).toBe('jsonl');
    expect(await formatOf(file('garbled.txt', 'what is this\n'))).toBe('listing');
    expect(await formatOf(file('garbled.json', 'what is this\n'))).toBe('arxiv');
  });

  it('refuses an unknown extension with unknown content, listing the formats', async () => {
    const path = file('papers.csv', 'a,b\n');
    expect(await detectionError(path)).toBe(
      `cannot tell the format of ${path}: no format reads ".csv" files and its first bytes fit none; ` +
        `name the format with --from (import) or --format (serve), one of ${FORMATS}`,
    );
  });

  it('refuses a file without an extension whose content fits none', async () => {
    const path = file('README', 'hello\n');
    expect(await detectionError(path)).toBe(
      `cannot tell the format of ${path}: its name has no extension and its first bytes fit none; ` +
        `name the format with --from (import) or --format (serve), one of ${FORMATS}`,
    );
  });

  it('refuses a missing file, naming the path and the reason', async () => {
    expect(await detectionError('no/such/papers.txt')).toBe('cannot read no/such/papers.txt: no such file or directory (ENOENT)');
  });
});

describe('findPaperFormat', () => {
  it('finds a format by name, ignoring case', () => {
    expect(findPaperFormat('SNAP').name).toBe('snap');
  });

  it('refuses an unknown name, listing the formats', () => {
    expect(() => findPaperFormat('csv')).toThrow(`unknown format "csv"; the formats are ${FORMATS}`);
  });
});
