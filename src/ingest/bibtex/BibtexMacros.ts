import type { IngestContext } from '../IngestContext.ts';
import type { BibtexValue } from './BibtexEntry.ts';
import type { FieldText } from './FieldText.ts';
import { UndefinedNames } from './UndefinedNames.ts';
import type { BibtexStringDefinition } from './parseBibtex.ts';

/** The month macros every standard BibTeX style defines. */
const MONTH_MACROS: ReadonlyMap<string, string> = new Map(
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(
    (month) => [month.slice(0, 3).toLowerCase(), month],
  ),
);

interface Definition extends BibtexStringDefinition {
  readonly context: IngestContext;
}

/** Who uses a macro, for messages: the entry or `@string` and the field. */
export interface MacroUse {
  readonly context: IngestContext;
  /** E.g. `field "journal" of entry "smith-2020"`. */
  readonly where: string;
}

/**
 * The `@string` macros of a database that may span several files. A macro
 * can be used before or after its definition and in any of the files, so the
 * order files are given in does not matter; a macro defined twice with
 * different values is a warning, and the later definition wins. `jan` … `dec`
 * are predefined, as in BibTeX's standard styles.
 *
 * An undefined macro is rejected when strict. When lenient it is a warning
 * (once per name) and the macro's name stands in for its text, which keeps
 * the entry and its authors.
 *
 * @example
 * const macros = new BibtexMacros([[abbrvContext, abbrv.strings], [literaturContext, literatur.strings]], ['abbrv.bib', 'literatur.bib']);
 * macros.expand(entry.fields.get('journal'), { context, where: 'field "journal" of entry "k"' }).text;
 * // 'Journal of Artificial Intelligence Research'
 */
export class BibtexMacros {
  private readonly definitions = new Map<string, Definition>();
  private readonly expanded = new Map<string, string>();
  private readonly expanding = new Set<string>();
  private readonly undefinedNames: UndefinedNames;

  constructor(files: Iterable<readonly [IngestContext, readonly BibtexStringDefinition[]]>, paths: readonly string[]) {
    this.undefinedNames = new UndefinedNames(paths);
    for (const [context, strings] of files) {
      for (const definition of strings) this.define({ ...definition, context });
    }
  }

  /** The value with every macro replaced by its text. */
  expand(value: BibtexValue, use: MacroUse): FieldText {
    let text = '';
    const segments: { readonly start: number; readonly line: number; readonly literal: boolean }[] = [];
    for (const piece of value.pieces) {
      segments.push({ start: text.length, line: piece.line, literal: 'text' in piece });
      text += 'text' in piece ? piece.text : this.macroText(piece.macro, piece.line, use);
    }
    return {
      text,
      lineAt(offset) {
        const segment = segments.filter(({ start }) => start <= offset).at(-1);
        if (segment === undefined) return value.line;
        if (!segment.literal) return segment.line;
        return segment.line + (text.slice(segment.start, offset).match(/\n/gu)?.length ?? 0);
      },
    };
  }

  private define(definition: Definition): void {
    const earlier = this.definitions.get(definition.name);
    if (earlier !== undefined && valueKey(earlier.value) !== valueKey(definition.value)) {
      definition.context.warn(
        definition.line,
        `@string "${definition.name}" is defined again with a different value ` +
          `(first at ${earlier.context.file}:${earlier.line}); the later definition is used`,
      );
    }
    this.definitions.set(definition.name, definition);
  }

  private macroText(name: string, line: number, { context, where }: MacroUse): string {
    const known = this.expanded.get(name);
    if (known !== undefined) return known;
    const definition = this.definitions.get(name);
    const month = MONTH_MACROS.get(name);
    if (definition === undefined && month !== undefined) return month;
    if (definition === undefined || this.expanding.has(name)) {
      const use = `${where} uses the @string macro "${name}"`;
      if (definition === undefined) this.undefinedNames.report(context, line, name, use, 'its name is kept as the text');
      else if (context.strict) context.reject(line, `${use}, which is defined in terms of itself; correct the @string definitions`);
      else context.warn(line, `${use}, which is defined in terms of itself; its name is kept as the text`);
      return name;
    }
    this.expanding.add(name);
    // Newlines inside a macro's text are not lines of the file that uses it.
    const text = this.expand(definition.value, { context: definition.context, where: `@string "${name}"` }).text.replace(/\s+/gu, ' ');
    this.expanding.delete(name);
    this.expanded.set(name, text);
    return text;
  }
}

/** The value as written, without its position, to tell a repeated definition from a changed one. */
function valueKey(value: BibtexValue): string {
  return value.pieces.map((piece) => ('text' in piece ? `{${piece.text}}` : piece.macro)).join(' # ');
}
