import { extname } from 'node:path';
import type { PaperRecord } from './PaperRecord.ts';
import { parseJsonLines } from './parseJsonLines.ts';
import { parseListing } from './parseListing.ts';
import { readTextFile } from './readTextFile.ts';

type Parser = (text: string, file: string) => PaperRecord[];

const PARSER_BY_EXTENSION: ReadonlyMap<string, Parser> = new Map([
  ['.jsonl', parseJsonLines],
  ['.ndjson', parseJsonLines],
  ['.txt', parseListing],
]);

/**
 * Reads a paper file in whichever format its extension names: `.jsonl` or
 * `.ndjson` for JSON Lines, `.txt` for a listing. Defects in the content are
 * `IngestError`s that carry `path` exactly as given, so messages point where
 * the user pointed; an unknown extension or an unreadable file is an `Error`
 * naming the path and the reason.
 *
 * @example
 * const records = await readPaperFile('fixtures/seed.txt');
 * records.length; // 6
 */
export async function readPaperFile(path: string): Promise<PaperRecord[]> {
  const extension = extname(path).toLowerCase();
  const parse = PARSER_BY_EXTENSION.get(extension);
  if (parse === undefined) {
    const extensions = [...PARSER_BY_EXTENSION.keys()];
    const accepted = `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1) ?? ''}`;
    const found = extension === '' ? 'no extension' : `extension "${extension}"`;
    throw new Error(`cannot tell the format of ${path}: expected a name ending in ${accepted}, got ${found}`);
  }
  return parse(await readTextFile(path), path);
}
