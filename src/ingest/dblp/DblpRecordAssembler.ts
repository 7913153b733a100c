import { quote } from '../quote.ts';
import type { XmlSink } from './XmlTokenizer.ts';
import { countNewlines } from './countNewlines.ts';

/** One child element of a record, its text with inline markup (`<i>`, `<sub>`, …) dropped and references unexpanded. */
export interface RawDblpField {
  readonly name: string;
  raw: string;
  readonly line: number;
}

/** A record element as the file spells it, before any text is interpreted. */
export interface RawDblpRecord {
  /** The element name: `article`, `inproceedings`, `www`, … */
  readonly type: string;
  /** The raw attribute text of the start tag, e.g. ` mdate="2017-07-12" key="…"`. */
  readonly attributes: string;
  readonly line: number;
  readonly fields: RawDblpField[];
}

/** What the assembler found, in file order. `problem` skips one record; `fatal` ends the file. */
export type DblpEvent =
  | { readonly kind: 'doctype'; readonly declaration: string; readonly line: number }
  | { readonly kind: 'record'; readonly record: RawDblpRecord }
  | { readonly kind: 'problem'; readonly line: number; readonly reason: string }
  | { readonly kind: 'fatal'; readonly line: number; readonly reason: string };

/** The children `dblp.dtd` allows under `<dblp>`. */
const RECORD_TYPES: ReadonlySet<string> = new Set([
  'article',
  'inproceedings',
  'proceedings',
  'book',
  'incollection',
  'phdthesis',
  'mastersthesis',
  'www',
  'person',
  'data',
]);
const ROOT = 'dblp';
const BLANK = /^[\t\n\r ]*$/u;
const TRUNCATED = 'it looks truncated; download it again';

type State = 'prolog' | 'between' | 'record' | 'skip' | 'epilog' | 'stopped';

/**
 * Turns the tokens of a dblp.xml into records: one per child of `<dblp>`,
 * each child element a field. It checks nesting only as far as it needs to
 * keep records apart. After a defect it skips to the end of that record, or
 * to the next record's start tag when the end tag is missing, and goes on;
 * a defect outside the records (no `<dblp>` root, a truncated file) is fatal.
 *
 * Only the fields named in `kept` are collected; the others are checked for
 * nesting and dropped, which spares the memory and time of the many fields
 * (pages, url, cite, …) that make no paper record.
 *
 * @example
 * const assembler = new DblpRecordAssembler(new Set(['author', 'title']));
 * const tokenizer = new XmlTokenizer(assembler);
 * tokenizer.write(text);
 * for (const event of assembler.take()) handle(event);
 */
export class DblpRecordAssembler implements XmlSink {
  private events: DblpEvent[] = [];
  private state: State = 'prolog';
  private record: RawDblpRecord | undefined;
  /** Names and lines of the elements open inside the current record: its field, then inline markup. */
  private readonly openNames: string[] = [];
  private readonly openLines: number[] = [];
  /** The field being read, when it is one of the kept ones. */
  private field: RawDblpField | undefined;
  /** While skipping, the end tag that ends the skip (besides any record's start tag). */
  private skipUntil: string | undefined;

  constructor(private readonly kept: ReadonlySet<string>) {}

  /** The events found since the last call, in file order. */
  take(): DblpEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  open(name: string, attributes: string, selfClosing: boolean, line: number): void {
    switch (this.state) {
      case 'prolog':
        if (name === ROOT) this.state = selfClosing ? 'epilog' : 'between';
        else this.fatal(line, `expected the root element <${ROOT}>, got <${name}>: this is not a dblp XML file`);
        return;
      case 'between':
        if (RECORD_TYPES.has(name)) return this.startRecord(name, attributes, selfClosing, line);
        this.problem(line, `expected a record element such as <article> or <inproceedings>, got <${name}>`);
        this.skipUntil = selfClosing ? undefined : name;
        return;
      case 'skip':
        if (RECORD_TYPES.has(name)) this.startRecord(name, attributes, selfClosing, line);
        return;
      case 'record':
        return this.openInRecord(name, attributes, selfClosing, line);
      case 'epilog':
        return this.fatal(line, `expected nothing after </${ROOT}>, got <${name}>`);
      case 'stopped':
        return;
    }
  }

  close(name: string, line: number): void {
    switch (this.state) {
      case 'prolog':
        return this.fatal(line, `expected the root element <${ROOT}>, got </${name}>`);
      case 'between':
        if (name === ROOT) this.state = 'epilog';
        else this.problem(line, `expected a record element such as <article>, got the end tag </${name}>`);
        return;
      case 'skip':
        if (name === ROOT) this.state = 'epilog';
        else if (name === this.skipUntil) this.state = 'between';
        return;
      case 'record':
        return this.closeInRecord(name, line);
      case 'epilog':
        return this.fatal(line, `expected nothing after </${ROOT}>, got </${name}>`);
      case 'stopped':
        return;
    }
  }

