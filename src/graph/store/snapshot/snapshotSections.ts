import type { AuthorAlias } from '../Author.ts';
import type { CoauthorGraph, GraphOptions } from '../CoauthorGraph.ts';
import type { CoauthorAdjacency } from '../coauthorAdjacency.ts';
import type { IdentityMerge } from '../../identity/IdentityResolver.ts';
import type { PaperRecord } from '../../../ingest/PaperRecord.ts';
import type { SearchIndex } from '../../search/searchIndex.ts';

/** A paper as a snapshot keeps it: its id and its record. */
export type PaperRow = readonly [id: string, record: PaperRecord];

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
  'coauthorStrongestFirst',
  'searchPostingOffsets',
  'searchPostings',
] as const;
export const I16_SECTIONS = ['coauthorFirstYears', 'coauthorLastYears'] as const;
/** Written as u16 or u32, as wide as the graph's adjacency holds them (see `CoauthorAdjacency`). */
export const COAUTHOR_WEIGHTS_SECTION = 'coauthorWeights';

/** The lists of a snapshot kept as JSON, cut into chunks named `<list>:<n>`: one JSON text must stay under V8's longest string. */
export const JSON_LISTS = ['papers', 'authors', 'nameKeys', 'foldedNames', 'searchWords', 'wholeTexts'] as const;
// Small enough that parsing one chunk is a short pause for a server loading the snapshot.
export const JSON_CHUNK_ROWS = 20_000;

export type SnapshotSection =
  | { readonly name: string; readonly type: 'json'; readonly value: unknown }
  | { readonly name: string; readonly type: 'u16' | 'u32' | 'i16'; readonly value: Uint16Array | Uint32Array | Int16Array };

/**
 * What a snapshot of `graph` holds, section by section: everything
 * `readSnapshot` needs to stand the same graph up again without reading the
 * source files, resolving identities or building the coauthor adjacency.
 */
export function* snapshotSections(graph: CoauthorGraph, adjacency: CoauthorAdjacency, search: SearchIndex): Generator<SnapshotSection> {
  const { parts } = graph;
  yield { name: 'options', type: 'json', value: { maxAuthorsPerPaper: graph.maxAuthorsPerPaper } satisfies GraphOptions };
  yield* jsonChunks('papers', graph.papers.map((paper): PaperRow => [paper.id, paper.record]));
  yield* jsonChunks(
    'authors',
    graph.authors.map((a): AuthorRow => [a.id, a.name, a.disambiguator, a.aliases, a.identity, a.paperCount, a.firstYear, a.lastYear]),
  );
  yield* jsonChunks('nameKeys', [...parts.authorsByNameKey] as NameRow[]);
  yield* jsonChunks('foldedNames', [...parts.authorsByFoldedName] as NameRow[]);
  yield* jsonChunks('searchWords', search.words);
  yield* jsonChunks('wholeTexts', [...search.wholeTexts] as NameRow[]);
  // The postings of word i are searchPostings[searchPostingOffsets[i] .. searchPostingOffsets[i + 1]).
  const postingOffsets = new Uint32Array(search.words.length + 1);
  search.postings.forEach((postings, i) => (postingOffsets[i + 1] = postingOffsets[i]! + postings.length));
  const postings = new Uint32Array(postingOffsets[search.words.length]!);
  search.postings.forEach((list, i) => postings.set(list, postingOffsets[i]));
  const arrays: Record<(typeof U32_SECTIONS)[number], Uint32Array> & Record<(typeof I16_SECTIONS)[number], Int16Array> = {
    paperAuthorOffsets: parts.paperAuthorOffsets,
    paperAuthors: parts.paperAuthors,
    authorPaperOffsets: parts.authorPaperOffsets,
    authorPapers: parts.authorPapers,
    authorPositions: parts.authorPositions,
    coauthorOffsets: adjacency.offsets,
    coauthorNeighbours: adjacency.neighbours,
    coauthorStrongestFirst: adjacency.strongestFirst,
    searchPostingOffsets: postingOffsets,
    searchPostings: postings,
    coauthorFirstYears: adjacency.firstYears,
    coauthorLastYears: adjacency.lastYears,
  };
  for (const name of U32_SECTIONS) yield { name, type: 'u32', value: arrays[name] };
  const { weights } = adjacency;
  yield { name: COAUTHOR_WEIGHTS_SECTION, type: weights instanceof Uint16Array ? 'u16' : 'u32', value: weights };
  for (const name of I16_SECTIONS) yield { name, type: 'i16', value: arrays[name] };
}

function* jsonChunks(list: (typeof JSON_LISTS)[number], rows: readonly unknown[]): Generator<SnapshotSection> {
  for (let start = 0, n = 0; start < rows.length || n === 0; start += JSON_CHUNK_ROWS, n++) {
    yield { name: `${list}:${n}`, type: 'json', value: rows.slice(start, start + JSON_CHUNK_ROWS) };
  }
}
