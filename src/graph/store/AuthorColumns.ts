import { foldText } from '../text/foldText.ts';
import type { IdentityMerge } from '../identity/IdentityResolver.ts';
import type { AuthorAlias } from './Author.ts';
import { GrowingUint32Array } from './GrowingUint32Array.ts';
import { StringColumn, StringColumnBuilder } from './StringColumn.ts';

/** The text fields of an author, each a `StringColumn` with a row per author. */
export const AUTHOR_TEXT_FIELDS = ['id', 'name', 'disambiguator', 'identity', 'searchText'] as const;
export type AuthorTextField = (typeof AUTHOR_TEXT_FIELDS)[number];

/** The number fields of an author; NaN where none of their papers is dated. */
export const AUTHOR_NUMBER_FIELDS = ['firstYear', 'lastYear'] as const;
export type AuthorNumberField = (typeof AUTHOR_NUMBER_FIELDS)[number];

/**
 * Every author of a snapshot field by field, by author index, as
 * `PaperColumns` keeps papers. `identity` holds the merges as JSON, absent
 * for the many authors with a single spelling; `searchText` is every
 * spelling folded (`foldText`), one per line, after a name a curator gave,
 * for `authors(search:)`. The
 * spellings themselves are rows of their own: author a's are rows
 * `aliasOffsets[a] .. aliasOffsets[a + 1]` of `aliasNames` and `aliasPaperCounts`.
 */
export interface AuthorColumns {
  readonly text: Readonly<Record<AuthorTextField, StringColumn>>;
  readonly numbers: Readonly<Record<AuthorNumberField, Float64Array>>;
  readonly aliasOffsets: Uint32Array;
  readonly aliasNames: StringColumn;
  readonly aliasPaperCounts: Uint32Array;
}

/** An author as `AuthorColumnsBuilder.add` takes it. */
export interface AuthorFields {
  readonly id: string;
  readonly name: string;
  /** Whether `name` is one a curator gave, which no spelling need contain. */
  readonly given: boolean;
  readonly disambiguator: string | null;
  readonly aliases: readonly AuthorAlias[];
  readonly identity: readonly IdentityMerge[];
  readonly firstYear: number | null;
  readonly lastYear: number | null;
}

/**
 * What each text column holds for `author`.
 *
 * @example authorTextRow(fields).searchText // 'tim maxwell\ntimothy maxwell'
 */
export function authorTextRow(author: AuthorFields): Record<AuthorTextField, string | undefined> {
  const spellings = author.aliases.map((alias) => foldText(alias.name));
  return {
    id: author.id,
    name: author.name,
    disambiguator: author.disambiguator ?? undefined,
    identity: author.identity.length === 0 ? undefined : JSON.stringify(author.identity),
    searchText: (author.given ? [foldText(author.name), ...spellings] : spellings).join('\n'),
  };
}

/**
 * Gathers the columns an author at a time, in index order.
 *
 * @example
 * const columns = new AuthorColumnsBuilder(persons.length);
 * columns.add(0, { id, name, given: false, disambiguator: null, aliases, identity: [], firstYear: 2020, lastYear: 2022 });
 */
export class AuthorColumnsBuilder {
  readonly #text = Object.fromEntries(AUTHOR_TEXT_FIELDS.map((field) => [field, new StringColumnBuilder()])) as Record<AuthorTextField, StringColumnBuilder>;
  readonly #numbers: Record<AuthorNumberField, Float64Array>;
  readonly #aliasOffsets: Uint32Array;
  readonly #aliasNames = new StringColumnBuilder();
  readonly #aliasPaperCounts = new GrowingUint32Array();
  #added = 0;

  constructor(readonly authorCount: number) {
    this.#numbers = { firstYear: new Float64Array(authorCount).fill(Number.NaN), lastYear: new Float64Array(authorCount).fill(Number.NaN) };
    this.#aliasOffsets = new Uint32Array(authorCount + 1);
  }

  /** Adds author `index`, which must be the next one. */
  add(index: number, author: AuthorFields): void {
    if (index !== this.#added++) throw new RangeError(`author ${index} added out of order; expected ${this.#added - 1}`);
    const row = authorTextRow(author);
    for (const field of AUTHOR_TEXT_FIELDS) this.#text[field].push(row[field]);
    for (const alias of author.aliases) {
      this.#aliasNames.push(alias.name);
      this.#aliasPaperCounts.push(alias.paperCount);
    }
    this.#aliasOffsets[index + 1] = this.#aliasOffsets[index]! + author.aliases.length;
    if (author.firstYear !== null) this.#numbers.firstYear[index] = author.firstYear;
    if (author.lastYear !== null) this.#numbers.lastYear[index] = author.lastYear;
  }

  build(): AuthorColumns {
    if (this.#added !== this.authorCount) throw new RangeError(`${this.#added} of ${this.authorCount} authors added`);
    return {
      text: Object.fromEntries(AUTHOR_TEXT_FIELDS.map((field) => [field, this.#text[field].build()])) as Record<AuthorTextField, StringColumn>,
      numbers: this.#numbers,
      aliasOffsets: this.#aliasOffsets,
      aliasNames: this.#aliasNames.build(),
      aliasPaperCounts: this.#aliasPaperCounts.values().slice(),
    };
  }
}
