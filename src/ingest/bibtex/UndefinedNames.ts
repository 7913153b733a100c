import type { IngestContext } from '../IngestContext.ts';

/**
 * Reports uses of a name that no file of the database defines: an `@string`
 * macro or a `crossref` target. Strict, each use is rejected; lenient, the
 * first use of each name is a warning that says what was done instead, and
 * later uses are silent, so a file read without its macro file gives one
 * warning per missing macro, not one per field.
 *
 * @example
 * const undefinedMacros = new UndefinedNames(['literatur.bib']);
 * undefinedMacros.report(context, 120, 'jair', 'field "journal" of entry "k" uses the @string macro "jair"', 'its name is kept as the text');
 * // strict: throws 'literatur.bib:120: field "journal" of entry "k" uses the @string macro "jair", which is not
 * // defined in literatur.bib; read the .bib file that defines it together with this one'
 */
export class UndefinedNames {
  private readonly reported = new Set<string>();
  private readonly hint: string;

  constructor(paths: readonly string[]) {
    const files = paths.length === 1 ? paths.join('') : `${paths.slice(0, -1).join(', ')} or ${paths.at(-1) ?? ''}`;
    this.hint = `which is not defined in ${files}; read the .bib file that defines it together with ${paths.length === 1 ? 'this one' : 'these'}`;
  }

  report(context: IngestContext, line: number, name: string, use: string, instead: string): void {
    const reason = `${use}, ${this.hint}`;
    if (context.strict) context.reject(line, reason);
    else if (!this.reported.has(name)) {
      this.reported.add(name);
      context.warn(line, `${reason}; ${instead} (later uses are not reported)`);
    }
  }
}
