/**
 * One `@type{key, field = value, …}` entry as written, before `@string`
 * macros and `crossref` are resolved. Type, field names and macro names are
 * lower-cased (BibTeX ignores their case); the key is kept as written.
 *
 * @example
 * // @Article{smith-2020, journal = jair # " (special issue)", year = 2020}
 * const entry: BibtexEntry = {
 *   type: 'article', key: 'smith-2020', line: 1,
 *   fields: new Map([
 *     ['journal', { line: 1, pieces: [{ macro: 'jair', line: 1 }, { text: ' (special issue)', line: 1 }] }],
 *     ['year', { line: 1, pieces: [{ text: '2020', line: 1 }] }],
 *   ]),
 * };
 */
export interface BibtexEntry {
  readonly type: string;
  readonly key: string;
  /** The line of the `@`. */
  readonly line: number;
  readonly fields: ReadonlyMap<string, BibtexValue>;
}

/** A field value: pieces joined by `#`. */
export interface BibtexValue {
  /** The line where the value starts. */
  readonly line: number;
  readonly pieces: readonly BibtexPiece[];
}

/** Literal text (from `{…}`, `"…"` or a number, delimiters removed) or the name of a `@string` macro. */
export type BibtexPiece =
  | { readonly text: string; readonly line: number }
  | { readonly macro: string; readonly line: number };
