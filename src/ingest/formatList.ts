import { paperFormats } from './paperFormats.ts';

/**
 * The formats' names with their extensions, for messages that ask the user
 * to pick one.
 *
 * @example formatList(); // 'listing (.txt), jsonl (.jsonl, .ndjson), arxiv (.json, .jsonl), snap (.txt), dblp (.xml), bibtex (.bib), gml (.gml)'
 */
export function formatList(): string {
  return paperFormats.map((format) => `${format.name} (${format.extensions.join(', ')})`).join(', ');
}
