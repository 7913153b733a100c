import type { IdentityMerge } from '../identity/IdentityResolver.ts';
import type { AuthorColumns } from './AuthorColumns.ts';

/** One spelling under which an author appears, with how many papers use it. */
export interface AuthorAlias {
  readonly name: string;
  readonly paperCount: number;
}

/**
 * A person in the graph: their index into the snapshot's columns, whose
 * fields they read on demand. Immutable, and made when read
 * (`graph.author(index)`): the snapshot keeps none, so two reads give two
 * equal objects. Compare authors by `index`, never by `===`.
 */
export class Author {
  constructor(
    /** Dense position in the snapshot, in name order; not stable across data sets. */
    readonly index: number,
    readonly columns: AuthorColumns,
    /** The snapshot's author → papers row offsets, for the paper count. */
    readonly paperOffsets: Uint32Array,
  ) {}

  /** Content-derived id, stable across restarts and record order. */
  get id(): string {
    return this.columns.text.id.get(this.index)!;
  }

  /** The name a curator gave (see `IdentityOverride.name`), else the spelling most papers use, without any homonym number. */
  get name(): string {
    return this.columns.text.name.get(this.index)!;
  }

  /** A homonym number such as dblp's `0001` that tells this person from others of the same name; null when none. */
  get disambiguator(): string | null {
    return this.columns.text.disambiguator.get(this.index) ?? null;
  }

  /** Every spelling seen, most used first. */
  get aliases(): AuthorAlias[] {
    const { aliasOffsets, aliasNames, aliasPaperCounts } = this.columns;
    const aliases: AuthorAlias[] = [];
    for (let k = aliasOffsets[this.index]!; k < aliasOffsets[this.index + 1]!; k++) aliases.push({ name: aliasNames.get(k)!, paperCount: aliasPaperCounts[k]! });
    return aliases;
  }

  /** How the spellings were recognised as one person; empty for a single spelling. */
  get identity(): IdentityMerge[] {
    const merges = this.columns.text.identity.get(this.index);
    return merges === undefined ? [] : (JSON.parse(merges) as IdentityMerge[]);
  }

  get paperCount(): number {
    return this.paperOffsets[this.index + 1]! - this.paperOffsets[this.index]!;
  }

  get firstYear(): number | null {
    const year = this.columns.numbers.firstYear[this.index]!;
    return Number.isNaN(year) ? null : year;
  }

  get lastYear(): number | null {
    const year = this.columns.numbers.lastYear[this.index]!;
    return Number.isNaN(year) ? null : year;
  }
}
