import { IngestError } from '../IngestError.ts';
import { quote } from '../quote.ts';
import type { GmlList, GmlPair } from './GmlList.ts';
import { tokenizeGml, type GmlToken } from './tokenizeGml.ts';

interface OpenList {
  readonly pairs: GmlPair[];
  /** The key that opened this list and its line; undefined for the whole file. */
  readonly key?: string;
  readonly line: number;
}

/**
 * Parses GML (Himsolt's Graph Modelling Language, as NetworkX, igraph and
 * Newman's data pages write it): a list of `key value` pairs, where a value
 * is an integer, a real, a "string" or a nested `[ … ]` list. All or nothing:
 * the first defect throws an `IngestError` at `file:line`, because nothing
 * after a broken bracket can be trusted.
 *
 * @example
 * parseGml('graph [ directed 0 ]', 'net.gml');
 * // [{ key: 'graph', line: 1, value: { type: 'list', value: [{ key: 'directed', line: 1, value: { type: 'integer', value: 0 } }] } }]
 */
export function parseGml(text: string, file: string): GmlList {
  const fail = (line: number, reason: string): never => {
    throw new IngestError(file, line, reason);
  };
  const stack: OpenList[] = [{ pairs: [], line: 1 }];
  let key: Extract<GmlToken, { type: 'key' }> | undefined;
  let lastLine = 1;
  for (const token of tokenizeGml(text, file)) {
    lastLine = token.line;
    const current = stack.at(-1)!;
    if (key === undefined) {
      if (token.type === 'key') key = token;
      else if (token.type === 'close' && current.key !== undefined) stack.pop();
      else if (token.type === 'close') fail(token.line, 'expected a key, got "]" with no "[" open');
      else fail(token.line, `expected a key (a name such as "node"), got ${describeToken(token)}`);
      continue;
    }
    if (token.type === 'open') {
      const list: OpenList = { pairs: [], key: key.text, line: key.line };
      current.pairs.push({ key: key.text, line: key.line, value: { type: 'list', value: list.pairs } });
      stack.push(list);
    } else if (token.type === 'string') {
      current.pairs.push({ key: key.text, line: key.line, value: { type: 'string', value: token.value } });
    } else if (token.type === 'integer' || token.type === 'real') {
      current.pairs.push({ key: key.text, line: key.line, value: { type: token.type, value: token.value } });
    } else {
      fail(token.line, `expected a value for key ${quote(key.text)} (a number, a "string" or "["), got ${describeToken(token)}`);
    }
    key = undefined;
  }
  if (key !== undefined) fail(key.line, `expected a value for key ${quote(key.text)}, got the end of the file`);
  const unclosed = stack.at(-1)!;
  if (unclosed.key !== undefined) {
    fail(lastLine, `expected "]" to close the list "${unclosed.key} [" opened at line ${unclosed.line}, got the end of the file`);
  }
  return stack[0]!.pairs;
}

function describeToken(token: GmlToken): string {
  switch (token.type) {
    case 'key':
      return quote(token.text);
    case 'integer':
    case 'real':
      return `the number ${token.text}`;
    case 'string':
      return `the string ${quote(token.value)}`;
    case 'open':
      return '"["';
    case 'close':
      return '"]"';
  }
}
