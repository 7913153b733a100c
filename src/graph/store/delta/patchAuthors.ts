import { foldName } from '../../identity/foldName.ts';
import { nameKey } from '../../text/nameKey.ts';
import { AUTHOR_TEXT_FIELDS, type AuthorColumns, type AuthorFields, authorTextRow } from '../AuthorColumns.ts';
import type { AuthorPapers, GraphParts } from '../CoauthorGraph.ts';
import { findableSpellings } from '../findableSpellings.ts';
import { KeyIndex } from '../KeyIndex.ts';
import { inPieces } from '../steps/inPieces.ts';
import type { Steps } from '../steps/Steps.ts';
import { blockShifts } from './blockShifts.ts';
import { compareAdded, NO_KEYED_ROWS, outgrowsBuilt, pairsOf, patchKeyedRows } from './patchKeyedRows.ts';
import { renumberedTable } from './renumberedTable.ts';
import { patchIdOrder } from './patchIdOrder.ts';
import { countInto } from './countInto.ts';
import { gatherColumns } from './gatherColumns.ts';
import { gatheredOrderInSteps } from './gatheredOrderInSteps.ts';
import { patchRows } from './patchRows.ts';
import { forEachRun, keptRowsInto, NO_OLD_ROW, type Renumbering, renumberedOffsetsInto } from './Renumbering.ts';
import { changeArrays } from './RecycledArrays.ts';

/** An author a change makes anew: their fields and their papers, ascending (newest first), with their byline positions. */
export interface AuthorAnew extends AuthorPapers {
  readonly fields: AuthorFields;
}

/** The parts of a graph that are by author. */
export type AuthorParts = Pick<
  GraphParts,
  'authorColumns' | 'authorIds' | 'authorPaperOffsets' | 'authorPapers' | 'authorPositions' | 'authorsByNameKey' | 'authorsByFoldedName'
>;

/**
 * The author parts of `parts` after `authors`, with `anew[j]` the author at
 * its jth row made anew: the other authors' rows, columns, ids and name
 * keys renumbered in passes over the old arrays (those of authors that go
 * left out), their paper numbers renumbered by `papers` when papers came
 * or went; the rows made anew written in their places. What merges and
 * paper changes share.
 *
 * @example const authorParts = yield* patchAuthors(graph.parts, renumbering, [{ fields, papers, positions }]);
 */
export function* patchAuthors(parts: GraphParts, authors: Renumbering, anew: readonly AuthorAnew[], papers?: Renumbering): Steps<AuthorParts> {
  const [authorPaperOffsets, [authorPapers, authorPositions]] = yield* patchRows(parts.authorPaperOffsets, authors, [
    { values: parts.authorPapers, renumbering: papers, anew: anew.map((row) => row.papers) },
    { values: parts.authorPositions, renumbering: undefined, anew: anew.map((row) => row.positions) },
  ]);
  const authorColumns = yield* patchAuthorColumns(
    parts.authorColumns,
    authors,
    anew.map(({ fields }) => fields),
  );
  const kept = changeArrays.array(Uint32Array, authors.oldToNew.length);
  yield* keptRowsInto(authors, kept, 0, 0);
  // The renumbering's block shifts are the table's: its blocks with a row made anew or gone are MIXED, as those rows are left out here.
  const keptRows = { rows: kept, shift: 0, blockShifts: authors.shifts };
  const spellings = anew.map(({ fields }) => findableSpellings(fields));
  // (key, author) pairs of every spelling an author made anew is found by, each once, by key, then author.
  const keysOf = (key: (spelling: string) => string) =>
    spellings
      .flatMap((own, j) => [...new Set(own.map(key))].map((text) => [text, authors.anew[j]!] as const))
      .sort(compareAdded);
  // The two name indexes are built together and patched together: one table says where their built rows' authors went.
  const before = parts.authorsByNameKey.numberOf;
  const numberOf = before === undefined ? kept : yield* renumberedTable(before, kept, authors.shifts);
  // The built rows kept as they are; what the change made anew added to what changes added before.
  const keptBuilt = function* (index: KeyIndex, added: readonly (readonly [string, number])[]): Steps<KeyIndex> {
    const { keys, offsets, values } = yield* patchKeyedRows(index.since ?? NO_KEYED_ROWS, keptRows, added);
    return new KeyIndex(index.keys, index.offsets, index.values, numberOf, new KeyIndex(keys, offsets, values));
  };
  const keyIndexes = [yield* keptBuilt(parts.authorsByNameKey, keysOf(nameKey)), yield* keptBuilt(parts.authorsByFoldedName, keysOf(foldName))];
  const [authorsByNameKey, authorsByFoldedName] = keyIndexes.some((index) => outgrowsBuilt(index.since!.values.length, index.values.length))
    ? yield* folded(keyIndexes, numberOf)
    : keyIndexes;
  return {
    authorColumns,
    authorIds: yield* patchIdOrder(parts.authorIds, authorColumns.text.id, authors),
    authorPaperOffsets,
    authorPapers: authorPapers!,
    authorPositions: authorPositions!,
    authorsByNameKey: authorsByNameKey!,
    authorsByFoldedName: authorsByFoldedName!,
  };
}

