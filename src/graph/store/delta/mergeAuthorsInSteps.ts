import type { IdentityMerge } from '../../identity/IdentityResolver.ts';
import { foldName } from '../../identity/foldName.ts';
import { searchIndex } from '../../search/searchIndex.ts';
import { compareCodeUnits as compare } from '../../text/compareCodeUnits.ts';
import { foldText } from '../../text/foldText.ts';
import { nameKey } from '../../text/nameKey.ts';
import { splitDisambiguator } from '../../text/splitDisambiguator.ts';
import { Author, type AuthorAlias } from '../Author.ts';
import { AUTHOR_TEXT_FIELDS, type AuthorColumns, type AuthorTextField, authorTextRow } from '../AuthorColumns.ts';
import { authorsByPaperCount } from '../authorsByPaperCount.ts';
import { coauthorAdjacency } from '../coauthorAdjacency.ts';
import { CoauthorGraph, type GraphParts } from '../CoauthorGraph.ts';
import { findableSpellings } from '../findableSpellings.ts';
import { IdOrder, KeyIndex } from '../KeyIndex.ts';
import { lowerBound } from '../lowerBound.ts';
import { paperOrders } from '../paperOrders.ts';
import { sharedUint32Array } from '../sharedUint32Array.ts';
import { sortAliases } from '../sortAliases.ts';
import type { StringColumn } from '../StringColumn.ts';
import type { Steps } from '../steps/Steps.ts';
import { yearRange } from '../yearRange.ts';
import { mergeAdjacency } from './mergeAdjacency.ts';
import { mergeSearchIndex } from './mergeSearchIndex.ts';
import { patchKeyedRows } from './patchKeyedRows.ts';
import { NO_OLD_AUTHOR, type Renumbering, renumberedOffsets, renumberForMerge, renumberInto } from './Renumbering.ts';

/** Who the merged authors become: what identity resolution decides for the person their spellings make. */
export interface MergedPerson {
  readonly id: string;
  /** The name a curator gave; undefined to show the most used spelling's. */
  readonly givenName: string | undefined;
  readonly identity: readonly IdentityMerge[];
}

