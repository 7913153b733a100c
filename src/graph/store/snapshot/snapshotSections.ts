import { AUTHOR_NUMBER_FIELDS, AUTHOR_TEXT_FIELDS } from '../AuthorColumns.ts';
import { authorsByPaperCount } from '../authorsByPaperCount.ts';
import { paperOrders } from '../paperOrders.ts';
import type { CoauthorGraph, GraphOptions } from '../CoauthorGraph.ts';
import type { CoauthorAdjacency } from '../coauthorAdjacency.ts';
import type { KeyIndex } from '../KeyIndex.ts';
import { PAPER_NUMBER_FIELDS, PAPER_TEXT_FIELDS } from '../PaperColumns.ts';
import type { SearchIndex } from '../../search/searchIndex.ts';
import type { StringColumn } from '../StringColumn.ts';
import type { IntegerType } from './SNAPSHOT_FORMAT.ts';

/** The typed arrays of a snapshot, by section name. */
export const U32_SECTIONS = [
  'paperRows',
  'paperAuthorOffsets',
  'paperAuthors',
  'authorPaperOffsets',
  'authorPapers',
  'authorPositions',
  'coauthorOffsets',
  'coauthorNeighbours',
  'searchPostingOffsets',
  'searchPostings',
  'searchWholeTextHashes',
  'searchWholeTextDocuments',
  'paperIds.order',
  'authorIds.order',
  'author.aliasOffsets',
  'author.aliasPaperCounts',
  'order.papersOldestFirst',
  'order.papersByTitle',
  'order.authorsByPaperCount',
] as const;
/** The types a dictionary column's codes may be written as: 16 bits while its values fit (see `DictionaryColumn`). */
export const DICTIONARY_CODE_TYPES = ['u16', 'u32'] as const satisfies readonly IntegerType[];
/** The types the adjacency's weights may be written as: as wide as the graph holds them (see `CoauthorAdjacency`). */
export const COAUTHOR_WEIGHT_TYPES = ['u8', 'u16', 'u32'] as const satisfies readonly IntegerType[];

/** The `KeyIndex`es of a snapshot, each stored as `<name>.keys` (a column), `<name>.offsets` and `<name>.values`. */
export const KEY_INDEXES = ['authorsByNameKey', 'authorsByFoldedName'] as const;

export type SnapshotSection =
  | { readonly name: string; readonly type: 'json'; readonly value: unknown }
  | { readonly name: string; readonly type: IntegerType | 'f64'; readonly value: Uint8Array | Uint16Array | Uint32Array | Float64Array }
  /** A `StringColumn`'s chunk texts, stored end to end as UTF-8. */
  | { readonly name: string; readonly type: 'text'; readonly value: readonly string[] };

/**
 * What a snapshot of `graph` holds, section by section: everything
 * `readSnapshot` needs to stand the same graph up again without reading the
 * source files, resolving identities or building the coauthor adjacency.
 * Every part is a column or a typed array, stored as it is held, so reading
 * it back parses nothing row by row.
 */
