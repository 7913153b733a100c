import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PaperGenerator } from '../bench/generator/PaperGenerator.ts';
import type { Curator } from '../src/curation/Curator.ts';
import { openCurator } from '../src/curation/openCurator.ts';
import { planAddPapers } from '../src/curation/planAddPapers.ts';
import { planMerge } from '../src/curation/planMerge.ts';
import { planPaperChange } from '../src/curation/planPaperChange.ts';
import { planSplit } from '../src/curation/planSplit.ts';
import type { UserError } from '../src/curation/UserError.ts';
import { posting, type SearchIndex, type SearchPart, searchIndex } from '../src/graph/search/searchIndex.ts';
import { searchGraph } from '../src/graph/search/searchGraph.ts';
import { VisitBudget } from '../src/graph/algorithms/VisitBudget.ts';
import { compareCodeUnits } from '../src/graph/text/compareCodeUnits.ts';
import { NO_NEW_ROW } from '../src/graph/store/delta/Renumbering.ts';
import { authorsByPaperCount } from '../src/graph/store/authorsByPaperCount.ts';
import { changeArrays, type RecyclableArray, type RecyclableType } from '../src/graph/store/delta/RecycledArrays.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { coauthorAdjacency } from '../src/graph/store/coauthorAdjacency.ts';
import type { IdOrder, KeyIndex } from '../src/graph/store/KeyIndex.ts';
import { paperOrders } from '../src/graph/store/paperOrders.ts';
import { paperLocalId } from '../src/graph/store/paperLocalId.ts';
import type { StringColumn } from '../src/graph/store/StringColumn.ts';
import { formatJsonLine } from '../src/ingest/jsonl/formatJsonLine.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { graphBounds } from '../src/limits/graphBounds.ts';
import { appClient } from './support/appClient.ts';
import { nodesOf } from './support/nodesOf.ts';
import { scratchFolder } from './support/scratchFolder.ts';
import { SEED_JSONL } from './support/seedGraph.ts';

const tempFile = scratchFolder('delta');

// Every array a change takes holds what an earlier array left, as on a large graph, where it is memory taken back
// (see `RecycledArrays`), not the zeros a new array holds: a slot a change reads before it writes it shows.
beforeAll(() => {
  vi.spyOn(changeArrays, 'array').mockImplementation(<T extends RecyclableArray>(Type: RecyclableType<T>, length: number) => {
    const array = new Type(length);
    new Uint8Array(array.buffer).fill(0xa5);
    return array;
  });
});

let stores = 0;

/** The seed served with `identity` from a fresh journal; bylines longer than `maxAuthorsPerPaper` pair no one. */
const curatorOf = (identity: 'exact' | 'merge', store = tempFile(`store-${++stores}.db`, ''), maxAuthorsPerPaper?: number) =>
  openCurator(store, [SEED_JSONL], undefined, { identity, maxAuthorsPerPaper });

/** Waits for `curator`'s compaction, and checks that it replaced `delta`, at the same version, with the graph a replay of `store` under merging identity gives. */
async function expectCompactedAsReplayed(curator: Curator, delta: CoauthorGraph, store: string): Promise<void> {
  await curator.compacted();
  expect(curator.graph).not.toBe(delta);
  expect(curator.versionOf(curator.graph)).toBe(curator.versionOf(delta));
  expect(everyPart(curator.graph)).toEqual(everyPart((await curatorOf('merge', store)).graph));
}

/** Merges the authors named `names` (the first surviving), as `name` when given; fails the test when the merge is refused. */
async function merge(curator: Curator, names: readonly string[], name?: string): Promise<void> {
  const find = (spelling: string) => curator.graph.authorsByName(spelling)[0]?.id;
  const outcome = await curator.apply((graph) => planMerge(graph, names.map(find), (id) => curator.authorOf(graph, id), name), 'alice');
  expect(Array.isArray(outcome) ? outcome : []).toEqual([]);
}

/** Adds `papers`; the errors the curator answers, none when it added them. */
async function add(curator: Curator, papers: readonly PaperRecord[]): Promise<UserError[]> {
  const outcome = await curator.apply((graph) => planAddPapers(graph, papers), 'alice');
  return Array.isArray(outcome) ? outcome : [];
}

