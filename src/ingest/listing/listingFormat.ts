import type { PaperFormat } from '../PaperFormat.ts';
import { parseListing } from './parseListing.ts';
import { readTextFile } from '../readTextFile.ts';

/**
 * The paper listing the project was specified with (`fixtures/seed.txt`).
 * Listings are small and all-or-nothing: the first defect ends the read,
 * lenient or not, because `parseListing` cannot resynchronise after a bad
 * header.
 *
 * @example
 * for await (const record of listingFormat.read('fixtures/seed.txt', context)) records.push(record);
 */
export const listingFormat: PaperFormat = {
  name: 'listing',
  description: 'paper listing: a header line and an abstract line per paper',
  extensions: ['.txt'],
  looksLike: (head) => /^[ \t]*(?:no|[0-9]+) code implementations? /mu.test(head),
  async *read(path, context) {
    const text = await readTextFile(path);
    context.progress(Buffer.byteLength(text));
    yield* parseListing(text, path);
  },
};
