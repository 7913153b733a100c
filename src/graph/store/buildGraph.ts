import { type CompactColumns, CompactRecordsBuilder } from '../../ingest/CompactRecordsBuilder.ts';
import type { NumberedBylines } from '../../ingest/NumberedBylines.ts';
import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { findableSpellings } from './findableSpellings.ts';
import { AuthorColumnsBuilder } from './AuthorColumns.ts';
import { CoauthorGraph, type GraphParts } from './CoauthorGraph.ts';
import type { AdjacencySource } from './coauthorAdjacency.ts';
import { DEFAULT_MAX_AUTHORS_PER_PAPER } from './DEFAULT_MAX_AUTHORS_PER_PAPER.ts';
import { compareCodeUnits as compare } from '../text/compareCodeUnits.ts';
import { foldName } from '../identity/foldName.ts';
import { isLetterWords } from '../identity/isLetterWords.ts';
import type { IdentityResolution, IdentityResolver } from '../identity/IdentityResolver.ts';
import { createMergingResolver } from '../identity/createMergingResolver.ts';
import { IdOrder, KeyIndex } from './KeyIndex.ts';
import { nameKey } from '../text/nameKey.ts';
import { type PaperColumns, paperColumnsInSteps } from './PaperColumns.ts';
import { paperLocalId } from './paperLocalId.ts';
import { PersonTable } from './PersonTable.ts';
import { sharedArray } from './sharedArray.ts';
import { SpellingGroups } from './SpellingGroups.ts';
import { runAtOnce } from './steps/runAtOnce.ts';
import { orderOfStrings } from './steps/orderOfStrings.ts';
import type { Steps } from './steps/Steps.ts';
import { yearRange } from './yearRange.ts';

export interface BuildGraphOptions {
  /** Which spellings are one person; by default the merging resolver without overrides. */
  readonly resolveIdentities?: IdentityResolver;
  /** Papers with more authors join no coauthor pairs; see `CoauthorGraph`. */
  readonly maxAuthorsPerPaper?: number | undefined;
  /** Told of parts of the graph as soon as they are made, for work to start on them beside the rest of the build. */
  readonly beside?: BuildBeside | undefined;
}

/**
 * What a load starts beside the build (on another thread, say) as soon as
 * the build has made its input, while the build goes on: each is told once,
 * with parts the graph will hold as they are.
 */
export interface BuildBeside {
  /** The records' columns, in the order the records were read, before anything else is made. */
  records?(columns: CompactColumns): void;
  /** The paper columns, made before identities are resolved. */
  papers?(columns: PaperColumns): void;
  /** The author ↔ paper rows and the byline bound the graph's coauthor adjacency is built from, made half-way through the build. */
  rows?(source: AdjacencySource): void;
  /** Every author's columns made, and what the build read them from let go: most of its garbage is behind it, the name indexes still ahead. */
  authorsAdded?(): void;
}

/** Thrown when records cannot form a consistent graph. */
export class GraphBuildError extends Error {
  override readonly name = 'GraphBuildError';
}

/**
 * Builds an immutable snapshot from records. Everything that orders or names
 * nodes is derived from content, so the same records in any order give the
 * same graph, ids and dense indices included.
 *
 * @example
 * const graph = buildGraph(await readPaperFile('fixtures/seed.jsonl'));
 * graph.paperCount // 6
 */
export function buildGraph(records: readonly PaperRecord[], options: BuildGraphOptions = {}): CoauthorGraph {
  return runAtOnce(buildGraphInSteps(records, options));
}

/**
 * `buildGraph` as steps, for a server to build the graph in slices while
 * it answers its probes (see `runInSlices`).
 *
 * @example const graph = await runInSlices(buildGraphInSteps(records, { resolveIdentities }));
 */
