import type { AuthorAlias } from '../Author.ts';
import type { CoauthorGraph, GraphOptions } from '../CoauthorGraph.ts';
import type { CoauthorAdjacency } from '../coauthorAdjacency.ts';
import type { IdentityMerge } from '../../identity/IdentityResolver.ts';
import type { SearchIndex } from '../../search/searchIndex.ts';
import { PAPER_NUMBER_FIELDS, PAPER_TEXT_FIELDS } from '../PaperColumns.ts';
import type { StringColumn } from '../StringColumn.ts';

/** An author as a snapshot keeps it, field for field of `Author` after the index. */
export type AuthorRow = readonly [
  id: string,
  name: string,
  disambiguator: string | null,
  aliases: readonly AuthorAlias[],
  identity: readonly IdentityMerge[],
  paperCount: number,
  firstYear: number | null,
  lastYear: number | null,
];

/** A name index entry: a key and the authors it finds. */
export type NameRow = readonly [key: string, authors: readonly number[]];

/** The typed arrays of a snapshot, by section name. */
export const U32_SECTIONS = [
  'paperAuthorOffsets',
  'paperAuthors',
  'authorPaperOffsets',
  'authorPapers',
  'authorPositions',
  'coauthorOffsets',
  'coauthorNeighbours',
  'coauthorWeights',
  'coauthorStrongestFirst',
  'searchPostingOffsets',
  'searchPostings',
  'searchWholeTextHashes',
  'searchWholeTextDocuments',
  'paperIdOrder',
] as const;
export const I32_SECTIONS = ['coauthorFirstYears', 'coauthorLastYears'] as const;

/** The lists of a snapshot kept as JSON, cut into chunks named `<list>:<n>`: one JSON text must stay under V8's longest string. */
export const JSON_LISTS = ['authors', 'nameKeys', 'foldedNames'] as const;
// Small enough that parsing one chunk is a short pause for a server loading the snapshot.
export const JSON_CHUNK_ROWS = 20_000;

export type SnapshotSection =
  | { readonly name: string; readonly type: 'json'; readonly value: unknown }
  | { readonly name: string; readonly type: 'u32' | 'i32' | 'f64'; readonly value: Uint32Array | Int32Array | Float64Array }
  /** A `StringColumn`'s chunk texts, stored end to end as UTF-8. */
  | { readonly name: string; readonly type: 'text'; readonly value: readonly string[] };

/**
 * What a snapshot of `graph` holds, section by section: everything
 * `readSnapshot` needs to stand the same graph up again without reading the
 * source files, resolving identities or building the coauthor adjacency.
 */
export function* snapshotSections(graph: CoauthorGraph, adjacency: CoauthorAdjacency, search: SearchIndex): Generator<SnapshotSection> {
  const { parts } = graph;
  yield { name: 'options', type: 'json', value: { maxAuthorsPerPaper: graph.maxAuthorsPerPaper } satisfies GraphOptions };
  for (const field of PAPER_TEXT_FIELDS) yield* stringColumnSections(`paper.${field}`, parts.paperColumns.text[field]);
  for (const field of PAPER_NUMBER_FIELDS) yield { name: `paper.${field}`, type: 'f64', value: parts.paperColumns.numbers[field] };
  yield* jsonChunks(
    'authors',
    graph.authors.map((a): AuthorRow => [a.id, a.name, a.disambiguator, a.aliases, a.identity, a.paperCount, a.firstYear, a.lastYear]),
  );
  yield* jsonChunks('nameKeys', [...parts.authorsByNameKey] as NameRow[]);
  yield* jsonChunks('foldedNames', [...parts.authorsByFoldedName] as NameRow[]);
  yield* stringColumnSections('searchWords', search.words);
  const arrays: Record<(typeof U32_SECTIONS)[number], Uint32Array> & Record<(typeof I32_SECTIONS)[number], Int32Array> = {
    paperAuthorOffsets: parts.paperAuthorOffsets,
    paperAuthors: parts.paperAuthors,
    authorPaperOffsets: parts.authorPaperOffsets,
    authorPapers: parts.authorPapers,
    authorPositions: parts.authorPositions,
    coauthorOffsets: adjacency.offsets,
    coauthorNeighbours: adjacency.neighbours,
    coauthorWeights: adjacency.weights,
    coauthorStrongestFirst: adjacency.strongestFirst,
    searchPostingOffsets: search.postingOffsets,
    searchPostings: search.postings,
    searchWholeTextHashes: search.wholeTextHashes,
    searchWholeTextDocuments: search.wholeTextDocuments,
    paperIdOrder: parts.paperIdOrder,
    coauthorFirstYears: adjacency.firstYears,
    coauthorLastYears: adjacency.lastYears,
  };
  for (const name of U32_SECTIONS) yield { name, type: 'u32', value: arrays[name] };
  for (const name of I32_SECTIONS) yield { name, type: 'i32', value: arrays[name] };
}

/**
 * A column as three sections: `<name>.text`, every chunk's text end to end;
 * `<name>.ends`, every chunk's row ends end to end; `<name>.chunks`, each
 * chunk's row count and byte length in the text, pair by pair.
 */
function* stringColumnSections(name: string, column: StringColumn): Generator<SnapshotSection> {
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

function* jsonChunks(list: (typeof JSON_LISTS)[number], rows: readonly unknown[]): Generator<SnapshotSection> {
  for (let start = 0, n = 0; start < rows.length || n === 0; start += JSON_CHUNK_ROWS, n++) {
    yield { name: `${list}:${n}`, type: 'json', value: rows.slice(start, start + JSON_CHUNK_ROWS) };
  }
}