/** Splits `spellings` off the author named `name`; fails the test when the split is refused. */
async function split(curator: Curator, name: string, spellings: readonly string[]): Promise<void> {
  const outcome = await curator.apply((graph) => planSplit(graph, graph.authorsByName(name)[0], spellings), 'alice');
  expect(Array.isArray(outcome) ? outcome : []).toEqual([]);
}

/** Removes the paper `id`, or replaces it by `value` when given; the errors the curator answers, none when it did. */
async function changePaper(curator: Curator, id: string, value?: PaperRecord): Promise<UserError[]> {
  const outcome = await curator.apply((graph) => planPaperChange(graph, id, value), 'alice');
  return Array.isArray(outcome) ? outcome : [];
}

const rows = (column: StringColumn) => Array.from({ length: column.length }, (_, row) => column.get(row));
/** What `index` answers, whatever parts hold it: each key some number has, with its numbers; the keys of each part checked to ascend, which lookups rely on. */
const keyIndex = (index: KeyIndex) => {
  const keys = [index, ...(index.since === undefined ? [] : [index.since])].flatMap((part) => {
    const list = rows(part.keys) as string[];
    expect(list.every((key, k) => k === 0 || compareCodeUnits(list[k - 1]!, key) < 0)).toBe(true);
    return list;
  });
  return [...new Set(keys)].sort(compareCodeUnits).flatMap((key) => {
    const numbers = index.get(key);
    return numbers === undefined ? [] : [[key, [...numbers]]];
  });
};

/**
 * What `search` answers, whatever parts hold it (see `SearchIndex`): each
 * word some document has, with its postings ascending, and the whole-text
 * entries, by hash then document. Each part's words and whole-text hashes
 * are checked to ascend, which lookups rely on, and each row's documents too.
 */
function searchAnswers(search: SearchIndex) {
  const postingsOf = new Map<string, number[]>();
  const wholeTexts: [number, number][] = [];
  const read = ({ words, postingOffsets, postings, wholeTextHashes, wholeTextDocuments }: SearchPart, documentOf?: Uint32Array) => {
    const moved = (document: number) => (documentOf === undefined ? document : documentOf[document]!);
    const list = rows(words) as string[];
    expect(list.every((word, k) => k === 0 || compareCodeUnits(list[k - 1]!, word) < 0)).toBe(true);
    list.forEach((word, i) => {
      const row = [...postings.subarray(postingOffsets[i]!, postingOffsets[i + 1]!)];
      expect(row.every((value, k) => k === 0 || row[k - 1]! >>> 2 <= value >>> 2)).toBe(true);
      for (const value of row) {
        const document = moved(value >>> 2);
        if (document !== NO_NEW_ROW) postingsOf.set(word, [...(postingsOf.get(word) ?? []), posting(document, value & 3)]);
      }
    });
    expect(wholeTextHashes.every((hash, k) => k === 0 || wholeTextHashes[k - 1]! <= hash)).toBe(true);
    wholeTextHashes.forEach((hash, k) => {
      const document = moved(wholeTextDocuments[k]!);
      if (document !== NO_NEW_ROW) wholeTexts.push([hash, document]);
    });
  };
  read(search, search.documentOf);
  if (search.since !== undefined) read(search.since);
  return {
    words: [...postingsOf].sort(([a], [b]) => compareCodeUnits(a, b)).map(([word, list]) => [word, list.sort((a, b) => a - b)]),
    wholeTexts: wholeTexts.sort(([a, x], [b, y]) => a - b || x - y),
  };
}
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
    authors: nodesOf(graph).authors.map((author) => ({ index: author.index, id: author.id, name: author.name, disambiguator: author.disambiguator, aliases: author.aliases, identity: author.identity, paperCount: author.paperCount, firstYear: author.firstYear, lastYear: author.lastYear })),
    papers: nodesOf(graph).papers.map((paper) => ({ index: paper.index, id: paper.id, title: paper.title, abstract: paper.abstract, published: paper.published, venue: paper.venue, url: paper.url, arxivId: paper.arxivId, doi: paper.doi, categories: paper.categories, codeImplementations: paper.codeImplementations, authorCount: paper.authorCount, year: paper.year })),
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
    search: searchAnswers(search),
    paperOrders: { OLDEST_FIRST: [...paperOrders(graph).OLDEST_FIRST], TITLE: [...paperOrders(graph).TITLE] },
    authorsByPaperCount: [...authorsByPaperCount(graph)],
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
      // A name of its own that is the most used spelling's (5 papers against 1): the search index holds it once.
      [['Anna Chen', 'Jesse Mu'], 'Anna Chen'],
    ];
    for (const [names, name] of steps) {
      const before = curator.graph;
      await merge(curator, names, name);
      // What a merge leaves unchanged is shared, not rebuilt.
      for (const part of ['paperColumns', 'paperIds', 'paperAuthorOffsets'] as const) expect(curator.graph.parts[part]).toBe(before.parts[part]);
      expect(paperOrders(curator.graph)).toBe(paperOrders(before));
      const rebuilt = await curatorOf('exact', store);
      expect(everyPart(curator.graph)).toEqual(everyPart(rebuilt.graph));
      expect(await answers(curator.graph)).toEqual(await answers(rebuilt.graph));
    }
    expect(curator.graph.authorCount).toBe(103 - 8);
    expect(curator.graph.authorsByName('Thomas J. Henighan').map(({ name, paperCount, aliases }) => [name, paperCount, aliases.map((alias) => alias.name)])).toEqual([
      ['Thomas J. Henighan', 5, ['Tom Henighan', 'Thomas Henighan', 'Zachary Witten']],
    ]);
  });
});

