import type { PaperRecord } from '../ingest/PaperRecord.ts';

/**
 * One accepted change to the graph, as the journal keeps it: in spellings
 * and records, not in the graph's numbers, so that replaying it over the
 * same source data (or data that grew) makes the same decision again.
 *
 * @example
 * const change: Change = { kind: 'mergeAuthors', authors: [{ id: 'QXV0aG9y…', spellings: ['Tim Maxwell'] }, { id: 'QXV0aG9y…', spellings: ['Timothy Maxwell'] }] };
 */
export type Change =
  /** One person from several; the first author is the one the others join; `name`, when given, is how the person is shown. */
  | { readonly kind: 'mergeAuthors'; readonly authors: readonly MergedAuthor[]; readonly name?: string }
  /** `spellings` of the author `id` become a person of their own, apart from `remaining`. */
  | { readonly kind: 'splitAuthor'; readonly id: string; readonly spellings: readonly string[]; readonly remaining: readonly string[] }
  | { readonly kind: 'addPapers'; readonly papers: readonly PaperRecord[] }
  /** The paper `id` (its local id) replaced by `paper`, which carries the same id. */
  | { readonly kind: 'updatePaper'; readonly id: string; readonly paper: PaperRecord }
  | { readonly kind: 'removePaper'; readonly id: string };

export interface MergedAuthor {
  /** The author's global id when merged: it keeps resolving, to whoever holds its first spelling now. */
  readonly id: string;
  /** Every spelling the author had, most used first. */
  readonly spellings: readonly string[];
}

/** A change with what the journal adds to it. */
export interface JournalEntry {
  /** 1 for the first change; the graph's version once it is applied. */
  readonly version: number;
  /** When it was accepted (ISO 8601, UTC). */
  readonly at: string;
  /** The NAME of the write token that sent it. */
  readonly writer: string;
  readonly change: Change;
}
