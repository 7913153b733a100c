import type { IngestContext } from '../IngestContext.ts';

const COMMAND = /\\(?:[a-zA-Z]+|.)/u;

/**
 * Warns when text converted by `latexToUnicode` still holds a command it did
 * not know, so a curator can see `\foo` in a name rather than find it later.
 *
 * @example
 * warnUnknownLatex(latexToUnicode('\\foo{x}'), context, 12, 'entry "k": the title');
 * // warning at line 12: 'entry "k": the title holds the LaTeX command "\foo", …'
 */
export function warnUnknownLatex(converted: string, context: IngestContext, line: number, subject: string): void {
  const command = COMMAND.exec(converted)?.[0];
  if (command !== undefined) {
    context.warn(line, `${subject} holds the LaTeX command "${command}", which has no Unicode equivalent here; it is kept as written`);
  }
}