describe('the search index and the author-name indexes through changes under exact identity', () => {
  it('keep their built rows while what changes add is small, answering as a rebuild does, fold it into them once it outgrows an eighth of them, then keep those', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    const curator = await curatorOf('exact', store);
    // The seed's search index holds 433 postings, each name index 103 authors' numbers.
    const built = { search: searchIndex(curator.graph).postings, names: curator.graph.parts.authorsByNameKey.values };
    expect([built.search.length, built.names.length]).toEqual([433, 103]);
    const stateOf = (layered: boolean, rows: Uint32Array, original: Uint32Array) => (!layered ? 'folded' : rows === original ? 'built' : 'kept');
    const states: { search: string; names: string }[] = [];
    // Each paper adds some 20 postings (4 words of abstract, 2 of title, 4 new people of 3 words, Anna Chen anew) and 4 numbers to each
    // name index (with Anna Chen's anew in place of the one a change before added): 5, 9, 13 in the part changes made.
    for (let k = 0; k < 6; k++) {
      const abstract = Array.from({ length: 4 }, (_, w) => `word${k}x${w}`).join(' ');
      const authors = Array.from({ length: 4 }, (_, a) => `Writer ${'ABCDEFGHIJKLMNOPQRSTUVWX'[4 * k + a]} Layer`);
      expect(await add(curator, [paper(`Layer ${k}`, '2024-03-01', [...authors, 'Anna Chen'], { abstract })])).toEqual([]);
      const search = searchIndex(curator.graph);
      const names = curator.graph.parts.authorsByNameKey;
      expect(search.documentOf === undefined).toBe(search.since === undefined);
      states.push({ search: stateOf(search.documentOf !== undefined, search.postings, built.search), names: stateOf(names.numberOf !== undefined, names.values, built.names) });
      const rebuilt = await curatorOf('exact', store);
      expect(everyPart(curator.graph)).toEqual(everyPart(rebuilt.graph));
      expect(await answers(curator.graph)).toEqual(await answers(rebuilt.graph));
    }
    // The built rows kept until what changes added passes an eighth of them (54 postings, 12.9 numbers) at the third change; the folded
    // rows kept after, whose eighth (62 postings, 14.4 numbers) the next three changes stay under.
    expect(states.map(({ search }) => search)).toEqual(['built', 'built', 'folded', 'kept', 'kept', 'kept']);
    expect(states.map(({ names }) => names)).toEqual(['built', 'built', 'folded', 'kept', 'kept', 'kept']);
    expect(searchGraph(curator.graph, 'word5x3', new VisitBudget(1000)).map((hit) => (hit.kind === 'paper' ? hit.paper.title : hit.author.name))).toEqual(['Layer 5']);
    expect(curator.graph.authorsByName('Writer X Layer').map(({ name, paperCount }) => [name, paperCount])).toEqual([['Writer X Layer', 1]]);
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
    await expectCompactedAsReplayed(curator, delta, store);
    // Watchers hear of the merge when the delta is served and again when the rebuild replaces it.
    const survivorIn = (graph: CoauthorGraph) => graph.authorsByName('Jeffrey Ladish')[0]!.id;
    expect(heard).toEqual([
      { version: 1, survivor: survivorIn(delta) },
      { version: 1, survivor: survivorIn(curator.graph) },
    ]);
  });

  it('is rebuilt only once the changes pause: each change served at once, as its delta, meanwhile', async () => {
    const curator = await curatorOf('merge');
    await merge(curator, ['Tim Maxwell', 'Jeffrey Ladish']);
    const first = curator.graph;
    // A build of the seed takes milliseconds: started at once, it would have been swapped in by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(curator.graph).toBe(first);
    await merge(curator, ['Tim Maxwell', 'Edwin Chen']);
    const second = curator.graph;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(curator.graph).toBe(second);
    expect(second.authorsByName('Edwin Chen').map(({ name, paperCount }) => [name, paperCount])).toEqual([['Tim Maxwell', 5]]);
    await curator.compacted();
    expect(curator.graph).not.toBe(second);
    expect(curator.versionOf(curator.graph)).toBe(2);
  });
});