export function* buildGraphInSteps(
  records: readonly PaperRecord[],
  { maxAuthorsPerPaper, resolveIdentities = createMergingResolver({ maxAuthorsPerPaper }), beside }: BuildGraphOptions = {},
): Steps<CoauthorGraph> {
  const recordColumns = yield* CompactRecordsBuilder.columnsInSteps(records);
  beside?.records?.(recordColumns);
  const { recordOf, indexOfRecord, ids, idOrder } = yield* orderPapers(records);
  const paperColumns = yield* paperColumnsInSteps(recordColumns, recordOf, ids);
  beside?.papers?.(paperColumns);
  const identity = resolveIdentities.inSteps === undefined ? resolveIdentities(records) : yield* resolveIdentities.inSteps(records);
  const { offsets: bylineOffsets, spellingIds } = recordColumns.bylines;

  // Each distinct raw spelling is resolved and cleaned once, by its number,
  // and only a spelling several people sign record by record; persons are
  // numbered as their first spelling comes.
  const byPerson = yield* SpellingGroups.inSteps(
    recordColumns.bylines,
    (spelling, number) => (identity.personKeyOfSpelling === undefined ? identity.personKeyOf(spelling) : identity.personKeyOfSpelling(number)),
    identity.keyInRecord === undefined ? undefined : (key) => identity.keyInRecord!(key),
  );
  const persons = yield* PersonTable.inSteps(byPerson, identity);
  const { byName } = persons;
  // indexOfNumber[n] = the dense index of the person whose key is numbered n.
  const indexOfNumber = new Uint32Array(byPerson.keys.length);
  byName.forEach((row, index) => (indexOfNumber[persons.keyNumbers[row]!] = index));

  // paper → authors rows, in paper order, each row in byline order: laid out in paper order, then filled record by record, so that the bylines are read in sequence.
  const paperCount = recordOf.length;
  // The rows the coauthor adjacency is built from are in shared memory, so that its worker thread (see `adjacencyJobInWorker`) reads them without a copy.
  const paperAuthorOffsets = sharedArray(Uint32Array, paperCount + 1);
  for (let paper = 0; paper < paperCount; paper = layOutBylines(paperAuthorOffsets, recordOf, bylineOffsets, paper)) yield;
  const bylines: BylinePlacing = {
    bylines: recordColumns.bylines,
    authorOf: authorsOfSpellings(byPerson, indexOfNumber),
    byPerson,
    indexOfNumber,
    ids,
    paperStarts: paperAuthorOffsets,
    paperOfRecord: indexOfRecord,
    paperAuthors: sharedArray(Uint32Array, spellingIds.length),
    seen: new Uint32Array(2 * persons.count),
  };
  for (let record = 0; record < paperCount; record = placeAuthors(bylines, record)) yield;
  const { paperAuthors, seen } = bylines;

  // author → papers rows: filling in paper order keeps every row newest first.
  const authorPaperOffsets = sharedArray(Uint32Array, persons.count + 1);
  for (let a = 0; a < persons.count; a++) authorPaperOffsets[a + 1] = authorPaperOffsets[a]! + seen[2 * a + 1]!;
  const fill = authorPaperOffsets.slice(0, persons.count);
  const authorPapers = sharedArray(Uint32Array, paperAuthors.length);
  const authorPositions = new Uint32Array(paperAuthors.length);
  for (let paper = 0; paper < paperCount; paper = fillAuthorPapers(paperAuthorOffsets, paperAuthors, fill, authorPapers, authorPositions, paper)) yield;
  beside?.rows?.({ authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors, maxAuthorsPerPaper: maxAuthorsPerPaper ?? DEFAULT_MAX_AUTHORS_PER_PAPER });

  // Each author's columns, and (key, author) pairs of every spelling an author is found by: at most two an alias, and one more for a name a curator gave, so the pairs' arrays are that long from the start and cut to length at the end (see `PersonTable`'s fields).
  const findable = 2 * persons.aliasOffsets[persons.count]! + persons.count;
  const adding: AuthorAdding = {
    persons,
    identity,
    authorPaperOffsets,
    authorPapers,
    years: paperColumns.numbers.year,
    columns: new AuthorColumnsBuilder(persons.count),
    nameKeys: new Array<string>(findable),
    foldedNames: new Array<string>(findable),
    holders: new Uint32Array(findable),
    found: 0,
    ids: new Array<string>(persons.count),
    next: 0,
  };
  while (adding.next < persons.count) {
    addAuthors(adding);
    yield;
  }
  const authorColumns = adding.columns.build();
  beside?.authorsAdded?.();
  adding.nameKeys.length = adding.foldedNames.length = adding.found;
  const { nameKeys, foldedNames, holders } = adding;
  const [authorsByNameKey, authorsByFoldedName] = yield* KeyIndex.pairInSteps(nameKeys, foldedNames, holders.subarray(0, adding.found));

  const parts: GraphParts = {
    paperColumns,
    authorColumns,
    paperIds: new IdOrder(paperColumns.text.id, idOrder),
    authorIds: yield* IdOrder.inSteps(authorColumns.text.id, adding.ids),
    paperAuthorOffsets,
    paperAuthors,
    authorPaperOffsets,
    authorPapers,
    authorPositions,
    authorsByNameKey,
    authorsByFoldedName,
  };
  return new CoauthorGraph(parts, { maxAuthorsPerPaper });
}

