import type { Author } from '../graph/store/Author.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';

/** A spelling identity split into several people, and those people in name order. */
export interface SplitSpelling {
  readonly spelling: string;
  readonly people: readonly Author[];
  /** The people for a message: `"Li Wu 0001", "Li Wu 0002"`. */
  readonly listed: string;
}

/**
 * The spelling `author` is one of several people of (see `splitHomonyms`),
 * with all of them; undefined for an author no split made. Curation needs
 * it because overrides name spellings, not people: a decision naming a split
 * spelling speaks for every person it was split into.
 *
 * @example homonymsOf(graph, graph.authorsByName('Li Wu 0001')[0]) // { spelling: 'Li Wu', people: [Li Wu 0001, Li Wu 0002] }
 */
export function homonymsOf(graph: CoauthorGraph, author: Author): SplitSpelling | undefined {
  const split = splitEntry(author);
  if (split === undefined) return undefined;
  const people = graph.authorsByName(split.spelling).filter((other) => splitEntry(other)?.spelling === split.spelling);
  return { spelling: split.spelling, people, listed: people.map((person) => `"${numberedName(person)}"`).join(', ') };
}

const splitEntry = (author: Author) => author.identity.find((merge) => merge.rule === 'homonym-split');

/** The name with the homonym number the split gave a person: what finds them by `author(name:)`. */
export const numberedName = (person: Author): string => splitEntry(person)!.joinedTo;