/** A paper `published` on that day (undated when undefined), titled `title`, by `authors`. */
const paper = (title: string, published: string | undefined, authors: readonly string[], more: Partial<PaperRecord> = {}): PaperRecord => ({
  title,
  ...(published === undefined ? {} : { published, year: Number(published.slice(0, 4)) }),
  authors: [...authors],
  ...more,
});

/** The names of `graph`'s papers in paper order. */
const titles = (graph: CoauthorGraph) => nodesOf(graph).papers.map((node) => node.title);

describe('added papers applied as a delta under exact identity', () => {
  it('make the graph a rebuild with the journal replayed makes, part by part and answer by answer, through adds and merges interleaved', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    // Bylines of 40 pair their authors, longer ones do not: three seed papers pair, three do not.
    const curator = await curatorOf('exact', store, 40);
    const steps: ({ add: PaperRecord[] } | { merge: string[] })[] = [
      {
        add: [
          paper('Newest', '2025-03-01', ['Ann Ames', 'Ethan Perez']),
          paper('Oldest', '2019-05-05', ['Evan Hubinger', 'Bea Brown', 'Ann Ames'], { venue: 'NeurIPS', categories: ['cs.LG'], codeImplementations: 2 }),
          // A new spelling of Ethan Perez's: the same person key up to case and spacing.
          paper('Middle', '2023-05-01', ['ETHAN  PEREZ', 'Anna Chen'], { abstract: 'Kamilė wrote about ethics.', venue: 'ICML' }),
          paper('Undated', undefined, ['Cy Cole', 'Sam Ringer']),
          // Tied in date with two seed papers, between them by id.
          paper('Tied', '2023-07-17', ['Anna Chen', 'Dee Dunn'], { externalIds: { arxiv: '2307.12000' }, venue: 'NeurIPS' }),
        ],
      },
      { merge: ['Tom Henighan', 'Thomas Henighan'] },
      // Thomas Henighan becomes as used as Tom Henighan and sorts first: the person's name, so place, moves past Thomas I. Liao.
      { add: [paper('Henighan one', '2024-02-02', ['Thomas Henighan', 'Thomas I. Liao']), paper('Henighan two', '2021-01-01', ['Ann Ames', 'Thomas Henighan'])] },
      {
        add: [
          // 41 authors: a paper that pairs no one.
          paper('Consortium', '2024-06-01', ['Ethan Perez', ...Array.from({ length: 40 }, (_, k) => `Member ${String(k + 1).padStart(2, '0')}`)]),
          // Benoit Steiner's two spellings tie, and the capitals sort first: his name changes, not his place.
          paper('Steiner', '2020-01-01', ['BENOIT STEINER', 'Sam Ringer']),
        ],
      },
      { merge: ['Cy Cole', 'Dee Dunn'] },
      { add: [paper('After the merge', '2022-12-15', ['Dee Dunn', 'Ann Ames'], { externalIds: { arxiv: '2212.00001' } })] },
    ];
    for (const step of steps) {
      if ('merge' in step) await merge(curator, step.merge);
      else expect(await add(curator, step.add)).toEqual([]);
      const rebuilt = await curatorOf('exact', store, 40);
      expect(everyPart(curator.graph)).toEqual(everyPart(rebuilt.graph));
      expect(await answers(curator.graph)).toEqual(await answers(rebuilt.graph));
    }
    const { graph } = curator;
    expect(titles(graph).slice(0, 4)).toEqual(['Newest', 'Consortium', 'Henighan one', 'Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training']);
    expect(titles(graph).slice(-4)).toEqual(['Henighan two', 'Steiner', 'Oldest', 'Undated']);
    expect(nodesOf(graph).papers.filter((node) => node.published === '2023-07-17').map((node) => node.id)).toEqual(['arxiv:2307.11768', 'arxiv:2307.12000', 'arxiv:2307.13702']);
    const person = (name: string) => graph.authorsByName(name).map((author) => [author.name, author.paperCount, author.aliases.map((alias) => [alias.name, alias.paperCount])]);
    expect(person('Tom Henighan')).toEqual([['Thomas Henighan', 6, [['Thomas Henighan', 3], ['Tom Henighan', 3]]]]);
    expect(graph.authorsByName('Thomas Henighan')[0]!.index).toBeLessThan(graph.authorsByName('Thomas I. Liao')[0]!.index);
    expect(person('Benoit Steiner')).toEqual([['BENOIT STEINER', 2, [['BENOIT STEINER', 1], ['Benoit Steiner', 1]]]]);
    expect(person('Sam Ringer')).toEqual([['Sam Ringer', 5, [['Sam Ringer', 5]]]]);
    expect(person('Ethan Perez')).toEqual([['Ethan Perez', 9, [['Ethan Perez', 8], ['ETHAN  PEREZ', 1]]]]);
    expect(person('Cy Cole')).toEqual([['Dee Dunn', 3, [['Dee Dunn', 2], ['Cy Cole', 1]]]]);
    expect(graph.unexpandedPapers.map((node) => node.title)).toContain('Consortium');
    expect(coauthorAdjacency(graph).offsets[graph.authorsByName('Member 01')[0]!.index + 1]! - coauthorAdjacency(graph).offsets[graph.authorsByName('Member 01')[0]!.index]!).toBe(0);
  });

  it('measure the most coauthorships as a rebuild does when a merge makes the person with the most', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    const curator = await curatorOf('exact', store, 40);
    // Fay Ford and Gus Gray each sign two papers of 40 authors (78 coauthorships each); merged, they have 156.
    const wide = (title: string, first: string, from: number) => paper(title, '2024-01-01', [first, ...Array.from({ length: 39 }, (_, k) => `Wide ${from + k}`)]);
    expect(await add(curator, [wide('Wide one', 'Fay Ford', 1), wide('Wide two', 'Fay Ford', 1), wide('Wide three', 'Gus Gray', 40), wide('Wide four', 'Gus Gray', 40)])).toEqual([]);
    expect(graphBounds(curator.graph).coauthorships).toBeLessThan(156);
    await merge(curator, ['Fay Ford', 'Gus Gray']);
    expect(graphBounds(curator.graph).coauthorships).toBe(156);
    expect(everyPart(curator.graph)).toEqual(everyPart((await curatorOf('exact', store, 40)).graph));
  });

  it('refuses a paper whose byline names one person twice, as the build does, and adds nothing from the call', async () => {
    const curator = await curatorOf('exact');
    await merge(curator, ['Tom Henighan', 'Thomas Henighan']);
    const before = curator.graph;
    const refused = paper('Twice', '2024-01-01', ['tom henighan', 'Thomas Henighan']);
    expect(await add(curator, [paper('Fine', '2024-01-01', ['Ann Ames']), refused])).toEqual([
      {
        field: 'papers',
        message: `paper ${paperLocalId(refused)} lists "tom henighan" and "Thomas Henighan", which name one person: remove the repeated author`,
        code: 'INVALID_PAPER',
      },
    ]);
    expect(curator.graph).toBe(before);
    expect(curator.versionOf(curator.graph)).toBe(1);
  });
});