// Authors made and slots renumbered between pauses: a few milliseconds.
const ROWS_PER_STEP = 1 << 16;
const SLOTS_PER_STEP = 1 << 18;

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
export function* mergeAuthorsInSteps(graph: CoauthorGraph, merged: readonly Author[], person: MergedPerson): Steps<CoauthorGraph> {
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

  const renumbering = renumberForMerge(graph.authors.length, merged.map(({ index }) => index), placeInNameOrder(graph, fields));
  const { oldToNew, newToOld, survivor } = renumbering;
  const count = newToOld.length;
  yield;

  // author → papers rows: the old rows in their new places, the person's in theirs.
  const authorPaperOffsets = sharedUint32Array(count + 1);
  authorPaperOffsets.set(renumberedOffsets(parts.authorPaperOffsets, newToOld, papers.length));
  const authorPapers = sharedUint32Array(parts.authorPapers.length);
  const authorPositions = new Uint32Array(parts.authorPositions.length);
  yield* forEachRun(renumbering, (from, to, old) => {
    const [start, end] = [parts.authorPaperOffsets[old]!, parts.authorPaperOffsets[old + to - from]!];
    authorPapers.set(parts.authorPapers.subarray(start, end), authorPaperOffsets[from]);
    authorPositions.set(parts.authorPositions.subarray(start, end), authorPaperOffsets[from]);
  });
  authorPapers.set(papers, authorPaperOffsets[survivor]);
  authorPositions.set(positions, authorPaperOffsets[survivor]);

  // paper → authors rows: the same rows, renumbered.
  const paperAuthors = sharedUint32Array(parts.paperAuthors.length);
  for (let from = 0; from < paperAuthors.length; from += SLOTS_PER_STEP) {
    renumberInto(parts.paperAuthors.subarray(from, from + SLOTS_PER_STEP), renumbering, paperAuthors.subarray(from));
    yield;
  }

  const authorColumns = yield* mergeAuthorColumns(parts.authorColumns, renumbering, authorTextRow({ ...fields, firstYear, lastYear }), aliases, [firstYear, lastYear]);
  const authors: Author[] = [];
  for (let from = 0; from < count; from += ROWS_PER_STEP) {
    addAuthors(authors, Math.min(from + ROWS_PER_STEP, count), authorColumns, authorPaperOffsets);
    yield;
  }

  const dropMerged = (old: number) => (oldToNew[old] === survivor ? -1 : oldToNew[old]!);
  const spellings = findableSpellings(fields);
  const keysOf = (key: (spelling: string) => string) => [...new Set(spellings.map(key))].sort().map((text) => [text, survivor] as const);
  const byNameKey = yield* patchKeyedRows(parts.authorsByNameKey, dropMerged, keysOf(nameKey));
  const byFoldedName = yield* patchKeyedRows(parts.authorsByFoldedName, dropMerged, keysOf(foldName));

  const next = new CoauthorGraph(
    {
      authors,
      papers: parts.papers,
      paperColumns: parts.paperColumns,
      authorColumns,
      paperIds: parts.paperIds,
      authorIds: mergeIdOrder(parts.authorIds, authorColumns.text.id, renumbering),
      paperAuthorOffsets: parts.paperAuthorOffsets,
      paperAuthors,
      authorPaperOffsets,
      authorPapers,
      authorPositions,
      authorsByNameKey: new KeyIndex(byNameKey.keys, byNameKey.offsets, byNameKey.values),
      authorsByFoldedName: new KeyIndex(byFoldedName.keys, byFoldedName.offsets, byFoldedName.values),
    },
    { maxAuthorsPerPaper: graph.maxAuthorsPerPaper },
  );
  coauthorAdjacency.remember(next, yield* mergeAdjacency(adjacency, renumbering));
  searchIndex.remember(next, yield* mergeSearchIndex(search, renumbering, name, aliases));
  // The papers are the same nodes, so their orders are too.
  paperOrders.remember(next, orders);
  yield* authorsByPaperCount.inSteps(next);
  return next;
}

/** Pushes the nodes of authors `authors.length .. to - 1`. A plain loop: V8 optimises loops in generators poorly. */
function addAuthors(authors: Author[], to: number, columns: AuthorColumns, paperOffsets: Uint32Array): void {
  for (let index = authors.length; index < to; index++) authors.push(new Author(index, columns, paperOffsets));
}

/** The papers of `merged`, ascending (newest first), and the byline position of each. */
function unionOfRows({ authorPaperOffsets, authorPapers, authorPositions }: GraphParts, merged: readonly Author[]): [Uint32Array, Uint32Array] {
  const slots = merged.flatMap(({ index }) => Array.from({ length: authorPaperOffsets[index + 1]! - authorPaperOffsets[index]! }, (_, k) => authorPaperOffsets[index]! + k));
  slots.sort((a, b) => authorPapers[a]! - authorPapers[b]!);
  return [Uint32Array.from(slots, (slot) => authorPapers[slot]!), Uint32Array.from(slots, (slot) => authorPositions[slot]!)];
}

