import { searchIndex } from '../../search/searchIndex.ts';
import { cleanSpelling } from '../../text/cleanSpelling.ts';
import { foldText } from '../../text/foldText.ts';
import { splitDisambiguator } from '../../text/splitDisambiguator.ts';
import type { Author, AuthorAlias } from '../Author.ts';
import type { AuthorFields } from '../AuthorColumns.ts';
import { authorsByPaperCount } from '../authorsByPaperCount.ts';
import { coauthorAdjacency } from '../coauthorAdjacency.ts';
import { CoauthorGraph } from '../CoauthorGraph.ts';
import { paperOrders } from '../paperOrders.ts';
import { sharedArray } from '../sharedArray.ts';
import { sortAliases } from '../sortAliases.ts';
import { inPieces } from '../steps/inPieces.ts';
import type { WaitingSteps } from '../steps/Steps.ts';
import { yearRange } from '../yearRange.ts';
import type { AddedPerson } from './changePapersInSteps.ts';
import { patchAdjacencyBeside } from './patchAdjacencyBeside.ts';
import { patchAuthors } from './patchAuthors.ts';
import { patchSearchDocuments } from './patchSearchDocuments.ts';
import { compareNamePlaces, placeInNameOrder } from './placeInNameOrder.ts';
import { NO_NEW_ROW, renumberAround, renumberInto } from './Renumbering.ts';

/** A person the split author becomes: who, and the slots of the author's rows that are theirs. */
interface Part {
  readonly person: AddedPerson;
  readonly slots: number[];
  /** Their spellings, cleaned, with how many of their papers use each. */
  readonly uses: Map<string, number>;
}

/**
 * The graph in which `author` is split into the people `personOf` makes of
 * their spellings, `spellings[k]` the one on the byline of their kth paper
 * (in their row's order), built from `graph` by passes over its arrays
 * rather than from the records: the papers, their columns, ids, orders and
 * nodes are `graph`'s own; the author goes, and each person is made anew
 * where their name sorts, with the papers that spell them, their spellings,
 * years and name (the most used spelling's, unless given) as a build counts
 * them; every other author keeps their rows, renumbered. A person's
 * coauthor row is counted from their papers' bylines, and each coauthor's
 * row gives the author's share to the people it was theirs; the search
 * index and the author order by paper count are patched or redone, all
 * kept as the new graph's. Equal, part by part, to a build of the same
 * records with identities that make the same people.
 *
 * @example const next = yield* splitAuthorInSteps(graph, tim, ['Tim Maxwell', 'Timothy Maxwell', 'Tim Maxwell'], (spelling) => ({ id: stableHash('author', nameKey(spelling)), givenName: undefined, identity: [] }));
 */