  text(raw: string, line: number): void {
    if (this.openNames.length > 0) {
      if (this.field !== undefined) this.field.raw += raw;
      return;
    }
    if (BLANK.test(raw)) return;
    const found = `text ${quote(raw.trim())}`;
    // The line of the text itself, not of the line break before it.
    const at = line + countNewlines(raw.slice(0, raw.search(/\S/u)));
    switch (this.state) {
      case 'prolog':
        return this.fatal(at, `expected the root element <${ROOT}>, got ${found}: this is not a dblp XML file`);
      case 'between':
        return this.problem(at, `expected a record element such as <article>, got ${found}`);
      case 'record':
        return this.problem(at, `expected fields such as <author> inside <${this.record?.type ?? ''}>, got ${found}`);
      case 'epilog':
        return this.fatal(at, `expected nothing after </${ROOT}>, got ${found}`);
      case 'skip':
      case 'stopped':
        return;
    }
  }

  doctype(declaration: string, line: number): void {
    if (this.state === 'prolog') this.events.push({ kind: 'doctype', declaration, line });
    else this.malformed('expected the DOCTYPE before the root element, got it inside the document', line);
  }

  malformed(reason: string, line: number): void {
    if (this.state === 'prolog' || this.state === 'epilog') this.fatal(line, reason);
    else if (this.state === 'between' || this.state === 'record') this.problem(line, reason);
  }

  end(line: number): void {
    if (this.state === 'prolog') {
      this.fatal(line, `expected the root element <${ROOT}>, got the end of the file: this is not a dblp XML file`);
    } else if (this.state === 'record' && this.record !== undefined) {
      const { type, line: opened } = this.record;
      this.fatal(line, `the file ends inside the <${type}> record opened on line ${opened}: ${TRUNCATED}`);
    } else if (this.state !== 'epilog' && this.state !== 'stopped') {
      this.fatal(line, `the file ends before </${ROOT}>: ${TRUNCATED}`);
    }
  }

  private openInRecord(name: string, attributes: string, selfClosing: boolean, line: number): void {
    const record = this.record;
    if (record === undefined) return;
    if (RECORD_TYPES.has(name) || name === ROOT) {
      this.problem(line, `expected </${record.type}> to close the record opened on line ${record.line}, got <${name}>`);
      if (name === ROOT) this.skipUntil = undefined;
      else this.startRecord(name, attributes, selfClosing, line);
      return;
    }
    if (selfClosing) return;
    if (this.openNames.length === 0 && this.kept.has(name)) {
      this.field = { name, raw: '', line };
      record.fields.push(this.field);
    }
    this.openNames.push(name);
    this.openLines.push(line);
  }

  private closeInRecord(name: string, line: number): void {
    const record = this.record;
    if (record === undefined) return;
    const innermost = this.openNames.at(-1);
    if (innermost === undefined && name === record.type) {
      this.events.push({ kind: 'record', record });
      this.state = 'between';
      return;
    }
    if (innermost === name) {
      this.openNames.pop();
      this.openLines.pop();
      if (this.openNames.length === 0) this.field = undefined;
      return;
    }
    this.problem(
      line,
      innermost === undefined
        ? `expected </${record.type}> to close the record opened on line ${record.line}, got </${name}>`
        : `expected </${innermost}> to close <${innermost}> opened on line ${this.openLines.at(-1) ?? line}, got </${name}>`,
    );
    // The record's own end tag, though early, still ends it.
    if (name === record.type) this.state = 'between';
    else if (name === ROOT) this.state = 'epilog';
  }

  private startRecord(type: string, attributes: string, selfClosing: boolean, line: number): void {
    this.record = { type, attributes, line, fields: [] };
    this.openNames.length = 0;
    this.openLines.length = 0;
    this.field = undefined;
    if (selfClosing) {
      this.events.push({ kind: 'record', record: this.record });
      this.state = 'between';
    } else {
      this.state = 'record';
    }
  }

  /** Notes a defect and skips what is left of the record it is in, if any. */
  private problem(line: number, reason: string): void {
    this.events.push({ kind: 'problem', line, reason });
    this.skipUntil = this.state === 'record' ? this.record?.type : undefined;
    this.state = 'skip';
    this.field = undefined;
    this.openNames.length = 0;
    this.openLines.length = 0;
  }

  private fatal(line: number, reason: string): void {
    this.events.push({ kind: 'fatal', line, reason });
    this.state = 'stopped';
  }
}