// Papers laid out, or records placed, between two pauses.
const ROWS_PER_SLICE = 16384;

/** Sets the row ends of papers `from` on, a slice of them, each row as long as its record's byline; returns the next paper. A plain function: V8 optimises loops in generators poorly. */
function layOutBylines(offsets: Uint32Array, recordOf: Uint32Array, bylineOffsets: Uint32Array, from: number): number {
  const to = Math.min(recordOf.length, from + ROWS_PER_SLICE);
  for (let paper = from; paper < to; paper++) {
    const record = recordOf[paper]!;
    offsets[paper + 1] = offsets[paper]! + bylineOffsets[record + 1]! - bylineOffsets[record]!;
  }
  return to;
}

// In `authorsOfSpellings`: a spelling several people sign, whose authorships are looked up one by one.
const SPLIT = 0xffffffff;

/** By spelling number, the index of the author of all its authorships, or `SPLIT`. */
function authorsOfSpellings(byPerson: SpellingGroups, indexOfNumber: Uint32Array): Uint32Array {
  const { keyOf, splitKeys } = byPerson;
  const authorOf = new Uint32Array(keyOf.length);
  for (let spelling = 0; spelling < keyOf.length; spelling++) authorOf[spelling] = splitKeys.size > 0 && splitKeys.has(keyOf[spelling]!) ? SPLIT : indexOfNumber[keyOf[spelling]!]!;
  return authorOf;
}

/** The bylines being placed into their papers' rows, and what placing them needs. */
interface BylinePlacing {
  readonly bylines: NumberedBylines;
  readonly authorOf: Uint32Array;
  readonly byPerson: SpellingGroups;
  readonly indexOfNumber: Uint32Array;
  /** By record, for a repeated author's message. */
  readonly ids: readonly string[];
  readonly paperStarts: Uint32Array;
  readonly paperOfRecord: Uint32Array;
  readonly paperAuthors: Uint32Array;
  /**
   * By author a: `seen[2a]` is 1 + the last record a was met on, so that a
   * repeat on one byline shows at once, and `seen[2a + 1]` the authorships
   * met; side by side, one cache line an author.
   */
  readonly seen: Uint32Array;
}

/** Places the authors of records `from` on, a slice of them, into their papers' rows; returns the next record. A plain function: V8 optimises loops in generators poorly. */
function placeAuthors(placing: BylinePlacing, from: number): number {
  const { bylines, authorOf, byPerson, indexOfNumber, ids, paperStarts, paperOfRecord, paperAuthors, seen } = placing;
  const { spellings, offsets, spellingIds } = bylines;
  const to = Math.min(paperOfRecord.length, from + ROWS_PER_SLICE);
  for (let record = from; record < to; record++) {
    const start = paperStarts[paperOfRecord[record]!]!;
    let cursor = start;
    for (let k = offsets[record]!; k < offsets[record + 1]!; k++) {
      const spelling = spellingIds[k]!;
      let author = authorOf[spelling]!;
      if (author === SPLIT) author = indexOfNumber[byPerson.keyOfAuthorship(k, spelling)]!;
      if (seen[2 * author] === record + 1) {
        const earlier = spellings[spellingIds[offsets[record]! + paperAuthors.subarray(start, cursor).indexOf(author)]!];
        throw new GraphBuildError(`paper ${ids[record]} lists "${earlier}" and "${spellings[spelling]}", which name one person: remove the repeated author`);
      }
      seen[2 * author] = record + 1;
      seen[2 * author + 1]!++;
      paperAuthors[cursor++] = author;
    }
  }
  return to;
}

