import { quote } from '../ingest/quote.ts';
import { plural } from '../cli/plural.ts';
import type { PaperRecord } from '../ingest/PaperRecord.ts';
import type { Change } from './Change.ts';

// A summary is one line of a listing: long bylines and batches are cut, not wrapped.
const SHOWN = 3;

/**
 * One line that says what a change did, for the `journal` listing.
 *
 * @example summarizeChange({ kind: 'splitAuthor', id: 'x', spellings: ['Timothy Maxwell'], remaining: ['Tim Maxwell'] });
 * // 'split "Timothy Maxwell" from "Tim Maxwell"'
 */
export function summarizeChange(change: Change): string {
  switch (change.kind) {
    case 'mergeAuthors': {
      const [survivor, ...others] = change.authors.map((author) => quote(author.spellings[0] ?? author.id));
      return `merged ${listed(others)} into ${survivor}${change.name === undefined ? '' : ` as ${quote(change.name)}`}`;
    }
    case 'splitAuthor':
      return `split ${listed(change.spellings.map(quote))} from ${listed(change.remaining.map(quote))}`;
    case 'addPapers':
      return `added ${plural(change.papers.length, 'paper')}: ${listed(change.papers.map(describePaper))}`;
    case 'updatePaper':
      return `updated ${change.id}: ${describePaper(change.paper)}`;
    case 'removePaper':
      return `removed ${change.id}`;
  }
}

function describePaper(paper: PaperRecord): string {
  return quote(paper.title ?? paper.id ?? paper.authors.join(', '));
}

function listed(items: readonly string[]): string {
  return items.length <= SHOWN ? items.join(', ') : `${items.slice(0, SHOWN).join(', ')} and ${items.length - SHOWN} more`;
}
