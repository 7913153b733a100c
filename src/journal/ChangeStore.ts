import type { Change, JournalEntry } from './Change.ts';

/**
 * Where accepted changes are kept, in order: the seam between the server and
 * a database. `openSqliteStore` is the one-machine store; a store that
 * several replicas share implements the same methods. Asynchronous so that
 * such a store can wait for its server.
 *
 * @example
 * const version = await store.append(change, 'alice', new Date());
 * const replay = await store.changes();
 */
export interface ChangeStore {
  /** Makes `change` durable and returns its version (the journal's new length); rejects when it cannot. */
  append(change: Change, writer: string, at: Date): Promise<number>;
  /** Every change, oldest first. */
  changes(): Promise<JournalEntry[]>;
  close(): void;
}
