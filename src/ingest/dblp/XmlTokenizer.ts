import { quote } from '../quote.ts';

/** Receives the pieces of an XML document in order, each with the line it starts on. */
export interface XmlSink {
  /** A start tag; `attributes` is the raw text after the name, parsed only where it is needed. */
  open(name: string, attributes: string, selfClosing: boolean, line: number): void;
  close(name: string, line: number): void;
  /**
   * Character data with entity references not yet expanded. One run of text
   * may arrive in several pieces (at chunk boundaries); CDATA arrives with
   * `&` escaped, so that expanding references later gives its text back.
   */
  text(raw: string, line: number): void;
  /** The whole `<!DOCTYPE …>` declaration. */
  doctype(declaration: string, line: number): void;
  /** Markup that cannot be read; the tokenizer goes on after its `<` as if it were text. */
  malformed(reason: string, line: number): void;
  /** The end of the input, on its last line. */
  end(line: number): void;
}

/** Markup not closed within this many characters is malformed: real tags are short. */
const MAX_MARKUP = 1 << 20;
const NAME_START = /[A-Za-z_:]/u;
const SPACE = /^[\t\n\r ]$/u;
const TAG_START = /^<[^\r\n<]*/u;
const LESS_THAN = 0x3c;
const SLASH = 0x2f;
const GREATER_THAN = 0x3e;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const DOCTYPE = /<!DOCTYPE[^[>]*(?:\[[^\]]*\][\t\n\r ]*)?>/uy;
/** Enough characters to tell `<!--`, `<![CDATA[` and `<!DOCTYPE` apart. */
const DECLARATION_PREFIX = 9;

type TagEnd = number | 'incomplete' | 'broken';

/**
 * A small push tokenizer for the regular XML that dblp writes: tags, text,
 * comments, CDATA, processing instructions and the DOCTYPE. It holds only the
 * unfinished tail of its input, never the document, so memory stays flat
 * however long the file is. It does not validate: it reports markup it cannot
 * read and leaves nesting to its sink.
 *
 * @example
 * const tokenizer = new XmlTokenizer(sink);
 * for await (const chunk of stream) tokenizer.write(chunk);
 * tokenizer.end();
 */
export class XmlTokenizer {
  private buffer = '';
  private position = 0;
  private line = 1;
  /** The line the token last taken starts on. */
  private tokenLine = 1;
  private ended = false;

  constructor(private readonly sink: XmlSink) {}

  write(chunk: string): void {
    this.buffer = this.buffer.slice(this.position) + chunk;
    this.position = 0;
    while (this.step());
  }

  end(): void {
    this.ended = true;
    while (this.step());
    // A final line feed ends the last line; it does not start another.
    this.sink.end(this.buffer.endsWith('\n') ? this.line - 1 : this.line);
  }

  /** Reads one token; false when the buffer holds no complete one. */
  private step(): boolean {
    const { buffer, position } = this;
    if (position >= buffer.length) return false;
    if (buffer.charCodeAt(position) !== LESS_THAN) return this.readText();
    if (position + 1 >= buffer.length && !this.ended) return false;
    const next = buffer[position + 1] ?? '';
    if (next === '/') return this.readCloseTag();
    if (next === '!') return this.readDeclaration();
    if (next === '?') return this.skipUntil('?>', 2, 'processing instruction');
    if (NAME_START.test(next)) return this.readOpenTag();
    return this.fail(`expected a tag name after "<", got ${quote(buffer.slice(position, position + 12))}`);
  }

  private readText(): boolean {
    const found = this.buffer.indexOf('<', this.position);
    const raw = this.take(found === -1 ? this.buffer.length : found);
    this.sink.text(raw, this.tokenLine);
    return true;
  }

  private readCloseTag(): boolean {
    const { buffer, position } = this;
    const end = buffer.indexOf('>', position + 2);
    if (end === -1) return this.waitOrFail('end tag');
    const nameEnd = endOfName(buffer, position + 2, end);
    const valid = NAME_START.test(buffer[position + 2] ?? '') && buffer.slice(nameEnd, end).trim() === '';
    const name = buffer.slice(position + 2, nameEnd);
    this.advance(end + 1);
    if (valid) this.sink.close(name, this.tokenLine);
    else this.sink.malformed(`expected a name in the end tag, got ${quote(buffer.slice(position, end + 1))}`, this.tokenLine);
    return true;
  }

  private readDeclaration(): boolean {
    const prefix = this.buffer.slice(this.position, this.position + DECLARATION_PREFIX);
    if (prefix.length < DECLARATION_PREFIX && !this.ended) return false;
    if (prefix.startsWith('<!--')) return this.skipUntil('-->', 4, 'comment');
    if (prefix.startsWith('<![CDATA[')) return this.readCdata();
    if (prefix.startsWith('<!DOCTYPE')) return this.readDoctype();
    return this.fail(`expected a comment, CDATA section or DOCTYPE after "<!", got ${quote(prefix)}`);
  }

