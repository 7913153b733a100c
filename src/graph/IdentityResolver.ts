import type { PaperRecord } from '../ingest/PaperRecord.ts';

/**
 * Decides which spellings of author names denote one person. It sees every
 * record at once because evidence for a merge (shared coauthors, venues)
 * lives across papers. It returns, for each spelling that occurs, a person
 * key: spellings with equal keys become one Author node.
 *
 * Contract: the result depends only on the set of records, not their order;
 * two names on one paper never get the same key.
 */
export type IdentityResolver = (records: readonly PaperRecord[]) => PersonKeyOf;

/** The person key of a spelling exactly as it occurs in a record. */
export type PersonKeyOf = (spelling: string) => string;
