import DataLoader from 'dataloader';
import type { Author } from '../graph/store/Author.ts';
import type { AuthorPapers, CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import type { Paper } from '../graph/store/Paper.ts';

/** Per-request loaders for every author↔paper traversal. */
export interface Loaders {
  readonly papersOfAuthor: DataLoader<Author, AuthorPapers>;
  /** Author indices in byline order. */
  readonly authorsOfPaper: DataLoader<Paper, Uint32Array>;
  /** Slots into `coauthorAdjacency`, closest collaborators first. */
  readonly coauthorsOfAuthor: DataLoader<Author, Uint32Array>;
}

/**
 * Loaders that gather every key asked for in one tick (one query level) and
 * answer them with one batch call on the graph, each distinct key once. The
 * answers are views of the snapshot's arrays: no batch copies a list.
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
