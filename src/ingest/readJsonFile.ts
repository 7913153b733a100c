import { readTextFile } from './readTextFile.ts';

/**
 * The parsed content of a whole JSON file, such as a metadata or an
 * overrides file, a leading byte order mark dropped. Invalid JSON is an
 * Error naming the file and the parser's reason.
 *
 * @example const overrides = await readJsonFile('overrides.json'); // then checked field by field
 */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new Error(`${path}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
