import type { PaperRecord } from '../../../ingest/PaperRecord.ts';
import type { IdentityMerge } from '../../identity/IdentityResolver.ts';
import { searchIndex } from '../../search/searchIndex.ts';
import { cleanSpelling } from '../../text/cleanSpelling.ts';
import { compareCodeUnits as compare } from '../../text/compareCodeUnits.ts';
import { foldText } from '../../text/foldText.ts';
import { splitDisambiguator } from '../../text/splitDisambiguator.ts';
import type { Author, AuthorAlias } from '../Author.ts';
import type { AuthorFields } from '../AuthorColumns.ts';
import { authorsByPaperCount } from '../authorsByPaperCount.ts';
import { GraphBuildError } from '../buildGraph.ts';
import { coauthorAdjacency } from '../coauthorAdjacency.ts';
import { CoauthorGraph, type GraphParts } from '../CoauthorGraph.ts';
import { lowerBound } from '../lowerBound.ts';
import type { PaperColumns } from '../PaperColumns.ts';
import { paperLocalId } from '../paperLocalId.ts';
import { paperOrders } from '../paperOrders.ts';
import { sortAliases } from '../sortAliases.ts';
import type { WaitingSteps } from '../steps/Steps.ts';
import { yearRange } from '../yearRange.ts';
import { patchPaperColumns } from './patchPaperColumns.ts';
import { patchPaperOrders } from './patchPaperOrders.ts';
import type { RowPatch } from './patchAdjacency.ts';
import { patchAdjacencyBeside } from './patchAdjacencyBeside.ts';
import { patchAuthors } from './patchAuthors.ts';
import { patchIdOrder } from './patchIdOrder.ts';
import { patchSearchDocuments } from './patchSearchDocuments.ts';
import { compareNamePlaces, placeInNameOrder } from './placeInNameOrder.ts';
import { patchRows } from './patchRows.ts';
import { NO_NEW_ROW, type Renumbering, renumberAround, renumberInto } from './Renumbering.ts';

/** Who a spelling on a paper, or of a split author, is: an author of the graph (by id), or a new one. */
export interface AddedPerson {
  readonly id: string;
  /** The name a curator gave; undefined to show the most used spelling's. */
  readonly givenName: string | undefined;
  readonly identity: readonly IdentityMerge[];
}

/** A person a removed or an added paper names, while the papers are read. */
interface Named {
  readonly person: AddedPerson;
  readonly old: Author | undefined;
  /** Their spellings on the papers, cleaned, with how many more (added) or fewer (removed) papers use each. */
  readonly uses: Map<string, number>;
  /** The added papers (new indices, ascending) and their place on each byline. */
  readonly papers: number[];
  readonly positions: number[];
}

/** A person a paper names, as the new graph holds them. */
interface Placed extends Named {
  readonly fields: AuthorFields;
  readonly folded: string;
  readonly rowPapers: Uint32Array;
  readonly rowPositions: Uint32Array;
}

/** Papers a change takes away and brings in: an update is the paper's old record removed and its new one added. */
export interface PaperChanges {
  /** The records of papers of the graph, as they were read. */
  readonly removed: readonly PaperRecord[];
  readonly added: readonly PaperRecord[];
}

/**
 * The graph with the papers of `removed` taken away and those of `added`
 * brought in, their spellings made people by `personOf`, built from
 * `graph` by passes over its arrays rather than from the records: each
 * added paper goes where a build orders it (newest first, ties by id), the
 * old papers renumbered around them and closed up where one went; each
 * person a paper names is an author of `graph` or a new one, and is made
 * anew where their name sorts, with their papers, spellings, years and
 * name (the most used spelling's, unless given) as a build counts them, or
 * goes, left with no paper; every other author keeps their rows,
 * renumbered. The coauthor adjacency (a removed byline's pairs share a
 * paper fewer), search index and paper orders are patched, the author
 * order by paper count redone, all kept as the new graph's. Equal, part by
 * part, to a build of the old records less `removed`, followed by `added`,
 * with identities that make the same people. An added paper naming one
 * person twice is refused with the build's `GraphBuildError`.
 *
 * @example const next = yield* changePapersInSteps(graph, { removed: [], added: [{ title: 'On Graphs', authors: ['Ann Ames'] }] }, (spelling) => ({ id: stableHash('author', nameKey(spelling)), givenName: undefined, identity: [] }));
 */
