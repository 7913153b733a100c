import { openSqliteStore } from '../journal/openSqliteStore.ts';
import { summarizeChange } from '../journal/summarizeChange.ts';
import type { Command } from './Command.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { requiredFlag } from './requiredFlag.ts';

const USAGE = `Usage: coauthor-graph journal --store FILE

Lists the changes a server running with --store FILE accepted, oldest
first: one line each with the version it made, when, the writer (the NAME
of the write token) and what it did.

  --store FILE  the journal (SQLite) the server writes
  --help        print this text`;

/** `coauthor-graph journal`: what was changed through the API, by whom and when. */
export const journalCommand: Command = {
  name: 'journal',
  summary: 'list the changes accepted through the API (merges, splits, added papers)',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandArgs('journal', { args: [...args], options: { store: { type: 'string' } }, strict: true });
    const file = requiredFlag('journal', values.store, '--store FILE, the journal to list');
    const store = openSqliteStore(file, { existing: true });
    try {
      const entries = await store.changes();
      if (entries.length === 0) console.log(`${file}: no changes`);
      for (const { version, at, writer, change } of entries) console.log(`${version}\t${at}\t${writer}\t${change.kind}\t${summarizeChange(change)}`);
    } finally {
      store.close();
    }
  },
};
