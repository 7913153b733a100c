import DataLoader from 'dataloader';
import type { Author } from '../graph/store/Author.ts';
import type { AuthorPapers, CoauthorGraph, CollaborationYears } from '../graph/store/CoauthorGraph.ts';
import type { Paper } from '../graph/store/Paper.ts';

/** Per-request loaders for every author↔paper traversal. */
export interface Loaders {
  readonly papersOfAuthor: DataLoader<Author, AuthorPapers, number>;
  /** Author indices in byline order. */
  readonly authorsOfPaper: DataLoader<Paper, Uint32Array, number>;
  /** Slots into `coauthorAdjacency`, closest collaborators first. */
  readonly coauthorsOfAuthor: DataLoader<Author, Uint16Array | Uint32Array, number>;
  /** The years of the first and latest dated paper of a pair of coauthors, asked for once per pair however many fields want them. */
  readonly collaborationYears: DataLoader<readonly [Author, Author], CollaborationYears, string>;
}

/**
 * Loaders that gather every key asked for in one tick (one query level) and
 * answer them with one batch call on the graph, each distinct key once. The
 * answers are views of the snapshot's arrays: no batch copies a list. Nodes
 * are made per read, so a node is cached by its index, not as an object:
 * two reads of one author are one key.
 *
 * @example
 * const { papersOfAuthor } = createLoaders(graph);
 * const [a, b] = await Promise.all([papersOfAuthor.load(x), papersOfAuthor.load(y)]); // one graph call
 */
export function createLoaders(graph: CoauthorGraph): Loaders {
  return {
    papersOfAuthor: new DataLoader<Author, AuthorPapers, number>(async (authors) => graph.papersOfAuthors(authors), BY_INDEX),
    authorsOfPaper: new DataLoader<Paper, Uint32Array, number>(async (papers) => graph.authorsOfPapers(papers), BY_INDEX),
    coauthorsOfAuthor: new DataLoader<Author, Uint16Array | Uint32Array, number>(async (authors) => graph.coauthorsOfAuthors(authors), BY_INDEX),
    collaborationYears: new DataLoader(async (pairs) => graph.collaborationYears(pairs), { ...BATCH_PER_TURN, cacheKeyFn: ([a, b]) => `${a.index}:${b.index}` }),
  };
}

/**
 * A batch is sent once the event loop turns, not after the current tick:
 * resolvers that waited for a time slice (`TimeSlicer`) resume one turn-
 * phase callback each, so a batch per tick would split one query level into
 * as many batches as waiters; every callback of a turn joins the next turn's batch.
 */
export const BATCH_PER_TURN = { batchScheduleFn: (dispatch: () => void) => void setImmediate(dispatch) } as const;

/** Batched per turn, a node cached by its index. */
const BY_INDEX = { ...BATCH_PER_TURN, cacheKeyFn: (node: { readonly index: number }) => node.index } as const;