describe('added papers applied as a delta under merging identity', () => {
  it('are served at once and replaced, at the same version, by the rebuild the journal gives', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    const curator = await curatorOf('merge', store);
    expect(await add(curator, [paper('Newest', '2025-03-01', ['Ann Ames', 'ethan perez', 'Timothy Maxwell'])])).toEqual([]);
    const delta = curator.graph;
    expect(curator.versionOf(delta)).toBe(1);
    expect(titles(delta)[0]).toBe('Newest');
    expect(delta.authorsByName('Ann Ames').map(({ name, paperCount }) => [name, paperCount])).toEqual([['Ann Ames', 1]]);
    // The new spelling joins the author who has it up to case.
    expect(delta.authorsByName('ethan perez').map(({ name, paperCount }) => [name, paperCount])).toEqual([['Ethan Perez', 7]]);
    await expectCompactedAsReplayed(curator, delta, store);
  });
});

describe('removed and updated papers applied as deltas under exact identity', () => {
  it('make the graph a rebuild with the journal replayed makes, part by part and answer by answer, through removals, updates, adds and merges interleaved', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    // Bylines of 40 pair their authors, longer ones do not.
    const curator = await curatorOf('exact', store, 40);
    const added = paper('Added', '2023-01-01', ['Ann Ames', 'Ethan Perez', 'Karina Nguyen']);
    const steps: ({ add: PaperRecord[] } | { merge: string[] } | { remove: string } | { update: string; to: PaperRecord })[] = [
      // In the middle of the date order, tied in date with another; 24 authors, who share a paper fewer; Venkatesa Chandrasekaran, on no other paper, goes.
      { remove: 'arxiv:2307.11768' },
      { add: [added] },
      // 49 authors: a byline that paired no one; Thomas I. Liao, on no other paper, goes.
      { remove: 'arxiv:2302.07459' },
      { merge: ['Tom Henighan', 'Thomas Henighan'] },
      // The newest paper, retitled, redated to the oldest and cut to three authors, one new: its other authors share a paper fewer, and those with no other go.
      { update: 'arxiv:2401.05566', to: paper('Sleeper Agents, revised', '2019-06-01', ['Carson Denison', 'Evan Hubinger', 'Zed Zimmer'], { externalIds: { arxiv: '2401.05566' } }) },
      // A paper the journal added, given another author.
      { update: paperLocalId(added), to: { ...added, authors: ['Ann Ames', 'Ethan Perez', 'Karina Nguyen', 'Zed Zimmer'] } },
      { add: [paper('Later', '2024-05-05', ['Zed Zimmer', 'Ann Ames'])] },
      // Ann Ames keeps one paper; the paper's other authors keep others.
      { remove: paperLocalId(added) },
    ];
    for (const step of steps) {
      if ('merge' in step) await merge(curator, step.merge);
      else if ('add' in step) expect(await add(curator, step.add)).toEqual([]);
      else expect(await changePaper(curator, 'remove' in step ? step.remove : step.update, 'to' in step ? step.to : undefined)).toEqual([]);
      const rebuilt = await curatorOf('exact', store, 40);
      expect(everyPart(curator.graph)).toEqual(everyPart(rebuilt.graph));
      expect(await answers(curator.graph)).toEqual(await answers(rebuilt.graph));
    }
    const { graph } = curator;
    expect(titles(graph)).toEqual([
      'Later',
      'Measuring Faithfulness in Chain-of-Thought Reasoning',
      'Discovering Language Model Behaviors with Model-Written Evaluations',
      'Constitutional AI: Harmlessness from AI Feedback',
      'Sleeper Agents, revised',
    ]);
    const person = (name: string) => graph.authorsByName(name).map((author) => [author.name, author.paperCount]);
    expect(['Zed Zimmer', 'Ann Ames', 'Evan Hubinger', 'Venkatesa Chandrasekaran', 'Thomas I. Liao', 'Jesse Mu'].map(person)).toEqual([
      [['Zed Zimmer', 2]],
      [['Ann Ames', 1]],
      [['Evan Hubinger', 3]],
      [],
      [],
      [],
    ]);
  });
});