/** How many authors of `graph` sort before the merged person in name order (see `buildGraph`): by folded name, name, homonym number, id. */
function placeInNameOrder(graph: CoauthorGraph, person: { readonly id: string; readonly name: string; readonly disambiguator: string | null }): number {
  const folded = foldText(person.name);
  const before = (author: Author) =>
    compare(foldText(author.name), folded) || compare(author.name, person.name) || compare(author.disambiguator ?? '', person.disambiguator ?? '') || compare(author.id, person.id);
  let [low, high] = [0, graph.authors.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(graph.authors[middle]!) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Calls `copy(from, to, old)` for each run of new indices `from .. to - 1`
 * that were the old authors `old ..` in a row: a handful of runs, one
 * either side of each merged author and of the person's new place, so rows
 * are copied in bulk.
 */
function* forEachRun({ newToOld }: Renumbering, copy: (from: number, to: number, old: number) => void): Steps<void> {
  for (let from = 0; from < newToOld.length; ) {
    if (newToOld[from] === NO_OLD_AUTHOR) {
      from++;
      continue;
    }
    const to = runEnd(newToOld, from);
    copy(from, to, newToOld[from]!);
    from = to;
    yield;
  }
}

/** The end of the run of consecutive old authors that starts at new index `from`. A plain loop: V8 optimises loops in generators poorly. */
function runEnd(newToOld: Uint32Array, from: number): number {
  let to = from + 1;
  while (to < newToOld.length && newToOld[to] === newToOld[to - 1]! + 1) to++;
  return to;
}

/** The author columns renumbered, with the person's `row`, `aliases` and years in their place. */
function* mergeAuthorColumns(
  columns: AuthorColumns,
  renumbering: Renumbering,
  row: Record<AuthorTextField, string | undefined>,
  aliases: readonly AuthorAlias[],
  [firstYear, lastYear]: readonly [number | null, number | null],
): Steps<AuthorColumns> {
  const { newToOld, survivor } = renumbering;
  const count = newToOld.length;
  const oldCount = renumbering.oldToNew.length;
  // The person is the one row added to each column: row `oldCount` in `gather`'s terms.
  const rows = newToOld.map((old) => (old === NO_OLD_AUTHOR ? oldCount : old));
  const text = {} as Record<AuthorTextField, StringColumn>;
  for (const field of AUTHOR_TEXT_FIELDS) {
    text[field] = columns.text[field].gather(rows, [row[field]]);
    yield;
  }
  const numbers = { firstYear: new Float64Array(count), lastYear: new Float64Array(count) };
  const aliasOffsets = renumberedOffsets(columns.aliasOffsets, newToOld, aliases.length);
  const aliasRows = new Uint32Array(aliasOffsets[count]!);
  const aliasPaperCounts = new Uint32Array(aliasRows.length);
  yield* forEachRun(renumbering, (from, to, old) => {
    for (const field of ['firstYear', 'lastYear'] as const) numbers[field].set(columns.numbers[field].subarray(old, old + to - from), from);
    const [start, end] = [columns.aliasOffsets[old]!, columns.aliasOffsets[old + to - from]!];
    for (let k = start, at = aliasOffsets[from]!; k < end; k++) aliasRows[at++] = k;
    aliasPaperCounts.set(columns.aliasPaperCounts.subarray(start, end), aliasOffsets[from]);
  });
  numbers.firstYear[survivor] = firstYear ?? Number.NaN;
  numbers.lastYear[survivor] = lastYear ?? Number.NaN;
  aliases.forEach(({ paperCount }, k) => {
    aliasRows[aliasOffsets[survivor]! + k] = columns.aliasNames.length + k;
    aliasPaperCounts[aliasOffsets[survivor]! + k] = paperCount;
  });
  return {
    text,
    numbers,
    aliasOffsets,
    aliasNames: columns.aliasNames.gather(aliasRows, aliases.map((alias) => alias.name)),
    aliasPaperCounts,
  };
}

/** The authors by id after the merge: the old order renumbered, the merged authors out, the person in where their id sorts. */
function mergeIdOrder({ order }: IdOrder, ids: StringColumn, { oldToNew, survivor }: Renumbering): IdOrder {
  const kept = new Uint32Array(ids.length);
  let filled = 0;
  for (let k = 0; k < order.length; k++) {
    const index = oldToNew[order[k]!]!;
    if (index !== survivor) kept[filled++] = index;
  }
  const id = ids.get(survivor)!;
  const at = lowerBound(filled, (k) => ids.get(kept[k]!)!, id);
  kept.copyWithin(at + 1, at, filled);
  kept[at] = survivor;
  return new IdOrder(ids, kept);
}
