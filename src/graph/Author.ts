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
    /** The spelling most papers use. */
    readonly name: string,
    /** Every spelling seen, most used first. */
    readonly aliases: readonly AuthorAlias[],
    readonly paperCount: number,
    readonly firstYear: number | null,
    readonly lastYear: number | null,
  ) {}
}