export function* changePapersInSteps(graph: CoauthorGraph, { removed, added: records }: PaperChanges, personOf: (spelling: string) => AddedPerson): WaitingSteps<CoauthorGraph> {
  const { parts } = graph;
  const adjacency = yield* coauthorAdjacency.inSteps(graph);
  const search = yield* searchIndex.inSteps(graph);
  const orders = yield* paperOrders.inSteps(graph);

  // The papers, the removed ones going, each added one where a build orders it among the old ones kept.
  const dropped = removed.map((record) => graph.paperById(paperLocalId(record))!.index);
  const droppedInOrder = [...dropped].sort((a, b) => a - b);
  const ids = records.map(paperLocalId);
  const dates = records.map((record) => record.published ?? '');
  const recordOf = records.map((_, r) => r).sort((a, b) => comparePaperOrder(dates[a]!, ids[a]!, dates[b]!, ids[b]!));
  const oldIds = parts.paperColumns.text.id;
  // How many old papers kept sort before each: the sign of the comparison ascends over the old papers.
  const places = recordOf.map((r) => {
    const before = lowerBound(graph.paperCount, (p) => comparePaperOrder(graph.paper(p).published ?? '', oldIds.get(p)!, dates[r]!, ids[r]!), 0 as number);
    return before - lowerBound(droppedInOrder.length, (k) => droppedInOrder[k]!, before);
  });
  const paperRenumbering = yield* renumberAround(graph.paperCount, droppedInOrder, places, droppedInOrder.map(() => NO_NEW_ROW));
  yield;
  const paperColumns = yield* patchPaperColumns(parts.paperColumns, paperRenumbering, records, recordOf);

  // The people the papers name, a byline at a time: the removed papers', then the added papers' in paper order.
  const named = new Map<string, Named>();
  const nameOne = (person: AddedPerson, old: Author | undefined, spelling: string, uses: number): Named => {
    let one = named.get(person.id);
    if (one === undefined) named.set(person.id, (one = { person, old, uses: new Map(), papers: [], positions: [] }));
    const cleaned = cleanSpelling(spelling);
    one.uses.set(cleaned, (one.uses.get(cleaned) ?? 0) + uses);
    return one;
  };
  const removedBylines = removed.map((record, r) => {
    const start = parts.paperAuthorOffsets[dropped[r]!]!;
    // The byline's own authors: whoever a spelling would name now, the paper was theirs.
    return record.authors.map((spelling, k) => {
      const author = graph.author(parts.paperAuthors[start + k]!);
      return nameOne({ ...personOf(spelling), id: author.id }, author, spelling, -1);
    });
  });
  const bylines = recordOf.map((r, j) => {
    const byline: Named[] = [];
    records[r]!.authors.forEach((spelling, k) => {
      const person = personOf(spelling);
      const one = nameOne(person, graph.authorById(person.id), spelling, 1);
      const earlier = byline.indexOf(one);
      if (earlier !== -1) {
        throw new GraphBuildError(`paper ${ids[r]} lists "${records[r]!.authors[earlier]}" and "${spelling}", which name one person: remove the repeated author`);
      }
      byline.push(one);
      one.papers.push(paperRenumbering.anew[j]!);
      one.positions.push(k + 1);
    });
    return byline;
  });
  yield;

  // Each person made anew where their name sorts, or gone with no paper left; the authors they were leave their places.
  const placed: (Placed | undefined)[] = [];
  for (const one of named.values()) {
    placed.push(place(one, parts, paperRenumbering, paperColumns));
    // A pause after each: the most prolific authors' rows hold a thousand papers or more.
    yield;
  }
  const people = placed.filter((one) => one !== undefined).sort(comparePlaced);
  yield;
  const placeOfOld = new Map(people.flatMap(({ old }, j) => (old === undefined ? [] : [[old.index, j] as const])));
  [...named.values()].forEach(({ old }, n) => placed[n] === undefined && placeOfOld.set(old!.index, NO_NEW_ROW));
  const remade = [...placeOfOld.keys()].sort((a, b) => a - b);
  const authorRenumbering = yield* renumberAround(
    graph.authorCount,
    remade,
    people.map(({ fields }) => {
      const before = placeInNameOrder(graph, fields);
      return before - lowerBound(remade.length, (i) => remade[i]!, before);
    }),
    remade.map((index) => placeOfOld.get(index)!),
  );
  // By person id: their new index.
  const indexOf = new Map(people.map((one, j) => [one.person.id, authorRenumbering.anew[j]!]));
  yield;

  // Coauthor rows: each person's, with the pairs the added papers make and those the removed ones made taken away; and, for a person whose name moved them, each coauthor's.
  const added = new Map<string, [number, number][]>(people.map(({ person }) => [person.id, []]));
  const pair = (byline: readonly Named[], indexOfOne: (one: Named) => number, papers: number) => {
    if (byline.length > graph.maxAuthorsPerPaper) return;
    for (const one of byline) for (const other of byline) if (other !== one) added.get(one.person.id)?.push([indexOfOne(other), papers]);
  };
  // A removed byline's author who went is found in the old rows as `NO_NEW_ROW`: the pair is taken away there.
  for (const byline of removedBylines) pair(byline, (one) => authorRenumbering.oldToNew[one.old!.index]!, -1);
  for (const byline of bylines) pair(byline, (one) => indexOf.get(one.person.id)!, 1);
  const patches = new Map<number, RowPatch>(
    people.map(({ person, old }) => [indexOf.get(person.id)!, { from: old === undefined ? [] : [old.index], added: added.get(person.id)! }]),
  );
  for (const { old, fields } of people) {
    if (old === undefined || (fields.name === old.name && fields.disambiguator === old.disambiguator)) continue;
    for (let k = adjacency.offsets[old.index]!; k < adjacency.offsets[old.index + 1]!; k++) {
      const coauthor = adjacency.neighbours[k]!;
      const index = authorRenumbering.oldToNew[coauthor]!;
      if (index !== NO_NEW_ROW && !patches.has(index)) patches.set(index, { from: [coauthor], added: [] });
    }
  }
  // Started now, on a worker thread for a large graph, while the rest is patched here.
  const patchingAdjacency = patchAdjacencyBeside(adjacency, authorRenumbering, patches);
  yield;

  // paper → authors rows: the old ones renumbered, the added ones in their places.
  const [paperAuthorOffsets, [paperAuthors]] = yield* patchRows(parts.paperAuthorOffsets, paperRenumbering, [
    { values: parts.paperAuthors, renumbering: authorRenumbering, anew: bylines.map((byline) => byline.map((one) => indexOf.get(one.person.id)!)) },
  ]);

  const authorParts = yield* patchAuthors(
    parts,
    authorRenumbering,
    people.map(({ fields, rowPapers, rowPositions }) => ({ fields, papers: rowPapers, positions: rowPositions })),
    paperRenumbering,
  );
  const next = new CoauthorGraph(
    { ...authorParts, paperColumns, paperIds: yield* patchIdOrder(parts.paperIds, paperColumns.text.id, paperRenumbering), paperAuthorOffsets, paperAuthors: paperAuthors! },
    { maxAuthorsPerPaper: graph.maxAuthorsPerPaper },
  );

  searchIndex.remember(next, yield* patchSearchDocuments(search, authorRenumbering, paperRenumbering, people.map(({ fields }) => fields), records, recordOf));
  paperOrders.remember(next, yield* patchPaperOrders(orders, next, paperRenumbering));
  yield* authorsByPaperCount.inSteps(next);
  // Waited for last: the worker patches the adjacency while everything else is done here.
  coauthorAdjacency.remember(next, yield* patchingAdjacency);
  return next;
}