describe('a removed paper applied as a delta under merging identity', () => {
  it('is served at once and replaced, at the same version, by the rebuild the journal gives', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    const curator = await curatorOf('merge', store);
    expect(await changePaper(curator, 'arxiv:2401.05566')).toEqual([]);
    const delta = curator.graph;
    expect(curator.versionOf(delta)).toBe(1);
    expect([delta.paperCount, delta.paper(0).id]).toEqual([5, 'arxiv:2307.11768']);
    await expectCompactedAsReplayed(curator, delta, store);
  });
});

describe('the update of the only paper, applied as a delta', () => {
  it('orders the graph of the new paper alone as a rebuild does', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    const data = tempFile('one-paper.jsonl', `${JSON.stringify({ id: 'p:1', title: 'Alone', published: '2020-01-01', authors: ['Ann Ames'] })}\n`);
    const curator = await openCurator(store, [data], undefined, { identity: 'exact' });
    expect(await changePaper(curator, 'p:1', paper('Alone, again', '2021-06-01', ['Ann Ames', 'Ben Bell'], { id: 'p:1' }))).toEqual([]);
    // The one paper, first in every order: no order left with a hole.
    const titles = (order: Uint32Array) => Array.from(order, (index) => curator.graph.paper(index).title);
    expect(titles(paperOrders(curator.graph).OLDEST_FIRST)).toEqual(['Alone, again']);
    expect(titles(paperOrders(curator.graph).TITLE)).toEqual(['Alone, again']);
    const rebuilt = await openCurator(store, [data], undefined, { identity: 'exact' });
    expect(everyPart(curator.graph)).toEqual(everyPart(rebuilt.graph));
  });
});

