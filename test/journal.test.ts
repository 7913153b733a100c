import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/journal/openSqliteStore.ts';
import type { Change } from '../src/journal/Change.ts';
import { runCommand } from './support/runCommand.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const tempFile = scratchFolder('journal');

const MERGE: Change = { kind: 'mergeAuthors', authors: [{ id: 'A', spellings: ['Tim Maxwell'] }, { id: 'B', spellings: ['Timothy Maxwell'] }] };
const SPLIT: Change = { kind: 'splitAuthor', id: 'A', spellings: ['Timothy Maxwell'], remaining: ['Tim Maxwell'] };
const ADD: Change = { kind: 'addPapers', papers: [{ title: 'On Journals', authors: ['Ann Ames'] }, { authors: ['Bo Berg', 'Cy Cole'] }] };

describe('the SQLite change store', () => {
  it('numbers changes from 1 and gives them back in order after it is reopened', async () => {
    const file = tempFile('order.db', '');
    const store = openSqliteStore(file);
    expect([await store.append(MERGE, 'alice', new Date(0)), await store.append(ADD, 'bob', new Date(1000))]).toEqual([1, 2]);
    store.close();
    const reopened = openSqliteStore(file);
    expect(await reopened.changes()).toEqual([
      { version: 1, at: '1970-01-01T00:00:00.000Z', writer: 'alice', change: MERGE },
      { version: 2, at: '1970-01-01T00:00:01.000Z', writer: 'bob', change: ADD },
    ]);
    reopened.close();
  });

  it('refuses a file that is not a journal, naming it', () => {
    const file = tempFile('notes.db', 'not a database at all, just some text that is long enough to have a header');
    expect(() => openSqliteStore(file)).toThrow(`${file}: cannot open as a journal: file is not a database`);
  });
});

describe('coauthor-graph journal', () => {
  it('lists version, time, writer, kind and a summary of each change', async () => {
    const file = tempFile('listed.db', '');
    const store = openSqliteStore(file);
    for (const change of [MERGE, { ...MERGE, name: 'Timothy J. Maxwell' }, SPLIT, ADD]) await store.append(change, 'alice', new Date(0));
    store.close();
    const { code, stdout } = await runCommand('journal', '--store', file);
    expect([code, stdout]).toEqual([
      0,
      [
        '1\t1970-01-01T00:00:00.000Z\talice\tmergeAuthors\tmerged "Timothy Maxwell" into "Tim Maxwell"',
        '2\t1970-01-01T00:00:00.000Z\talice\tmergeAuthors\tmerged "Timothy Maxwell" into "Tim Maxwell" as "Timothy J. Maxwell"',
        '3\t1970-01-01T00:00:00.000Z\talice\tsplitAuthor\tsplit "Timothy Maxwell" from "Tim Maxwell"',
        '4\t1970-01-01T00:00:00.000Z\talice\taddPapers\tadded 2 papers: "On Journals", "Bo Berg, Cy Cole"',
        '',
      ].join('\n'),
    ]);
  });

  it('refuses a journal that does not exist rather than creating it', async () => {
    const { code, stderr } = await runCommand('journal', '--store', '/nonexistent/curation.db');
    expect([code, stderr]).toEqual([1, 'error: /nonexistent/curation.db: no such journal\n']);
  });
});

describe('coauthor-graph identity --export-overrides', () => {
  it('writes the journal’s merges, with the names they gave, and splits as an overrides file, with writer and time as the reason', async () => {
    const file = tempFile('export.db', '');
    const store = openSqliteStore(file);
    const split: Change = { kind: 'splitAuthor', id: 'C', spellings: ['Dan Weld'], remaining: ['Daniel S. Weld'] };
    for (const change of [{ ...MERGE, name: 'Timothy J. Maxwell' }, ADD, split]) await store.append(change, 'alice', new Date(0));
    store.close();
    const out = tempFile('overrides.json', '');
    const { code, stdout } = await runCommand('identity', '--store', file, '--export-overrides', out);
    expect([code, stdout]).toEqual([
      0,
      `coauthor-graph identity: wrote 1 same and 1 distinct groups to ${out}\n`,
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
      same: [{ names: ['Tim Maxwell', 'Timothy Maxwell'], name: 'Timothy J. Maxwell', reason: 'merged by alice at 1970-01-01T00:00:00.000Z' }],
      distinct: [{ names: ['Dan Weld', 'Daniel S. Weld'], reason: 'split by alice at 1970-01-01T00:00:00.000Z' }],
    });
  });
});
