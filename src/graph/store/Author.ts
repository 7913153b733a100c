import type { IdentityMerge } from '../identity/IdentityResolver.ts';

/** One spelling under which an author appears, with how many papers use it. */
export interface AuthorAlias {
  readonly name: string;
  readonly paperCount: number;
}

/** A person in the graph. Immutable; one instance per person per snapshot. */
export class Author {
  constructor(
    /** Dense position in the snapshot, in name order; not stable across data sets. */
    readonly index: number,
    /** Content-derived id, stable across restarts and record order. */
    readonly id: string,
    /** The spelling most papers use, without any homonym number. */
    readonly name: string,
    /** A homonym number such as dblp's `0001` that tells this person from others of the same name; null when none. */
    readonly disambiguator: string | null,
    /** Every spelling seen, most used first. */
    readonly aliases: readonly AuthorAlias[],
    /** How the spellings were recognised as one person; empty for a single spelling. */
    readonly identity: readonly IdentityMerge[],
    readonly paperCount: number,
    readonly firstYear: number | null,
    readonly lastYear: number | null,
  ) {}
}
