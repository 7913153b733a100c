import type { Author } from './Author.ts';
import type { Paper } from './Paper.ts';

/** An author's place on a paper's byline. */
export interface Authorship {
  readonly author: Author;
  readonly paper: Paper;
  /** 1-based byline position. */
  readonly position: number;
}