export function* snapshotSections(graph: CoauthorGraph, adjacency: CoauthorAdjacency, search: SearchIndex): Generator<SnapshotSection> {
  const { parts } = graph;
  // Only built indexes are stored; one a change patched holds a part of its own (see `SearchIndex`, `KeyIndex`).
  if (search.documentOf !== undefined || KEY_INDEXES.some((name) => parts[name].numberOf !== undefined)) {
    throw new RangeError('an index holds the part changes made: write the snapshot of a rebuilt graph');
  }
  yield { name: 'options', type: 'json', value: { maxAuthorsPerPaper: graph.maxAuthorsPerPaper } satisfies GraphOptions };
  // Paper text is stored in the rows it was read in; `paperRows` (once for every column) says where each paper's is.
  for (const field of PAPER_TEXT_FIELDS) {
    const column = parts.paperColumns.text[field];
    if (column.order !== parts.paperColumns.rows) throw new RangeError(`paper column ${field} is not in the order paperRows stores`);
    yield* stringColumnSections(`paper.${field}`, column);
  }
  yield* stringColumnSections('paper.venue.values', parts.paperColumns.venue.values);
  yield { name: 'paper.venue.codes', type: integerType(parts.paperColumns.venue.codes), value: parts.paperColumns.venue.codes };
  for (const field of PAPER_NUMBER_FIELDS) yield { name: `paper.${field}`, type: 'f64', value: parts.paperColumns.numbers[field] };
  for (const field of AUTHOR_TEXT_FIELDS) yield* stringColumnSections(`author.${field}`, parts.authorColumns.text[field]);
  for (const field of AUTHOR_NUMBER_FIELDS) yield { name: `author.${field}`, type: 'f64', value: parts.authorColumns.numbers[field] };
  yield* stringColumnSections('author.aliasNames', parts.authorColumns.aliasNames);
  for (const name of KEY_INDEXES) yield* keyIndexSections(name, parts[name]);
  yield* stringColumnSections('searchWords', search.words);
  const arrays: Record<(typeof U32_SECTIONS)[number], Uint32Array> = {
    paperRows: parts.paperColumns.rows,
    paperAuthorOffsets: parts.paperAuthorOffsets,
    paperAuthors: parts.paperAuthors,
    authorPaperOffsets: parts.authorPaperOffsets,
    authorPapers: parts.authorPapers,
    authorPositions: parts.authorPositions,
    coauthorOffsets: adjacency.offsets,
    coauthorNeighbours: adjacency.neighbours,
    searchPostingOffsets: search.postingOffsets,
    searchPostings: search.postings,
    searchWholeTextHashes: search.wholeTextHashes,
    searchWholeTextDocuments: search.wholeTextDocuments,
    'paperIds.order': parts.paperIds.order,
    'authorIds.order': parts.authorIds.order,
    'author.aliasOffsets': parts.authorColumns.aliasOffsets,
    'author.aliasPaperCounts': parts.authorColumns.aliasPaperCounts,
    'order.papersOldestFirst': paperOrders(graph).OLDEST_FIRST,
    'order.papersByTitle': paperOrders(graph).TITLE,
    'order.authorsByPaperCount': authorsByPaperCount(graph),
  };
  for (const name of U32_SECTIONS) yield { name, type: 'u32', value: arrays[name] };
  yield { name: 'coauthorWeights', type: integerType(adjacency.weights), value: adjacency.weights };
}

/** The section type that stores `array` as it is held. */
function integerType(array: Uint8Array | Uint16Array | Uint32Array): IntegerType {
  if (array instanceof Uint8Array) return 'u8';
  return array instanceof Uint16Array ? 'u16' : 'u32';
}

/**
 * A column as three sections: `<name>.text`, every chunk's text end to end;
 * `<name>.ends`, every chunk's row ends end to end; `<name>.chunks`, each
 * chunk's row count and byte length in the text, pair by pair.
 */
function* stringColumnSections(name: string, column: StringColumn): Generator<SnapshotSection> {
  // Only the paper columns' order is stored (as `paperRows`); a column a change gathered (see `StringColumn.gather`) is rebuilt first.
  if (column.order !== undefined && !name.startsWith('paper.')) throw new RangeError(`column ${name} is in an order of its own: write the snapshot of a rebuilt graph`);
  const texts = column.chunks.map((chunk) => chunk.text);
  yield { name: `${name}.text`, type: 'text', value: texts };
  const ends = new Uint32Array(column.length);
  const chunks = new Uint32Array(2 * column.chunks.length);
  let row = 0;
  column.chunks.forEach((chunk, c) => {
    ends.set(chunk.ends, row);
    row += chunk.ends.length;
    chunks[2 * c] = chunk.ends.length;
    chunks[2 * c + 1] = Buffer.byteLength(chunk.text);
  });
  yield { name: `${name}.ends`, type: 'u32', value: ends };
  yield { name: `${name}.chunks`, type: 'u32', value: chunks };
}

function* keyIndexSections(name: string, index: KeyIndex): Generator<SnapshotSection> {
  yield* stringColumnSections(`${name}.keys`, index.keys);
  yield { name: `${name}.offsets`, type: 'u32', value: index.offsets };
  yield { name: `${name}.values`, type: 'u32', value: index.values };
}
