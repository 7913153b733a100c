import type { PaperFormat } from './PaperFormat.ts';
import { arxivFormat } from './arxiv/arxivFormat.ts';
import { bibtexFormat } from './bibtex/bibtexFormat.ts';
import { dblpFormat } from './dblp/dblpFormat.ts';
import { gmlFormat } from './gml/gmlFormat.ts';
import { jsonLinesFormat } from './jsonl/jsonLinesFormat.ts';
import { listingFormat } from './listing/listingFormat.ts';
import { snapFormat } from './snap/snapFormat.ts';

/**
 * Every format the importers read, in order of preference: when a file's
 * extension fits several formats and its first bytes settle nothing, the
 * earlier one is tried (`.txt` reads as a listing, `.jsonl` as canonical
 * JSON Lines), so its parser can say what is wrong with the file.
 *
 * @example paperFormats.map((format) => format.name); // ['listing', 'jsonl', 'arxiv', 'snap', 'dblp', 'bibtex', 'gml']
 */
export const paperFormats: readonly PaperFormat[] = [
  listingFormat,
  jsonLinesFormat,
  arxivFormat,
  snapFormat,
  dblpFormat,
  bibtexFormat,
  gmlFormat,
];
