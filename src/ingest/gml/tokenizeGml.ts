import { IngestError } from '../IngestError.ts';
import { quote } from '../quote.ts';

/** One lexical unit of GML, at its 1-based line. */
export type GmlToken =
  | { readonly type: 'key'; readonly text: string; readonly line: number }
  | { readonly type: 'integer' | 'real'; readonly value: number; readonly text: string; readonly line: number }
  | { readonly type: 'string'; readonly value: string; readonly line: number }
  | { readonly type: 'open' | 'close'; readonly line: number };

// One sticky pattern, one group per kind of token, tried at the current position.
const TOKEN =
  /(?<space>[ \t\r\f\v\uFEFF]+)|(?<newline>\n)|(?<comment>#[^\n]*)|(?<open>\[)|(?<close>\])|(?<string>"[^"\n]*")|(?<number>[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?(?![A-Za-z0-9_.]))|(?<key>[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_]))/uy;

const INTEGER = /^[-+]?[0-9]+$/u;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
const ENTITY = /&(?:#([0-9]+)|#[xX]([0-9A-Fa-f]+)|([A-Za-z][A-Za-z0-9]*));/gu;

/**
 * The tokens of a GML text: keys, integers, reals, strings and the brackets
 * of lists, skipping whitespace and `#` comments. A string must close on the
 * line it opens; `&amp;`, `&quot;`, `&lt;`, `&gt;`, `&apos;` and numeric
 * character references (`&#233;`), which GML writers such as NetworkX use for
 * characters outside ASCII, are decoded. Anything else is an `IngestError` at
 * `file:line`.
 *
 * @example [...tokenizeGml('id 7 label "ABRAMO, G"', 'net.gml')].map((token) => token.type); // ['key', 'integer', 'key', 'string']
 */
export function* tokenizeGml(text: string, file: string): Generator<GmlToken, void, undefined> {
  // A copy per call: a sticky pattern keeps its position, and readers may interleave.
  const token = new RegExp(TOKEN);
  let line = 1;
  while (token.lastIndex < text.length) {
    const start = token.lastIndex;
    const groups = token.exec(text)?.groups;
    if (groups === undefined) throw new IngestError(file, line, unexpected(text, start));
    const { newline, open, close, string, number, key } = groups;
    if (newline !== undefined) line += 1;
    else if (open !== undefined) yield { type: 'open', line };
    else if (close !== undefined) yield { type: 'close', line };
    else if (string !== undefined) yield { type: 'string', value: decodeEntities(string.slice(1, -1), file, line), line };
    else if (number !== undefined) yield numberToken(number, file, line);
    else if (key !== undefined) yield { type: 'key', text: key, line };
  }
}

function numberToken(text: string, file: string, line: number): GmlToken {
  const integral = INTEGER.test(text);
  const value = Number(text);
  if (integral && !Number.isSafeInteger(value)) {
    throw new IngestError(file, line, `expected an integer of at most 15 digits, got ${quote(text)}`);
  }
  return { type: integral ? 'integer' : 'real', value, text, line };
}

function unexpected(text: string, start: number): string {
  if (text[start] === '"') return `expected a string to end with " on the line it starts, got ${quote(text.slice(start).split('\n')[0] ?? '')}`;
  const word = /^[^\s[\]"#]*/u.exec(text.slice(start))?.[0] ?? '';
  const got = word === '' ? (text[start] ?? '') : word;
  return `expected a key, a number, a "string", "[" or "]", got ${quote(got)}`;
}

function decodeEntities(raw: string, file: string, line: number): string {
  return raw.replace(ENTITY, (entity, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const character = NAMED_ENTITIES[name];
      if (character === undefined) {
        throw new IngestError(file, line, `unknown character entity ${quote(entity)}; write the character as &#<code point>; (e.g. &#233; for é)`);
      }
      return character;
    }
    const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
    if (!(codePoint > 0 && codePoint <= 0x10ffff) || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      throw new IngestError(file, line, `expected a character reference to a Unicode character, got ${quote(entity)}`);
    }
    return String.fromCodePoint(codePoint);
  });
}
