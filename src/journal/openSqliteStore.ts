import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Change, JournalEntry } from './Change.ts';
import type { ChangeStore } from './ChangeStore.ts';

// Bumped when the table changes shape; a file of another shape is refused, not guessed at.
const SCHEMA_VERSION = 1;

interface Row {
  readonly version: number;
  readonly at: string;
  readonly writer: string;
  readonly body: string;
}

/**
 * A `ChangeStore` in one SQLite file, created when absent unless
 * `existing` (for a command that only reads it, where a mistyped name should
 * be an error, not a new empty journal): write-ahead log and
 * `synchronous=FULL`, so an append that returned survives a crash of the
 * process or of the machine. A file that is not such a journal is refused
 * with an error naming it.
 *
 * @example const store = openSqliteStore('curation.db');
 */
export function openSqliteStore(file: string, { existing = false }: { readonly existing?: boolean } = {}): ChangeStore {
  if (existing && !existsSync(file)) throw new Error(`${file}: no such journal`);
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const shape = db.pragma('user_version', { simple: true }) as number;
    if (shape === 0) {
      db.exec('CREATE TABLE IF NOT EXISTS changes (version INTEGER PRIMARY KEY, at TEXT NOT NULL, writer TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL)');
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    } else if (shape !== SCHEMA_VERSION) {
      throw new Error(`it has journal format ${shape}, this version reads format ${SCHEMA_VERSION}`);
    }
  } catch (error) {
    throw new Error(`${file}: cannot open as a journal: ${(error as Error).message}`);
  }
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO changes (version, at, writer, kind, body) SELECT COALESCE(MAX(version), 0) + 1, ?, ?, ?, ? FROM changes RETURNING version',
  );
  const select = db.prepare<[], Row>('SELECT version, at, writer, body FROM changes ORDER BY version');
  return {
    append: async (change, writer, at) => (insert.get(at.toISOString(), writer, change.kind, JSON.stringify(change)) as { version: number }).version,
    changes: async () => select.all().map(({ version, at, writer, body }): JournalEntry => ({ version, at, writer, change: JSON.parse(body) as Change })),
    close: () => db.close(),
  };
}