export function* splitAuthorInSteps(graph: CoauthorGraph, author: Author, spellings: readonly string[], personOf: (spelling: string) => AddedPerson): WaitingSteps<CoauthorGraph> {
  const { parts } = graph;
  const adjacency = yield* coauthorAdjacency.inSteps(graph);
  const search = yield* searchIndex.inSteps(graph);
  const orders = yield* paperOrders.inSteps(graph);

  // The people, each with the slots of the author's row their spellings sign.
  const byId = new Map<string, Part>();
  const start = parts.authorPaperOffsets[author.index]!;
  spellings.forEach((spelling, k) => {
    const person = personOf(spelling);
    let part = byId.get(person.id);
    if (part === undefined) byId.set(person.id, (part = { person, slots: [], uses: new Map() }));
    part.slots.push(start + k);
    const cleaned = cleanSpelling(spelling);
    part.uses.set(cleaned, (part.uses.get(cleaned) ?? 0) + 1);
  });
  const people = [...byId.values()].map(made).sort((a, b) => compareNamePlaces(a.fields, b.fields, a.folded, b.folded));
  const renumbering = yield* renumberAround(
    graph.authorCount,
    [author.index],
    people.map(({ fields }) => {
      const before = placeInNameOrder(graph, fields);
      return before - (author.index < before ? 1 : 0);
    }),
    [NO_NEW_ROW],
  );

  // Coauthor rows: each person's, from their papers' bylines; each coauthor's, with the author's share of it given to that person.
  const patches = new Map<number, { from: number[]; added: [number, number][] }>();
  people.forEach(({ papers }, j) => {
    const index = renumbering.anew[j]!;
    const added: [number, number][] = [];
    for (const paper of papers) {
      const [from, to] = [parts.paperAuthorOffsets[paper]!, parts.paperAuthorOffsets[paper + 1]!];
      if (to - from > graph.maxAuthorsPerPaper) continue;
      for (let k = from; k < to; k++) {
        const other = parts.paperAuthors[k]!;
        if (other === author.index) continue;
        const coauthor = renumbering.oldToNew[other]!;
        added.push([coauthor, 1]);
        let patch = patches.get(coauthor);
        if (patch === undefined) patches.set(coauthor, (patch = { from: [other], added: [] }));
        // The author is found in the old row as `NO_NEW_ROW`.
        patch.added.push([index, 1], [NO_NEW_ROW, -1]);
      }
    }
    patches.set(index, { from: [], added });
  });
  // Started now, on a worker thread for a large graph, while the rest is renumbered here.
  const patchingAdjacency = patchAdjacencyBeside(adjacency, renumbering, patches);
  yield;
  const authorParts = yield* patchAuthors(
    parts,
    renumbering,
    people.map(({ fields, papers, positions }) => ({ fields, papers, positions })),
  );

  // paper → authors rows: the same rows, renumbered, each of the author's slots the person's whose spelling is on it.
  const paperAuthors = sharedArray(Uint32Array, parts.paperAuthors.length);
  yield* inPieces(paperAuthors.length, (from, to) => renumberInto(parts.paperAuthors.subarray(from, to), renumbering, paperAuthors.subarray(from)));
  people.forEach(({ papers, positions }, j) => papers.forEach((paper, k) => (paperAuthors[parts.paperAuthorOffsets[paper]! + positions[k]! - 1] = renumbering.anew[j]!)));

  const next = new CoauthorGraph(
    { ...authorParts, paperColumns: parts.paperColumns, paperIds: parts.paperIds, paperAuthorOffsets: parts.paperAuthorOffsets, paperAuthors },
    { maxAuthorsPerPaper: graph.maxAuthorsPerPaper },
  );
  const samePapers = yield* renumberAround(graph.paperCount, [], [], []);
  searchIndex.remember(next, yield* patchSearchDocuments(search, renumbering, samePapers, people.map(({ fields }) => fields), [], []));
  // The papers keep their indices, so their orders stay as they were.
  paperOrders.remember(next, orders);
  yield* authorsByPaperCount.inSteps(next);
  // Waited for last: the worker patches the adjacency while everything else is done here.
  coauthorAdjacency.remember(next, yield* patchingAdjacency);
  return next;

  /** The person of `part` as the new graph holds them. */
  function made({ person, slots, uses }: Part) {
    const aliases = sortAliases([...uses].map(([name, paperCount]): AuthorAlias => ({ name, paperCount })));
    const spelled = splitDisambiguator(aliases[0]!.name);
    const name = person.givenName ?? spelled.name;
    const papers = Uint32Array.from(slots, (slot) => parts.authorPapers[slot]!);
    const positions = Uint32Array.from(slots, (slot) => parts.authorPositions[slot]!);
    const { firstYear, lastYear } = yearRange(papers, parts.paperColumns.numbers.year);
    const fields: AuthorFields = { id: person.id, name, given: person.givenName !== undefined, disambiguator: spelled.disambiguator, aliases, identity: person.identity, firstYear, lastYear };
    return { fields, folded: foldText(name), papers, positions };
  }
}
