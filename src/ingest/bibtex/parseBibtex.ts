import type { IngestContext } from '../IngestContext.ts';
import { IngestError } from '../IngestError.ts';
import { admitRecord } from '../admitRecord.ts';
import { quote } from '../quote.ts';
import type { BibtexEntry, BibtexPiece, BibtexValue } from './BibtexEntry.ts';

/** A `@string{name = value}` definition. */
export interface BibtexStringDefinition {
  readonly name: string;
  readonly line: number;
  readonly value: BibtexValue;
}

/** What one file holds, in file order. */
export interface ParsedBibtex {
  readonly entries: BibtexEntry[];
  readonly strings: BibtexStringDefinition[];
}

// The characters BibTeX allows in entry types, field names and macro names.
const NAME = /[^\s"#%'(),={}@]+/uy;
const KEY = /[^\s,{}()=]+/uy;
const ITEM_HEAD = /@[ \t]*([^\s"#%'(),={}@]+)\s*([{(])/uy;
/** An `@type{` at the start of a line: where a value that runs into it must have been left open. */
const NEXT_ITEM = /[ \t]*@[ \t]*[^\s"#%'(),={}@]+[ \t]*[{(]/uy;
const LINE_START_AT = /^[ \t]*@/gmu;
/** A field after the end of an entry: an extra `}` closed the entry early. */
const STRAY_FIELD = /^[ \t]*[A-Za-z][\w-]*[ \t]*=.*$/mu;
/** A `}` at the start of a line after the end of an entry: one too many. */
const STRAY_BRACE = /^[ \t]*\}/mu;

/**
 * Parses the entries and `@string` definitions of one BibTeX file. Text
 * between entries is a comment, as in BibTeX; `@comment` and `@preamble` are
 * skipped, and so is a `%` comment between the fields of an entry. An entry
 * with broken syntax (unbalanced braces, a missing comma or `=`) goes to
 * `context.reject`, naming the entry and the line of the defect; when
 * lenient, reading resumes at the next line that starts with `@`.
 *
 * @example
 * parseBibtex('@string{jair = "JAIR"}\n@Article{k, author = "A. Smith", journal = jair}', context);
 * // { strings: [{ name: 'jair', … }], entries: [{ type: 'article', key: 'k', line: 2, fields: … }] }
 */
export function parseBibtex(text: string, context: IngestContext): ParsedBibtex {
  const parsed: ParsedBibtex = { entries: [], strings: [] };
  const reader = new BibtexReader(text, context);
  let at = text.indexOf('@');
  while (at !== -1) {
    const item = admitRecord(context, () => reader.item(at));
    if (item === undefined) {
      LINE_START_AT.lastIndex = at + 1;
      at = LINE_START_AT.exec(text) === null ? -1 : LINE_START_AT.lastIndex - 1;
      continue;
    }
    if ('key' in item) parsed.entries.push(item);
    else if ('name' in item) parsed.strings.push(item);
    at = text.indexOf('@', reader.position);
  }
  return parsed;
}

type Item = BibtexEntry | BibtexStringDefinition | { readonly skipped: string };

class BibtexReader {
  position = 0;
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly context: IngestContext,
  ) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  /** The item whose `@` is at `at`; afterwards `position` is just past it. */
  item(at: number): Item {
    ITEM_HEAD.lastIndex = at;
    const head = ITEM_HEAD.exec(this.text);
    if (head === null) return this.notAnItem(at);
    const type = (head[1] ?? '').toLowerCase();
    const close = head[2] === '(' ? ')' : '}';
    this.position = ITEM_HEAD.lastIndex;
    if (type === 'comment') return { skipped: type };
    if (type === 'preamble') {
      this.value(`@preamble on line ${this.lineOf(at)}`, 'preamble');
      this.expect(close, `@preamble on line ${this.lineOf(at)}`, 'after its value');
      return { skipped: type };
    }
    if (type === 'string') return this.stringDefinition(at, close);
    return this.entry(at, type, close);
  }

  private notAnItem(at: number): Item {
    this.position = at + 1;
    const lineStart = this.lineStarts[this.lineOf(at) - 1] ?? 0;
    // An `@` inside a comment, such as an email address, is text; one that starts a line was meant as an entry.
    if (this.text.slice(lineStart, at).trim() !== '') return { skipped: 'text' };
    const type = this.match(NAME, at + 1);
    if (type === undefined) return this.fail(at, `expected an entry type after "@" (as in "@article{key,"), got ${this.describeNext(at + 1)}`);
    return this.fail(at, `expected "{" after "@${type}", got ${this.describeNext(this.skipSpace(at + 1 + type.length))}`);
  }

  private stringDefinition(at: number, close: string): BibtexStringDefinition {
    const where = `@string on line ${this.lineOf(at)}`;
    const name = this.name(where, 'a macro name');
    this.expect('=', where, `after the macro name "${name}"`);
    const value = this.value(where, name);
    this.expect(close, where, `after the value of "${name}"`);
    return { name: name.toLowerCase(), line: this.lineOf(at), value };
  }

  private entry(at: number, type: string, close: string): BibtexEntry {
    const line = this.lineOf(at);
    const keyAt = this.skipSpace(this.position);
    const key = this.match(KEY, keyAt);
    this.position = keyAt + (key?.length ?? 0);
    if (key === undefined || this.next() === '=') {
      return this.fail(keyAt, `the @${type} entry on line ${line} has no citation key: expected "@${type}{key,", got ${this.describeNext(keyAt)}`);
    }
    const where = `entry "${key}"`;
    const fields = new Map<string, BibtexValue>();
    let after = 'the citation key';
    for (;;) {
      const separator = this.next();
      if (separator === close) break;
      if (separator !== ',') {
        const at = this.skipSpace(this.position);
        return this.fail(at, `${where}: expected "," or "${close}" after ${after}, got ${this.describeNext(at)}; add the missing ","`);
      }
      this.skipNext();
      if (this.next() === close) break;
      const nameLine = this.lineOf(this.skipSpace(this.position));
      const name = this.name(where, 'a field name').toLowerCase();
      this.expect('=', where, `after the field name "${name}"`);
      const value = this.value(where, name);
      const earlier = fields.get(name);
      if (earlier === undefined) fields.set(name, value);
      else this.context.warn(nameLine, `${where}: field "${name}" appears twice (lines ${earlier.line} and ${value.line}); the first is used`);
      after = `the value of field "${name}"`;
    }
    this.skipNext();
    this.checkAfterEntry(where);
    return { type, key, line, fields };
  }

  /**
   * An extra `}` inside an entry closes it early and leaves the rest of its
   * fields outside, where BibTeX would silently drop them: that rejects the
   * entry. An extra `}` after a complete entry loses nothing and is a warning.
   */
  private checkAfterEntry(where: string): void {
    const nextItem = this.text.indexOf('@', this.position);
    const between = this.text.slice(this.position, nextItem === -1 ? undefined : nextItem);
    const closedOn = this.lineOf(this.position - 1);
    const field = STRAY_FIELD.exec(between);
    if (field !== null) {
      this.fail(
        this.position + field.index,
        `${where} closes on line ${closedOn}, but what follows looks like more of it: ${quote(field[0].trim())}; ` +
          'remove the extra "}" that closed it early',
      );
    }
    const brace = STRAY_BRACE.exec(between);
    if (brace !== null) {
      const line = this.lineOf(this.position + brace.index + brace[0].length - 1);
      this.context.warn(line, `a stray "}" after ${where} (which closes on line ${closedOn}) is ignored; remove it`);
    }
  }

  /** A field value: pieces joined by `#`. */
  private value(where: string, field: string): BibtexValue {
    const start = this.skipSpace(this.position);
    const pieces: BibtexPiece[] = [this.piece(where, field)];
    while (this.next() === '#') {
      this.skipNext();
      pieces.push(this.piece(where, field));
    }
    return { line: this.lineOf(start), pieces };
  }

  private piece(where: string, field: string): BibtexPiece {
    const at = this.skipSpace(this.position);
    const line = this.lineOf(at);
    const char = this.text[at];
    if (char === '{' || char === '"') {
      const end = this.delimitedEnd(at, where, field);
      this.position = end + 1;
      return { text: this.text.slice(at + 1, end), line };
    }
    const name = this.match(NAME, at);
    if (name === undefined) {
      const shapes = '("{…}", "\\"…\\"", a number or a @string name)';
      return this.fail(at, `${where}: expected the value of field "${field}" ${shapes}, got ${this.describeNext(at)}`);
    }
    this.position = at + name.length;
    return /^[0-9]+$/u.test(name) ? { text: name, line } : { macro: name.toLowerCase(), line };
  }

  /** The index of the `}` or `"` that ends the value opened at `open`, braces inside balanced. */
  private delimitedEnd(open: number, where: string, field: string): number {
    const quoted = this.text[open] === '"';
    const openBraces: number[] = quoted ? [] : [open];
    for (let index = open + 1; index < this.text.length; index += 1) {
      const char = this.text[index];
      if (char === '{') openBraces.push(index);
      else if (char === '}') {
        // Only a quoted value can get here: a braced one ends when its braces balance.
        if (openBraces.pop() === undefined) {
          return this.fail(
            index,
            `${where}: in field "${field}", this "}" closes no "{": either the quoted value that starts on line ${this.lineOf(open)} ` +
              `lacks its closing '"', or the "}" is one too many`,
          );
        }
        if (!quoted && openBraces.length === 0) return index;
      } else if (char === '"' && quoted && openBraces.length === 0) return index;
      else if (char === '\n' && this.startsItem(index + 1)) {
        return this.unclosed(open, openBraces, where, field, `the next entry starts on line ${this.lineOf(index + 1)}`);
      }
    }
    return this.unclosed(open, openBraces, where, field, 'the end of the file');
  }

  private unclosed(open: number, openBraces: readonly number[], where: string, field: string, before: string): never {
    const brace = openBraces.at(-1);
    if (brace === undefined) {
      return this.fail(open, `${where}: the quoted value of field "${field}" has no closing '"' before ${before}`);
    }
    return this.fail(brace, `${where}: unbalanced braces in field "${field}": this "{" is not closed before ${before}; add the missing "}"`);
  }

  private startsItem(at: number): boolean {
    NEXT_ITEM.lastIndex = at;
    return NEXT_ITEM.test(this.text);
  }

  private name(where: string, what: string): string {
    const at = this.skipSpace(this.position);
    const name = this.match(NAME, at);
    if (name === undefined) return this.fail(at, `${where}: expected ${what}, got ${this.describeNext(at)}`);
    this.position = at + name.length;
    return name;
  }

  private expect(char: string, where: string, context: string): void {
    const at = this.skipSpace(this.position);
    if (this.text[at] !== char) return this.fail(at, `${where}: expected "${char}" ${context}, got ${this.describeNext(at)}`);
    this.position = at + 1;
  }

  /** The next character that is not space or a `%` comment; `position` stays put. */
  private next(): string | undefined {
    return this.text[this.skipSpace(this.position)];
  }

  /** Moves past the character `next()` returned. */
  private skipNext(): void {
    this.position = this.skipSpace(this.position) + 1;
  }

  private skipSpace(from: number): number {
    let at = from;
    for (;;) {
      while (at < this.text.length && /\s/u.test(this.text[at] ?? '')) at += 1;
      if (this.text[at] !== '%') return at;
      const newline = this.text.indexOf('\n', at);
      at = newline === -1 ? this.text.length : newline;
    }
  }

  private match(pattern: RegExp, at: number): string | undefined {
    pattern.lastIndex = at;
    return pattern.exec(this.text)?.[0];
  }

  private describeNext(at: number): string {
    const word = /\S+/uy;
    word.lastIndex = this.skipSpace(at);
    const found = word.exec(this.text)?.[0];
    return found === undefined ? 'the end of the file' : quote(found.length > 20 ? found.slice(0, 20) : found);
  }

  private lineOf(at: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  private fail(at: number, reason: string): never {
    throw new IngestError(this.context.file, this.lineOf(at), reason);
  }
}
