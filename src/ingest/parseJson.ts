import { IngestError } from './IngestError.ts';

/**
 * The JSON value on one line of a JSON Lines file; a syntax error throws an
 * `IngestError` at `file:line` with the parser's message.
 *
 * @example parseJson('{"id":"0704.0001"}', 'arxiv.json', 1); // { id: '0704.0001' }
 */
export function parseJson(text: string, file: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IngestError(file, line, `invalid JSON: ${reason}`);
  }
}
