import { IngestError } from '../IngestError.ts';
import { countNewlines } from './countNewlines.ts';
import { expandReferences } from './expandReferences.ts';

/** A comment, or a general entity declared with a literal value (parameter and external entities do not match). */
const DECLARATION = /<!--[\s\S]*?-->|<!ENTITY\s+([^\s%"'>]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/gu;

export interface DtdOptions {
  /** The line of `file` that `text` starts on, when it is part of a file (an internal subset). */
  readonly firstLine?: number;
  /** Entities declared before, e.g. in the internal subset; they win over redeclarations. */
  readonly inherited?: ReadonlyMap<string, string>;
}

/**
 * The general entities a DTD declares with a literal value, their values
 * expanded, e.g. `<!ENTITY uuml "&#252;">` gives `uuml` → `ü`. As in XML,
 * the first declaration of a name wins. A bad value is an `IngestError` at
 * `file:line`.
 *
 * @example
 * parseDtdEntities('<!ENTITY uuml "&#252;">', 'dblp.dtd'); // Map { 'uuml' => 'ü' }
 */
export function parseDtdEntities(
  text: string,
  file: string,
  { firstLine = 1, inherited = new Map() }: DtdOptions = {},
): Map<string, string> {
  const values = new Map(inherited);
  for (const match of text.matchAll(DECLARATION)) {
    const [, name, doubleQuoted, singleQuoted] = match;
    const value = doubleQuoted ?? singleQuoted;
    if (name === undefined || value === undefined || values.has(name)) continue;
    const fail = (reason: string): never => {
      const line = firstLine + countNewlines(text.slice(0, match.index));
      throw new IngestError(file, line, `in the declaration of entity "${name}": ${reason}`);
    };
    values.set(name, expandReferences(value, { values, declaredIn: file }, fail));
  }
  return values;
}