/**
 * Writes papers `from` on, a slice of them, into their authors' rows at
 * `fill` (moving it on), with each authorship's place on the byline
 * (1 for the first author); returns the next paper. A plain function: V8
 * optimises loops in generators poorly.
 */
function fillAuthorPapers(paperAuthorOffsets: Uint32Array, paperAuthors: Uint32Array, fill: Uint32Array, authorPapers: Uint32Array, authorPositions: Uint32Array, from: number): number {
  const to = Math.min(paperAuthorOffsets.length - 1, from + ROWS_PER_SLICE);
  for (let paper = from; paper < to; paper++) {
    for (let k = paperAuthorOffsets[paper]!; k < paperAuthorOffsets[paper + 1]!; k++) {
      const slot = fill[paperAuthors[k]!]!++;
      authorPapers[slot] = paper;
      authorPositions[slot] = k - paperAuthorOffsets[paper]! + 1;
    }
  }
  return to;
}

// Authors added between pauses: a millisecond or two.
const AUTHORS_PER_SLICE = 1024;

/** The authors being added to their columns and name indexes, in index order, and the next one. */
interface AuthorAdding {
  readonly persons: PersonTable;
  readonly identity: IdentityResolution;
  readonly authorPaperOffsets: Uint32Array;
  readonly authorPapers: Uint32Array;
  readonly years: Float64Array;
  readonly columns: AuthorColumnsBuilder;
  readonly nameKeys: string[];
  readonly foldedNames: string[];
  readonly holders: Uint32Array;
  /** The (name key, folded name, holder) entries written so far. */
  found: number;
  /** The authors' ids, by index, as they are made. */
  readonly ids: string[];
  next: number;
}

/** Adds a slice of authors from `adding.next` on, each person's aliases made once for both. A plain function: V8 optimises loops in generators poorly. */
function addAuthors(adding: AuthorAdding): void {
  const { persons, identity, authorPaperOffsets, authorPapers, years, columns, nameKeys, foldedNames, holders, ids } = adding;
  const end = Math.min(persons.count, adding.next + AUTHORS_PER_SLICE);
  for (let index = adding.next; index < end; index++) {
    const row = persons.byName[index]!;
    const { firstYear, lastYear } = yearRange(authorPapers, years, authorPaperOffsets[index]!, authorPaperOffsets[index + 1]!);
    const name = persons.names[row]!;
    const given = persons.given[row] === 1;
    const disambiguator = persons.disambiguators[row]!;
    const aliases = persons.aliasesOf(row);
    const id = persons.idOf(row);
    ids[index] = id;
    columns.add(index, { id, name, given, disambiguator, aliases, identity: identity.mergesOf(persons.keys[persons.keyNumbers[row]!]!), firstYear, lastYear });
    for (const spelling of findableSpellings({ name, given, disambiguator, aliases })) {
      // Most names are letters in words, whose name key and folded name are both their lower case: made once, and one string held for both.
      const letters = isLetterWords(spelling);
      const key = letters ? spelling.toLowerCase() : nameKey(spelling);
      const folded = letters ? key : foldName(spelling);
      nameKeys[adding.found] = key;
      foldedNames[adding.found] = folded === key ? key : folded;
      holders[adding.found++] = index;
    }
  }
  adding.next = end;
}

/**
 * The record of each paper, papers newest first, ties broken by id; the
 * paper of each record; each record's id; and the papers in id order for
 * `IdOrder`; duplicates
 * refused. One sort of the ids serves all three: it puts duplicates side by
 * side, and an id's rank then breaks date ties, so the order by date sorts
 * plain numbers.
 */
