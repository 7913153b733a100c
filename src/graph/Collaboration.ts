import type { Author } from './Author.ts';
import type { Paper } from './Paper.ts';

/** What two authors wrote together, seen from `author`. */
export interface Collaboration {
  readonly author: Author;
  readonly coauthor: Author;
  /** Shared papers, newest first. */
  readonly papers: readonly Paper[];
  readonly firstYear: number | null;
  readonly lastYear: number | null;
}
