import { describe, expect, it } from 'vitest';
import type { Curator } from '../src/curation/Curator.ts';
import { openCurator } from '../src/curation/openCurator.ts';
import { planMerge } from '../src/curation/planMerge.ts';
import { searchIndex } from '../src/graph/search/searchIndex.ts';
import { authorsByPaperCount } from '../src/graph/store/authorsByPaperCount.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { coauthorAdjacency } from '../src/graph/store/coauthorAdjacency.ts';
import type { IdOrder, KeyIndex } from '../src/graph/store/KeyIndex.ts';
import { paperOrders } from '../src/graph/store/paperOrders.ts';
import type { StringColumn } from '../src/graph/store/StringColumn.ts';
import { graphBounds } from '../src/limits/graphBounds.ts';
import { appClient } from './support/appClient.ts';
import { scratchFolder } from './support/scratchFolder.ts';
import { SEED_JSONL } from './support/seedGraph.ts';

const tempFile = scratchFolder('delta');
let stores = 0;

/** The seed served with `identity` from a fresh journal. */
const curatorOf = (identity: 'exact' | 'merge', store = tempFile(`store-${++stores}.db`, '')) => openCurator(store, [SEED_JSONL], undefined, { identity });

/** Merges the authors named `names` (the first surviving), as `name` when given; fails the test when the merge is refused. */
async function merge(curator: Curator, names: readonly string[], name?: string): Promise<void> {
  const find = (spelling: string) => curator.graph.authorsByName(spelling)[0]?.id;
  const outcome = await curator.apply((graph) => planMerge(graph, names.map(find), (id) => curator.authorOf(graph, id), name), 'alice');
  expect(Array.isArray(outcome) ? outcome : []).toEqual([]);
}

const rows = (column: StringColumn) => Array.from({ length: column.length }, (_, row) => column.get(row));
const keyIndex = ({ keys, offsets, values }: KeyIndex) => ({ keys: rows(keys), offsets: [...offsets], values: [...values] });
const idOrder = ({ ids, order }: IdOrder) => ({ ids: rows(ids), order: [...order] });
const texts = (columns: Readonly<Record<string, StringColumn>>) => Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, rows(column)]));
const numbers = (columns: Readonly<Record<string, Float64Array>>) => Object.fromEntries(Object.entries(columns).map(([field, values]) => [field, [...values]]));
const indices = (nodes: readonly { readonly index: number }[]) => nodes.map(({ index }) => index);

/** Every part of `graph` and of the indexes a server builds for it, as plain values: what two equal graphs share exactly. */
function everyPart(graph: CoauthorGraph) {
  const { parts } = graph;
  const adjacency = coauthorAdjacency(graph);
  const search = searchIndex(graph);
  return {
    authors: graph.authors.map((author) => ({ index: author.index, id: author.id, name: author.name, disambiguator: author.disambiguator, aliases: author.aliases, identity: author.identity, paperCount: author.paperCount, firstYear: author.firstYear, lastYear: author.lastYear })),
    papers: graph.papers.map((paper) => ({ index: paper.index, id: paper.id, title: paper.title, abstract: paper.abstract, published: paper.published, venue: paper.venue, url: paper.url, arxivId: paper.arxivId, doi: paper.doi, categories: paper.categories, codeImplementations: paper.codeImplementations, authorCount: paper.authorCount, year: paper.year })),
    paperColumns: { text: texts(parts.paperColumns.text), numbers: numbers(parts.paperColumns.numbers), rows: [...parts.paperColumns.rows] },
    authorColumns: {
      text: texts(parts.authorColumns.text),
      numbers: numbers(parts.authorColumns.numbers),
      aliasOffsets: [...parts.authorColumns.aliasOffsets],
      aliasNames: rows(parts.authorColumns.aliasNames),
      aliasPaperCounts: [...parts.authorColumns.aliasPaperCounts],
    },
    paperIds: idOrder(parts.paperIds),
    authorIds: idOrder(parts.authorIds),
    csr: [parts.paperAuthorOffsets, parts.paperAuthors, parts.authorPaperOffsets, parts.authorPapers, parts.authorPositions].map((array) => [...array]),
    authorsByNameKey: keyIndex(parts.authorsByNameKey),
    authorsByFoldedName: keyIndex(parts.authorsByFoldedName),
    adjacency: { offsets: [...adjacency.offsets], neighbours: [...adjacency.neighbours], weights: [...adjacency.weights], width: adjacency.weights.BYTES_PER_ELEMENT, pairCount: adjacency.pairCount },
    search: { words: rows(search.words), ...Object.fromEntries((['postingOffsets', 'postings', 'wholeTextHashes', 'wholeTextDocuments'] as const).map((field) => [field, [...search[field]]])) },
    paperOrders: { OLDEST_FIRST: indices(paperOrders(graph).OLDEST_FIRST), TITLE: indices(paperOrders(graph).TITLE) },
    authorsByPaperCount: indices(authorsByPaperCount(graph)),
    bounds: graphBounds(graph),
    unexpandedPapers: indices(graph.unexpandedPapers),
    authorshipCount: graph.authorshipCount,
  };
}