/** `indexes`, which share `numberOf` (see `KeyIndex.numberOf`), each one part again, as a build makes it: the built rows renumbered, what changes added put in. */
function* folded(indexes: readonly KeyIndex[], numberOf: Uint32Array): Steps<KeyIndex[]> {
  const builtRows = { rows: numberOf, shift: 0, blockShifts: yield* blockShifts(numberOf) };
  const one: KeyIndex[] = [];
  for (const index of indexes) {
    const { keys, offsets, values } = yield* patchKeyedRows(index, builtRows, pairsOf(index.since!));
    one.push(new KeyIndex(keys, offsets, values));
  }
  return one;
}

/**
 * The author columns after `renumbering`, with `anew[j]` the author at its
 * jth row made anew: the text columns gathered (see `StringColumn.gather`),
 * the numbers and spellings of the other rows copied in runs.
 *
 * @example const authorColumns = yield* patchAuthorColumns(parts.authorColumns, renumbering, [person]);
 */
function* patchAuthorColumns(columns: AuthorColumns, renumbering: Renumbering, anew: readonly AuthorFields[]): Steps<AuthorColumns> {
  const { newToOld } = renumbering;
  const count = newToOld.length;
  const oldCount = renumbering.oldToNew.length;
  // The rows made anew are the rows added to each column: rows `oldCount ..` in `gather`'s terms.
  const rows = changeArrays.array(Uint32Array, count);
  let made = 0;
  yield* inPieces(count, (from, to) => (made = gatherRowsInto(rows, newToOld, oldCount, made, from, to)));
  const text = yield* gatherColumns(columns.text, AUTHOR_TEXT_FIELDS, rows, anew.map(authorTextRow));
  const numbers = { firstYear: changeArrays.array(Float64Array, count), lastYear: changeArrays.array(Float64Array, count) };
  const aliasOffsets = changeArrays.array(Uint32Array, count + 1);
  yield* renumberedOffsetsInto(
    aliasOffsets,
    columns.aliasOffsets,
    newToOld,
    anew.map((author, j) => [renumbering.anew[j]!, author.aliases.length] as const),
  );
  const aliasRows = changeArrays.array(Uint32Array, aliasOffsets[count]!);
  const aliasPaperCounts = changeArrays.array(Uint32Array, aliasRows.length);
  yield* forEachRun(renumbering, (from, to, old) => {
    for (const field of ['firstYear', 'lastYear'] as const) numbers[field].set(columns.numbers[field].subarray(old, old + to - from), from);
    const [start, end] = [columns.aliasOffsets[old]!, columns.aliasOffsets[old + to - from]!];
    countInto(aliasRows, aliasOffsets[from]!, start, end);
    aliasPaperCounts.set(columns.aliasPaperCounts.subarray(start, end), aliasOffsets[from]);
  });
  const addedNames: string[] = [];
  anew.forEach(({ aliases, firstYear, lastYear }, j) => {
    const index = renumbering.anew[j]!;
    numbers.firstYear[index] = firstYear ?? Number.NaN;
    numbers.lastYear[index] = lastYear ?? Number.NaN;
    aliases.forEach(({ name, paperCount }, k) => {
      aliasRows[aliasOffsets[index]! + k] = columns.aliasNames.length + addedNames.length;
      aliasPaperCounts[aliasOffsets[index]! + k] = paperCount;
      addedNames.push(name);
    });
  });
  const aliasNames = yield* columns.aliasNames.gather(aliasRows, addedNames, yield* gatheredOrderInSteps(columns.aliasNames, aliasRows));
  return { text, numbers, aliasOffsets, aliasNames, aliasPaperCounts };
}

/** Writes into `rows[from .. to - 1]` each new row's row in `gather`'s terms: its old row, or the next added after `oldCount + made`; returns the rows added so far (see `inPieces` for why a plain function). */
function gatherRowsInto(rows: Uint32Array, newToOld: Uint32Array, oldCount: number, made: number, from: number, to: number): number {
  for (let index = from; index < to; index++) rows[index] = newToOld[index] === NO_OLD_ROW ? oldCount + made++ : newToOld[index]!;
  return made;
}