describe('a split applied as a delta under exact identity', () => {
  it('makes the graph a rebuild with the journal replayed makes, part by part and answer by answer, through splits, merges, adds and removals interleaved', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    const curator = await curatorOf('exact', store, 40);
    const steps: ({ add: PaperRecord[] } | { merge: string[]; name?: string } | { remove: string } | { split: string; off: string[] })[] = [
      { merge: ['Tim Maxwell', 'Timothy Maxwell'] },
      { add: [paper('Maxwell and Ames', '2024-03-03', ['Ann Ames', 'Timothy Maxwell'])] },
      // The person keyed by Tim Maxwell becomes two again; Timothy Maxwell keeps the added paper and Ann Ames as a coauthor.
      { split: 'Tim Maxwell', off: ['Timothy Maxwell'] },
      { merge: ['Kamilė Lukošiūtė', 'Kamile Lukosuite', 'Adam Jermyn'], name: 'Zoe Lukosiute' },
      // Two spellings off a named person of three: both people lose the name and move in name order, the one split off to the front.
      { split: 'Zoe Lukosiute', off: ['Adam Jermyn', 'Kamile Lukosuite'] },
      // Adam Jermyn's only paper, and one of Tim Maxwell's two: the spelling leaves its person, who takes the other's name.
      { remove: 'arxiv:2401.05566' },
      // Absorbs the group of Kamile Lukosuite and Adam Jermyn, then splits it anew.
      { merge: ['Timothy Maxwell', 'Kamile Lukosuite'] },
      { split: 'Timothy Maxwell', off: ['Kamile Lukosuite'] },
    ];
    for (const step of steps) {
      if ('merge' in step) await merge(curator, step.merge, step.name);
      else if ('add' in step) expect(await add(curator, step.add)).toEqual([]);
      else if ('remove' in step) expect(await changePaper(curator, step.remove)).toEqual([]);
      else {
        const before = curator.graph;
        await split(curator, step.split, step.off);
        // What a split leaves unchanged is shared, not rebuilt.
        for (const part of ['paperColumns', 'paperIds', 'paperAuthorOffsets'] as const) expect(curator.graph.parts[part]).toBe(before.parts[part]);
        expect(paperOrders(curator.graph)).toBe(paperOrders(before));
      }
      const rebuilt = await curatorOf('exact', store, 40);
      expect(everyPart(curator.graph)).toEqual(everyPart(rebuilt.graph));
      expect(await answers(curator.graph)).toEqual(await answers(rebuilt.graph));
    }
    const { graph } = curator;
    const person = (name: string) => graph.authorsByName(name).map((author) => [author.name, author.paperCount, author.aliases.map((alias) => alias.name)]);
    expect(['Tim Maxwell', 'Timothy Maxwell', 'Kamile Lukosuite', 'Kamilė Lukošiūtė', 'Adam Jermyn'].map(person)).toEqual([
      [['Tim Maxwell', 1, ['Tim Maxwell']]],
      [['Timothy Maxwell', 2, ['Timothy Maxwell']]],
      [['Kamile Lukosuite', 1, ['Kamile Lukosuite']]],
      [['Kamilė Lukošiūtė', 4, ['Kamilė Lukošiūtė']]],
      [],
    ]);
  });
});