  private readCdata(): boolean {
    const end = this.buffer.indexOf(']]>', this.position + DECLARATION_PREFIX);
    if (end === -1) return this.waitOrFail('CDATA section');
    const markup = this.take(end + 3);
    this.sink.text(markup.slice(DECLARATION_PREFIX, -3).replaceAll('&', '&amp;'), this.tokenLine);
    return true;
  }

  private readDoctype(): boolean {
    DOCTYPE.lastIndex = this.position;
    if (!DOCTYPE.test(this.buffer)) return this.waitOrFail('DOCTYPE declaration');
    const markup = this.take(DOCTYPE.lastIndex);
    this.sink.doctype(markup, this.tokenLine);
    return true;
  }

  private readOpenTag(): boolean {
    const end = this.findTagEnd();
    if (end === 'incomplete') return this.waitOrFail('start tag');
    if (end === 'broken') return this.fail(`start tag ${quote(this.tagStart())} is not closed with ">"`);
    const { buffer, position } = this;
    const selfClosing = buffer.charCodeAt(end - 1) === SLASH;
    const attributesEnd = selfClosing ? end - 1 : end;
    const nameEnd = endOfName(buffer, position + 1, attributesEnd);
    // The name ends at the end of the tag or at white space before the attributes.
    const valid = nameEnd === attributesEnd || SPACE.test(buffer[nameEnd] ?? '');
    const name = buffer.slice(position + 1, nameEnd);
    const attributes = nameEnd === attributesEnd ? '' : buffer.slice(nameEnd, attributesEnd);
    this.advance(end + 1);
    if (valid) this.sink.open(name, attributes, selfClosing, this.tokenLine);
    else this.sink.malformed(`expected a tag name after "<", got ${quote(buffer.slice(position, end + 1))}`, this.tokenLine);
    return true;
  }

  /** Where the start tag at the current position ends, skipping `>` in quoted attribute values. */
  private findTagEnd(): TagEnd {
    const { buffer } = this;
    let openQuote = 0;
    for (let index = this.position + 1; index < buffer.length; index++) {
      const code = buffer.charCodeAt(index);
      if (openQuote !== 0) {
        if (code === openQuote) openQuote = 0;
      } else if (code === GREATER_THAN) {
        return index;
      } else if (code === LESS_THAN) {
        return 'broken';
      } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        openQuote = code;
      }
    }
    return this.ended || buffer.length - this.position > MAX_MARKUP ? 'broken' : 'incomplete';
  }

  /** The start of an unclosed tag, up to the line end or the next tag. */
  private tagStart(): string {
    return TAG_START.exec(this.buffer.slice(this.position, this.position + 40))?.[0].trimEnd() ?? '<';
  }

  private skipUntil(terminator: string, skip: number, what: string): boolean {
    const found = this.buffer.indexOf(terminator, this.position + skip);
    if (found === -1) return this.waitOrFail(what);
    this.advance(found + terminator.length);
    return true;
  }

  /** Waits for more input, unless none will come or the markup is already too long to be real. */
  private waitOrFail(what: string): boolean {
    if (!this.ended && this.buffer.length - this.position <= MAX_MARKUP) return false;
    const where = this.ended ? 'before the end of the file' : `within ${MAX_MARKUP} characters`;
    return this.fail(`${what} is not closed ${where}`);
  }

  private fail(reason: string): boolean {
    this.sink.malformed(reason, this.line);
    this.advance(this.position + 1);
    return true;
  }

  /** Moves past the input up to `end` and returns it. */
  private take(end: number): string {
    const markup = this.buffer.slice(this.position, end);
    this.advance(end);
    return markup;
  }

  /** Moves past the input up to `end`; `tokenLine` becomes the line it starts on. */
  private advance(end: number): void {
    const { buffer } = this;
    this.tokenLine = this.line;
    let newline = buffer.indexOf('\n', this.position);
    while (newline !== -1 && newline < end) {
      this.line++;
      newline = buffer.indexOf('\n', newline + 1);
    }
    this.position = end;
  }
}

/** Where the XML name that starts at `from` ends: the first index before `to` that holds no name character. */
function endOfName(text: string, from: number, to: number): number {
  let index = from;
  while (index < to && isNameChar(text.charCodeAt(index))) index++;
  return index;
}

function isNameChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x3a) || // 0-9 and ':'
    code === 0x5f || // _
    code === 0x2d || // -
    code === 0x2e // .
  );
}
