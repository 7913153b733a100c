import DataLoader from 'dataloader';
import type { Author } from '../graph/Author.ts';
import type { Authorship } from '../graph/Authorship.ts';
import type { CoauthorGraph } from '../graph/CoauthorGraph.ts';
import type { Collaboration } from '../graph/Collaboration.ts';
import type { Paper } from '../graph/Paper.ts';

/** Per-request loaders for every author↔paper traversal. */
export interface Loaders {
  readonly papersOfAuthor: DataLoader<Author, Authorship[]>;
  readonly authorsOfPaper: DataLoader<Paper, Authorship[]>;
  readonly coauthorsOfAuthor: DataLoader<Author, Collaboration[]>;
}

/**
 * Loaders that gather every key asked for in one tick (one query level) and
 * answer them with one batch call on the graph.
 *
 * @example
 * const { papersOfAuthor } = createLoaders(graph);
 * const [a, b] = await Promise.all([papersOfAuthor.load(x), papersOfAuthor.load(y)]); // one graph call
 */
export function createLoaders(graph: CoauthorGraph): Loaders {
  return {
    papersOfAuthor: new DataLoader(async (authors) => graph.papersOfAuthors(authors)),
    authorsOfPaper: new DataLoader(async (papers) => graph.authorsOfPapers(papers)),
    coauthorsOfAuthor: new DataLoader(async (authors) => graph.coauthorsOfAuthors(authors)),
  };
}