describe('a split applied as a delta under merging identity', () => {
  it('is served at once and replaced, at the same version, by the rebuild the journal gives', async () => {
    const store = tempFile(`store-${++stores}.db`, '');
    const curator = await curatorOf('merge', store);
    await split(curator, 'Tim Maxwell', ['Timothy Maxwell']);
    const delta = curator.graph;
    expect(curator.versionOf(delta)).toBe(1);
    expect(['Tim Maxwell', 'Timothy Maxwell'].map((name) => delta.authorsByName(name).map((author) => [author.name, author.paperCount]))).toEqual([[['Tim Maxwell', 2]], [['Timothy Maxwell', 1]]]);
    await expectCompactedAsReplayed(curator, delta, store);
  });
});

describe('changes applied as deltas to a generated graph of thousands of rows', () => {
  it('make the graph a rebuild makes, part by part, most rows renumbered by the shift of their block', async () => {
    const generator = new PaperGenerator({ papers: 3000, seed: 7 });
    const data = tempFile('generated.jsonl', Array.from({ length: 3000 }, () => formatJsonLine(generator.next())).join(''));
    const store = tempFile(`store-${++stores}.db`, '');
    const open = () => openCurator(store, [data], undefined, { identity: 'exact' });
    const curator = await open();
    const start = curator.graph;
    // Each added paper by an author spread over the name order and a newcomer: a few hundred rows made anew among thousands that only move.
    const added = (batch: number) =>
      Array.from({ length: 40 }, (_, k) => paper(`Generated ${batch}-${k}`, `202${batch}-0${1 + (k % 9)}-15`, [start.author((k * 97 + batch) % start.authorCount).name, `Newcomer ${batch} ${String.fromCharCode(97 + (k % 26))}${k}`]));
    const expectRebuilt = async () => expect(everyPart(curator.graph)).toEqual(everyPart((await open()).graph));
    expect(await add(curator, added(1))).toEqual([]);
    await expectRebuilt();
    await merge(curator, ['Newcomer 1 a0', 'Newcomer 1 b1']);
    await expectRebuilt();
    expect(await changePaper(curator, 'gen:1500')).toEqual([]);
    expect(await add(curator, added(2))).toEqual([]);
    await expectRebuilt();
    expect([curator.graph.paperCount, curator.graph.authorsByName('Newcomer 1 a0')[0]!.paperCount]).toEqual([3079, 2]);
  });
});
