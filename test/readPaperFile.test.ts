import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../src/ingest/IngestError.ts';
import { readPaperFile } from '../src/ingest/readPaperFile.ts';
import { rejection } from './support/rejection.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'readPaperFile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

function readingError(path: string, format?: string): Promise<Error> {
  return rejection(Error, () => readPaperFile(path, { format }), `reading ${path}`);
}

const PAPER = '1 code implementation • 10 Jan 2024 • Ada Lovelace\nAn abstract.\n';
const RECORD = '{"published":"2024-01-10","authors":["Ada Lovelace"]}\n';

describe('readPaperFile', () => {
  it('reads a .txt file as a listing', async () => {
    const records = await readPaperFile(fixture('seed.txt'));
    expect(records).toHaveLength(6);
    expect(records[0]?.published).toBe('2024-01-10');
    expect(records[0]?.title).toBeUndefined();
  });

  it('reads a .jsonl file as JSON Lines, titles and all', async () => {
    const records = await readPaperFile(fixture('seed.jsonl'));
    expect(records).toHaveLength(6);
    expect(records[5]?.title).toBe('Constitutional AI: Harmlessness from AI Feedback');
    expect(records[5]?.externalIds).toEqual({ arxiv: '2212.08073' });
    expect(records.reduce((sum, record) => sum + record.authors.length, 0)).toBe(256);
  });

  it('gives the converted fixture the same bylines as the listing', async () => {
    const [listing, converted] = await Promise.all([readPaperFile(fixture('seed.txt')), readPaperFile(fixture('seed.jsonl'))]);
    expect(converted.map((record) => record.authors)).toEqual(listing.map((record) => record.authors));
  });

  it.each(['papers.ndjson', 'PAPERS.JSONL'])('reads %s as JSON Lines', async (name) => {
    expect(await readPaperFile(scratchFile(name, RECORD))).toEqual([{ published: '2024-01-10', authors: ['Ada Lovelace'] }]);
  });

  it('reads a listing that starts with a byte order mark', async () => {
    expect(await readPaperFile(scratchFile('bom.txt', `\uFEFF${PAPER}`))).toHaveLength(1);
  });

  it('reads a .txt pair list as SNAP, by its first bytes', async () => {
    expect(await readPaperFile(scratchFile('pairs.txt', '# a comment\n1\t2\n'))).toEqual([{ id: 'snap:1-2', authors: ['1', '2'] }]);
  });

  it('reads the format it is told, whatever the name', async () => {
    expect(await readPaperFile(scratchFile('pairs.dat', '1 2\n'), { format: 'snap' })).toHaveLength(1);
  });

  it('rejects an undetectable file, listing the formats', async () => {
    const path = scratchFile('papers.csv', 'a,b\n');
    expect((await readingError(path)).message).toBe(
      `cannot tell the format of ${path}: no format reads ".csv" files and its first bytes fit none; ` +
        'name the format with --from (import) or --format (serve), one of ' +
        'listing (.txt), jsonl (.jsonl, .ndjson), arxiv (.json, .jsonl), snap (.txt), dblp (.xml), bibtex (.bib), gml (.gml)',
    );
  });

  it('rejects an unknown format name', async () => {
    await expect(readPaperFile(fixture('seed.txt'), { format: 'csv' })).rejects.toThrow('unknown format "csv"');
  });

  it('leaves out defective records only when asked to be lenient', async () => {
    const path = scratchFile('half.jsonl', `${RECORD}{"authors":[]}\n`);
    expect(await readPaperFile(path, { strict: false })).toHaveLength(1);
    await expect(readPaperFile(path)).rejects.toThrow(`${path}:2: `);
  });

  it('rejects a missing file, naming the path and the reason', async () => {
    const path = join(scratch, 'missing.txt');
    expect((await readingError(path)).message).toBe(`cannot read ${path}: no such file or directory (ENOENT)`);
  });

  it('rejects a missing file of a format it was told', async () => {
    const path = join(scratch, 'missing.jsonl');
    expect((await readingError(path, 'jsonl')).message).toBe(`cannot read ${path}: no such file or directory (ENOENT)`);
  });

  it('rejects a directory, naming the path and the reason', async () => {
    const path = join(scratch, 'folder.txt');
    mkdirSync(path);
    expect((await readingError(path)).message).toBe(`cannot read ${path}: illegal operation on a directory (EISDIR)`);
  });

  it('names the file in content errors exactly as the caller gave it', async () => {
    const path = relative(process.cwd(), scratchFile('bad.jsonl', `${RECORD}{"authors":[]}\n`));
    const error = await readingError(path);
    expect(error).toBeInstanceOf(IngestError);
    expect(error.message).toBe(`${path}:2: field "authors" must list at least one author, got an empty array`);
  });

  it('rejects bytes that are not UTF-8, at their line', async () => {
    const badHeader = Buffer.concat([Buffer.from('1 code implementation • 11 Jan 2024 • Ada Lovelace'), Buffer.from([0xff])]);
    const path = scratchFile('latin1.txt', Buffer.concat([Buffer.from(PAPER), badHeader, Buffer.from('\nAn abstract.')]));
    expect((await readingError(path)).message).toBe(`${path}:3: expected UTF-8 text, got bytes that are not valid UTF-8`);
  });
});
