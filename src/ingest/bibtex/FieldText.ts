/**
 * A field's value with its `@string` macros expanded, still in LaTeX, and a
 * way back to the source line of any character in it, so that a problem with
 * the 30th author of a long list points at the line that holds that author.
 *
 * @example
 * const authors = macros.expand(entry.fields.get('author'), …);
 * authors.lineAt(authors.text.indexOf('Fern and a')); // 58
 */
export interface FieldText {
  readonly text: string;
  /** The line of the character at `offset`; for text that came from a macro, the line that uses the macro. */
  lineAt(offset: number): number;
}
