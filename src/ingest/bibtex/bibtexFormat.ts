import type { PaperFormat } from '../PaperFormat.ts';
import { readBibtexDatabase } from './readBibtexDatabase.ts';

/** An `@type{` or `@type(` at the start of a line, as every BibTeX entry and `@string` begins. */
const ENTRY_START = /^[ \t]*@[A-Za-z]+[ \t]*[{(]/mu;

/**
 * BibTeX (`.bib`): one file read as a whole database. A database split over
 * several files (macros in one, `crossref` targets in another) is read with
 * `readBibtexDatabase`, which the CLI calls with all the files given.
 *
 * @example
 * for await (const record of bibtexFormat.read('refs.bib', context)) records.push(record);
 */
export const bibtexFormat: PaperFormat = {
  name: 'bibtex',
  description: 'BibTeX: @string macros, crossref, LaTeX accents; several files are read as one database',
  extensions: ['.bib'],
  looksLike: (head) => ENTRY_START.test(head),
  async *read(path, context) {
    const { records } = await readBibtexDatabase([path], () => context);
    yield* records;
  },
  async *readFiles(paths, contextFor) {
    const { records } = await readBibtexDatabase(paths, contextFor);
    yield* records;
  },
};