const QUERIES = [
  '{ authors(first: 100) { totalCount edges { node { id name aliases { name paperCount } identity { spelling joinedTo rule evidence } paperCount coauthorCount firstYear lastYear } } } }',
  '{ authors(first: 20, orderBy: PAPER_COUNT) { edges { node { name } } } }',
  '{ authors(search: "ma") { edges { node { name } } } }',
  '{ author(name: "Ethan Perez") { coauthors(first: 100) { edges { collaborationCount firstYear lastYear node { name } } } } }',
  '{ authors(search: "henighan") { edges { node { name papers { edges { position node { title authors { edges { node { name } } } } } } } } } }',
  '{ author(name: "kamile lukosuite") { name paperCount } }',
  '{ search(query: "Maxwell", first: 10) { edges { exactMatch node { ... on Author { name } ... on Paper { title } } } } }',
  '{ search(query: "Mercado", first: 10) { edges { exactMatch node { ... on Author { name } } } } }',
  '{ stats { authorCount paperCount authorshipCount coauthorPairCount } }',
];

/** The answers of `graph` to `QUERIES`. */
async function answers(graph: CoauthorGraph) {
  const { post } = appClient({ graph: () => graph, jit: true });
  return Promise.all(
    QUERIES.map(async (query) => {
      const { body } = await post({ query });
      expect(body.errors).toBeUndefined();
      return body.data;
    }),
  );
}

describe('a merge applied as a delta under exact identity', () => {
  it('makes the graph a rebuild with the journal replayed makes, part by part and answer by answer, after each of a sequence of merges', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    const curator = await curatorOf('exact', store);
    const steps: [string[], string?][] = [
      // The first author's most used spelling is not its first: the person is keyed by the group's first spelling.
      [['Timothy Maxwell', 'Tim Maxwell']],
      [['Noemi Mercado', 'Noemí Mercado']],
      // A name of its own, which sorts elsewhere than either spelling.
      [['Tom Henighan', 'Thomas Henighan'], 'Thomas J. Henighan'],
      [['Kamilė Lukošiūtė', 'Kamile Lukosuite', 'Adam Jermyn']],
      // Absorbs the Maxwells' group with its spellings in a new order: the person's key, so id, changes.
      [['Tim Maxwell', 'Jeffrey Ladish']],
      // Keeps the name the absorbed group was given.
      [['Thomas J. Henighan', 'Zachary Witten']],
    ];
    for (const [names, name] of steps) {
      const before = curator.graph;
      await merge(curator, names, name);
      // What a merge leaves unchanged is shared, not rebuilt.
      for (const part of ['papers', 'paperColumns', 'paperIds', 'paperAuthorOffsets'] as const) expect(curator.graph.parts[part]).toBe(before.parts[part]);
      const rebuilt = await curatorOf('exact', store);
      expect(everyPart(curator.graph)).toEqual(everyPart(rebuilt.graph));
      expect(await answers(curator.graph)).toEqual(await answers(rebuilt.graph));
    }
    expect(curator.graph.authors.length).toBe(103 - 7);
    expect(curator.graph.authorsByName('Thomas J. Henighan').map(({ name, paperCount, aliases }) => [name, paperCount, aliases.map((alias) => alias.name)])).toEqual([
      ['Thomas J. Henighan', 5, ['Tom Henighan', 'Thomas Henighan', 'Zachary Witten']],
    ]);
  });
});

describe('a merge applied as a delta under merging identity', () => {
  it('is served at once and replaced, at the same version, by the rebuild the journal gives', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    const curator = await curatorOf('merge', store);
    const heard: { version: number; survivor: string | undefined }[] = [];
    curator.watch(({ version, authors }) => heard.push({ version, survivor: authors[0] }));
    await merge(curator, ['Tim Maxwell', 'Jeffrey Ladish']);
    const delta = curator.graph;
    expect(curator.versionOf(delta)).toBe(1);
    expect(delta.authorsByName('Jeffrey Ladish').map(({ name, paperCount }) => [name, paperCount])).toEqual([['Tim Maxwell', 4]]);
    await curator.compacted();
    expect(curator.graph).not.toBe(delta);
    expect(curator.versionOf(curator.graph)).toBe(1);
    expect(everyPart(curator.graph)).toEqual(everyPart((await curatorOf('merge', store)).graph));
    // Watchers hear of the merge when the delta is served and again when the rebuild replaces it.
    const survivorIn = (graph: CoauthorGraph) => graph.authorsByName('Jeffrey Ladish')[0]!.id;
    expect(heard).toEqual([
      { version: 1, survivor: survivorIn(delta) },
      { version: 1, survivor: survivorIn(curator.graph) },
    ]);
  });
});