function* orderPapers(records: readonly PaperRecord[]): Steps<{ recordOf: Uint32Array; indexOfRecord: Uint32Array; ids: string[]; idOrder: Uint32Array }> {
  const count = records.length;
  const reading: IdReading = { records, ids: new Array<string>(count), dateNumbers: new Map(), dateOf: new Uint32Array(count) };
  for (let r = 0; r < count; r = readIds(reading, r)) yield;
  const { ids, dateNumbers, dateOf } = reading;
  // Record numbers by id; equal ids stay in record order (the sort is stable).
  const byId = yield* orderOfStrings(ids);
  const repeat = firstRepeat(ids, byId);
  if (repeat !== undefined) {
    throw new GraphBuildError(`records ${repeat[0] + 1} and ${repeat[1] + 1} are the same paper (id ${ids[repeat[1]]}): remove one of them`);
  }
  // Undated papers sort last: '' is below every ISO date, and ranks last when dates rank newest first.
  const rankOfNumber = new Uint32Array(dateNumbers.size);
  [...dateNumbers.keys()].sort(compare).reverse().forEach((date, rank) => (rankOfNumber[dateNumbers.get(date)!] = rank));
  // Id ranks counted into their dates' places: a stable counting sort by date rank over the id order, so that ties keep it.
  const starts = new Uint32Array(dateNumbers.size + 1);
  dateOf.forEach((number) => starts[rankOfNumber[number]! + 1]!++);
  for (let rank = 0; rank < dateNumbers.size; rank++) starts[rank + 1]! += starts[rank]!;
  yield;
  const recordOf = new Uint32Array(count);
  const indexOfRecord = new Uint32Array(count);
  for (let k = 0; k < count; k = placeByDate(byId, dateOf, rankOfNumber, starts, recordOf, indexOfRecord, k)) yield;
  const idOrder = new Uint32Array(count);
  byId.forEach((record, k) => (idOrder[k] = indexOfRecord[record]!));
  return { recordOf, indexOfRecord, ids, idOrder };
}

/** `orderPapers` reading the records: their ids, and each one's date as a number, dates numbered as they first come. */
interface IdReading {
  readonly records: readonly PaperRecord[];
  /** As long as the records from the start (see `PersonTable`'s fields). */
  readonly ids: string[];
  readonly dateNumbers: Map<string, number>;
  readonly dateOf: Uint32Array;
}

// The loops below are plain functions, each doing a slice's worth: V8 optimises loops in generators poorly.

/** Reads the id and date of a slice of records from `from` on; returns the next record. */
function readIds({ records, ids, dateNumbers, dateOf }: IdReading, from: number): number {
  const to = Math.min(records.length, from + ROWS_PER_SLICE);
  for (let r = from; r < to; r++) {
    const record = records[r]!;
    ids[r] = paperLocalId(record);
    const date = record.published ?? '';
    let number = dateNumbers.get(date);
    if (number === undefined) dateNumbers.set(date, (number = dateNumbers.size));
    dateOf[r] = number;
  }
  return to;
}

/** The first two records (in record order of the second) with one id, given the records in id order, equal ids in record order. */
function firstRepeat(ids: readonly string[], byId: Uint32Array): readonly [number, number] | undefined {
  let repeat: readonly [number, number] | undefined;
  for (let k = 1; k < byId.length; k++) {
    if (ids[byId[k]!] === ids[byId[k - 1]!] && (repeat === undefined || byId[k]! < repeat[1])) repeat = [byId[k - 1]!, byId[k]!];
  }
  return repeat;
}

/** Places a slice of the records in id order, from `from` on, at their date's next place; returns the next. */
function placeByDate(byId: Uint32Array, dateOf: Uint32Array, rankOfNumber: Uint32Array, starts: Uint32Array, recordOf: Uint32Array, indexOfRecord: Uint32Array, from: number): number {
  const to = Math.min(byId.length, from + ROWS_PER_SLICE);
  for (let k = from; k < to; k++) {
    const record = byId[k]!;
    const index = starts[rankOfNumber[dateOf[record]!]!]!++;
    recordOf[index] = record;
    indexOfRecord[record] = index;
  }
  return to;
}
