import type { IdentityMerge } from '../../identity/IdentityResolver.ts';
import { searchIndex } from '../../search/searchIndex.ts';
import { splitDisambiguator } from '../../text/splitDisambiguator.ts';
import type { Author, AuthorAlias } from '../Author.ts';
import { authorsByPaperCount } from '../authorsByPaperCount.ts';
import { coauthorAdjacency } from '../coauthorAdjacency.ts';
import { CoauthorGraph, type GraphParts } from '../CoauthorGraph.ts';
import { paperOrders } from '../paperOrders.ts';
import { sharedArray } from '../sharedArray.ts';
import { sortAliases } from '../sortAliases.ts';
import { inPieces } from '../steps/inPieces.ts';
import type { WaitingSteps } from '../steps/Steps.ts';
import { yearRange } from '../yearRange.ts';
import { mergeAdjacency } from './mergeAdjacency.ts';
import { mergeSearchIndex } from './mergeSearchIndex.ts';
import { patchAuthors } from './patchAuthors.ts';
import { placeInNameOrder } from './placeInNameOrder.ts';
import { renumberForMerge, renumberInto } from './Renumbering.ts';

/** Who the merged authors become: what identity resolution decides for the person their spellings make. */
export interface MergedPerson {
  readonly id: string;
  /** The name a curator gave; undefined to show the most used spelling's. */
  readonly givenName: string | undefined;
  readonly identity: readonly IdentityMerge[];
}

/**
 * The graph in which `merged` (two or more authors of `graph` who share no
 * paper) are one person, `person`, built from `graph` by passes over its
 * arrays rather than from the records: the paper columns, ids, orders and
 * nodes are `graph`'s own; the author arrays are renumbered (one author
 * fewer per merged author past the first, the person where their name
 * sorts) and the person's rows are the union of the merged rows, in the
 * order a build gives; the coauthor adjacency, the search index and the
 * author order by paper count are patched or redone and kept as the new
 * graph's. Equal, part by part, to a build of the same records with
 * identities that make the same person of the merged spellings.
 *
 * @example const next = yield* mergeAuthorsInSteps(graph, [tim, timothy], { id: tim.id, givenName: undefined, identity });
 */
export function* mergeAuthorsInSteps(graph: CoauthorGraph, merged: readonly Author[], person: MergedPerson): WaitingSteps<CoauthorGraph> {
  const { parts } = graph;
  const adjacency = yield* coauthorAdjacency.inSteps(graph);
  const search = yield* searchIndex.inSteps(graph);
  const orders = yield* paperOrders.inSteps(graph);

  // The person: every spelling with its uses added up, and every paper, in paper order.
  const uses = new Map<string, number>();
  for (const author of merged) for (const { name, paperCount } of author.aliases) uses.set(name, (uses.get(name) ?? 0) + paperCount);
  const aliases = sortAliases([...uses].map(([name, paperCount]): AuthorAlias => ({ name, paperCount })));
  const spelled = splitDisambiguator(aliases[0]!.name);
  const name = person.givenName ?? spelled.name;
  const fields = { id: person.id, name, given: person.givenName !== undefined, disambiguator: spelled.disambiguator, aliases, identity: person.identity };
  const [papers, positions] = unionOfRows(parts, merged);
  const { firstYear, lastYear } = yearRange(papers, parts.paperColumns.numbers.year);

  const renumbering = yield* renumberForMerge(graph.authorCount, merged.map(({ index }) => index), placeInNameOrder(graph, fields));
  // Started now, on a worker thread for a large graph, while the rest is renumbered here.
  const mergingAdjacency = mergeAdjacency(adjacency, renumbering);
  yield;
  const authorParts = yield* patchAuthors(parts, renumbering, [{ fields: { ...fields, firstYear, lastYear }, papers, positions }]);

  // paper → authors rows: the same rows, renumbered.
  const paperAuthors = sharedArray(Uint32Array, parts.paperAuthors.length);
  yield* inPieces(paperAuthors.length, (from, to) => renumberInto(parts.paperAuthors.subarray(from, to), renumbering, paperAuthors.subarray(from)));

  const next = new CoauthorGraph(
    { ...authorParts, paperColumns: parts.paperColumns, paperIds: parts.paperIds, paperAuthorOffsets: parts.paperAuthorOffsets, paperAuthors },
    { maxAuthorsPerPaper: graph.maxAuthorsPerPaper },
  );
  searchIndex.remember(next, yield* mergeSearchIndex(search, renumbering, graph.paperCount, name, aliases));
  // The papers keep their indices, so their orders stay as they were.
  paperOrders.remember(next, orders);
  yield* authorsByPaperCount.inSteps(next);
  // Waited for last: the worker patches the adjacency while everything else is done here.
  coauthorAdjacency.remember(next, yield* mergingAdjacency);
  return next;
}

/** The papers of `merged`, ascending (newest first), and the byline position of each. */
function unionOfRows({ authorPaperOffsets, authorPapers, authorPositions }: GraphParts, merged: readonly Author[]): [Uint32Array, Uint32Array] {
  const slots = merged.flatMap(({ index }) => Array.from({ length: authorPaperOffsets[index + 1]! - authorPaperOffsets[index]! }, (_, k) => authorPaperOffsets[index]! + k));
  slots.sort((a, b) => authorPapers[a]! - authorPapers[b]!);
  return [Uint32Array.from(slots, (slot) => authorPapers[slot]!), Uint32Array.from(slots, (slot) => authorPositions[slot]!)];
}