/**
 * The order of two papers in a build: newest first, undated last, ties by id.
 *
 * @example comparePaperOrder('2024-01-01', 'b', '2023-05-01', 'a') // -1
 */
function comparePaperOrder(dateA: string, idA: string, dateB: string, idB: string): number {
  if (dateA !== dateB) return dateA === '' ? 1 : dateB === '' ? -1 : compare(dateB, dateA);
  return compare(idA, idB);
}

/** People placed, in name order. A function made once, not a comparator made by each change, whose optimised code would go with it (see `inPieces`). */
function comparePlaced(a: Placed, b: Placed): number {
  return compareNamePlaces(a.fields, b.fields, a.folded, b.folded);
}

/** `one` as the new graph holds them: every spelling counted, their papers (the old ones kept, renumbered, then the added ones in paper order), name and years; undefined when no paper is left them. */
function place(one: Named, parts: GraphParts, papers: Renumbering, columns: PaperColumns): Placed | undefined {
  const uses = new Map<string, number>(one.old?.aliases.map(({ name, paperCount }) => [name, paperCount]));
  for (const [name, count] of one.uses) uses.set(name, (uses.get(name) ?? 0) + count);
  const aliases = sortAliases([...uses].flatMap(([name, paperCount]): AuthorAlias[] => (paperCount === 0 ? [] : [{ name, paperCount }])));
  if (aliases.length === 0) return undefined;
  const spelled = splitDisambiguator(aliases[0]!.name);
  const name = one.person.givenName ?? spelled.name;
  const [start, end] = one.old === undefined ? [0, 0] : [parts.authorPaperOffsets[one.old.index]!, parts.authorPaperOffsets[one.old.index + 1]!];
  const renumbered = new Uint32Array(end - start);
  renumberInto(parts.authorPapers.subarray(start, end), papers, renumbered);
  // The old papers kept, and the slot of each in the old row.
  const kept = [...renumbered.keys()].filter((k) => renumbered[k] !== NO_NEW_ROW);
  const rowPapers = new Uint32Array(kept.length + one.papers.length);
  const rowPositions = new Uint32Array(rowPapers.length);
  // Both lists ascend: merged in one pass.
  for (let [k, o, a] = [0, 0, 0]; k < rowPapers.length; k++) {
    const fromOld = a === one.papers.length || (o < kept.length && renumbered[kept[o]!]! < one.papers[a]!);
    rowPapers[k] = fromOld ? renumbered[kept[o]!]! : one.papers[a]!;
    rowPositions[k] = fromOld ? parts.authorPositions[start + kept[o++]!]! : one.positions[a++]!;
  }
  const { firstYear, lastYear } = yearRange(rowPapers, columns.numbers.year);
  const fields: AuthorFields = {
    id: one.person.id,
    name,
    given: one.person.givenName !== undefined,
    disambiguator: spelled.disambiguator,
    aliases,
    identity: one.person.identity,
    firstYear,
    lastYear,
  };
  return { ...one, fields, folded: foldText(name), rowPapers, rowPositions };
}
