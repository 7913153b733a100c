import { describe, expect, it } from 'vitest';
import { index } from '../src/buildIndexedGraph.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { indexJobInWorker } from '../src/graph/store/indexJobInWorker.ts';
import { adjacencySourceOf, buildAdjacency, type CoauthorAdjacency, coauthorAdjacency } from '../src/graph/store/coauthorAdjacency.ts';
import { mergeAdjacency } from '../src/graph/store/delta/mergeAdjacency.ts';
import { type MergeRenumbering, renumberForMerge } from '../src/graph/store/delta/Renumbering.ts';
import { patchAdjacency, type RowPatch } from '../src/graph/store/delta/patchAdjacency.ts';
import { readyToPatchBeside } from '../src/graph/store/delta/patchAdjacencyBeside.ts';
import { type AllocateShared, sharedArray } from '../src/graph/store/sharedArray.ts';
import { SpareArrays } from '../src/graph/store/SpareArrays.ts';
import { makePaperIndexes } from '../src/graph/store/paperIndexes.ts';
import { paperOrders, paperOrderSourceOf } from '../src/graph/store/paperOrders.ts';
import { searchIndex } from '../src/graph/search/searchIndex.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { runInSlices } from '../src/graph/store/steps/runInSlices.ts';
import { readPaperFile } from '../src/ingest/readPaperFile.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { seedGraph } from './support/seedGraph.ts';

// Ada shares two papers with Ben and one with Cy; the four-author paper pairs no one at a bound of 3.
const records: PaperRecord[] = [
  { id: 'p:1', authors: ['Ada Lovelace', 'Ben Franklin'] },
  { id: 'p:2', authors: ['Ben Franklin', 'Ada Lovelace', 'Cy Young'] },
  { id: 'p:3', authors: ['Ada Lovelace', 'Ben Franklin', 'Cy Young', 'Dee Dee'] },
];

describe('the coauthor adjacency built on a worker thread', () => {
  it('holds the rows and counts worked out by hand, leaving out bylines beyond the bound', async () => {
    const graph = buildGraph(records, { maxAuthorsPerPaper: 3 });
    const { offsets, neighbours, weights, pairCount } = await indexJobInWorker({ kind: 'build', source: adjacencySourceOf(graph) }).made;
    // Authors in name order: Ada 0, Ben 1, Cy 2, Dee 3 (on no paper that pairs).
    expect([...offsets]).toEqual([0, 2, 4, 6, 6]);
    expect([...neighbours]).toEqual([1, 2, 0, 2, 0, 1]);
    expect([...weights]).toEqual([2, 1, 2, 1, 1, 1]);
    expect(pairCount).toBe(3);
  });

  it('equals the adjacency built in place on the SNAP GrQc collaboration network', async () => {
    const graph = buildGraph(await readPaperFile('../shared/data/snap/CA-GrQc.txt'));
    const inPlace = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    const inWorker = await indexJobInWorker({ kind: 'build', source: adjacencySourceOf(graph) }).made;
    expect(inWorker.offsets).toEqual(inPlace.offsets);
    expect(inWorker.neighbours).toEqual(inPlace.neighbours);
    expect(inWorker.weights).toEqual(inPlace.weights);
    // The file's 14,484 pairs; its 12 self-pairs pair no one.
    expect(inWorker.pairCount).toBe(14484);
  });

  it('is the adjacency a graph indexed with it answers from', async () => {
    const graph = buildGraph(records);
    await index(graph, runAtOnce, undefined, { adjacency: indexJobInWorker({ kind: 'build', source: adjacencySourceOf(graph) }) });
    const { offsets, weights } = coauthorAdjacency(graph);
    // Without the bound every paper pairs: Ada shares three papers with Ben, two with Cy, one with Dee.
    expect([...offsets]).toEqual([0, 3, 6, 9, 12]);
    expect([...weights.subarray(0, 3)]).toEqual([3, 2, 1]);
  });

  it('rejects with the error that stopped the worker', async () => {
    const graph = buildGraph(records);
    // Rows the build cannot read: it fails on its first author.
    const broken = { ...adjacencySourceOf(graph), authorPaperOffsets: null as unknown as Uint32Array };
    await expect(indexJobInWorker({ kind: 'build', source: broken }).made).rejects.toThrow("Cannot read properties of null (reading 'length')");
  });
});

describe('the paper indexes made on a worker thread', () => {
  it('order the seed papers oldest first and by folded title, and give the search index and orders a graph indexed in place has', async () => {
    const graph = await seedGraph();
    const { orders } = await indexJobInWorker({ kind: 'papers', source: paperOrderSourceOf(graph.parts.paperColumns) }).made;
    const arxivIds = (order: Uint32Array) => Array.from(order, (index) => graph.paper(index).arxivId);
    expect(arxivIds(orders.OLDEST_FIRST)).toEqual(['2212.08073', '2212.09251', '2302.07459', '2307.11768', '2307.13702', '2401.05566']);
    // Constitutional, Discovering, Measuring, Question, Sleeper, The Capacity.
    expect(arxivIds(orders.TITLE)).toEqual(['2212.08073', '2212.09251', '2307.13702', '2307.11768', '2401.05566', '2302.07459']);
    await index(graph, runAtOnce, undefined, { papers: indexJobInWorker({ kind: 'papers', source: paperOrderSourceOf(graph.parts.paperColumns) }) });
    const inPlace = await seedGraph();
    expect(paperOrders(graph)).toEqual(paperOrders(inPlace));
    expect(searchIndex(graph)).toEqual(searchIndex(inPlace));
  });

  it('order undated and untitled papers last, titles folded, and post the folded titles, as made in place', async () => {
    // Newest first, ties by id: a and d (2020), c (2019), e (2018), then b, undated.
    const graph = buildGraph([
      { id: 'a', published: '2020-01-01', title: 'Zebra Stripes', authors: ['Ann Lee'] },
      { id: 'b', title: 'Émile and the Élan', authors: ['Bo Li'] },
      { id: 'c', published: '2019-05-05', authors: ['Cy Ma'] },
      { id: 'd', published: '2020-01-01', title: 'apples', authors: ['Di Wu'] },
      { id: 'e', published: '2018-03-03', title: 'Eagles', abstract: 'Über alles', authors: ['Ed Fox'] },
    ]);
    const source = paperOrderSourceOf(graph.parts.paperColumns);
    const made = await indexJobInWorker({ kind: 'papers', source }).made;
    const ids = (order: Uint32Array) => Array.from(order, (index) => graph.paper(index).id);
    expect(ids(made.orders.OLDEST_FIRST)).toEqual(['e', 'c', 'a', 'd', 'b']);
    // apples, eagles, emile and the elan, zebra stripes, then c without a title.
    expect(ids(made.orders.TITLE)).toEqual(['d', 'e', 'b', 'a', 'c']);
    // Titles by paper index (a 0, d 1, c 2 untitled, e 3, b 4), each word once, numbered as first met.
    expect(made.titles?.words).toEqual(['zebra', 'stripes', 'apples', 'eagles', 'emile', 'and', 'the', 'elan']);
    expect([...made.titles!.postingWords]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...made.titles!.postingValues].map((value) => value >>> 2)).toEqual([0, 0, 1, 3, 4, 4, 4, 4]);
    expect(made).toEqual(runAtOnce(makePaperIndexes(source)));
  });
});

describe('the paper indexes given up on a worker thread', () => {
  it('still order the papers, and leave the titles to the graph, which makes the search index it would have made', async () => {
    const graph = await seedGraph();
    const giveUp = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(giveUp, 0, 1);
    const made = await indexJobInWorker({ kind: 'papers', source: paperOrderSourceOf(graph.parts.paperColumns), giveUp }).made;
    expect(made.titles).toBeUndefined();
    expect(Array.from(made.orders.TITLE, (index) => graph.paper(index).arxivId)).toEqual(['2212.08073', '2212.09251', '2307.13702', '2307.11768', '2401.05566', '2302.07459']);
    await index(graph, runAtOnce, undefined, { papers: indexJobInWorker({ kind: 'papers', source: paperOrderSourceOf(graph.parts.paperColumns), giveUp }) });
    const inPlace = await seedGraph();
    expect(searchIndex(graph)).toEqual(searchIndex(inPlace));
    expect(paperOrders(graph)).toEqual(paperOrders(inPlace));
  });
});

describe('the coauthor adjacency merged on a worker thread', () => {
  it('is the adjacency worked out by hand, in shared memory', async () => {
    // Ben wrote once with Ada and once with Cy; Dee and Eve once together.
    const graph = buildGraph([
      { id: 'q:1', authors: ['Ada Lovelace', 'Ben Franklin'] },
      { id: 'q:2', authors: ['Ben Franklin', 'Cy Young'] },
      { id: 'q:3', authors: ['Dee Dee', 'Eve Online'] },
    ]);
    const adjacency = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    // Ada (0) and Cy (2), who share no paper, become one person where Ada was: Ben 1, Dee 2, Eve 3.
    const renumbering = renumberForMerge(5, [0, 2], 0);
    const merged = await runInSlices(mergeAdjacency(adjacency, renumbering, { threads: 2, fromEntries: 0 }));
    // The person shares both of Ben's papers with him.
    expect([...merged.offsets]).toEqual([0, 1, 2, 3, 4]);
    expect([...merged.neighbours]).toEqual([1, 0, 3, 2]);
    expect([...merged.weights]).toEqual([2, 2, 1, 1]);
    expect([merged.offsets, merged.neighbours, merged.weights].every((array) => array.buffer instanceof SharedArrayBuffer)).toBe(true);
  });

  it('equals the merge in place on the SNAP GrQc collaboration network', async () => {
    const graph = buildGraph(await readPaperFile('../shared/data/snap/CA-GrQc.txt'));
    const adjacency = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    // The first author and the last, who share no paper, become one placed in the middle.
    const last = graph.authorCount - 1;
    expect(adjacency.neighbours.subarray(adjacency.offsets[0], adjacency.offsets[1])).not.toContain(last);
    const renumbering = renumberForMerge(graph.authorCount, [0, last], 2000);
    const inPlace = await runInSlices(mergeAdjacency(adjacency, renumbering, { threads: 1 }));
    const inWorker = await runInSlices(mergeAdjacency(adjacency, renumbering, { threads: 2, fromEntries: 0 }));
    expect(inWorker.offsets).toEqual(inPlace.offsets);
    expect(inWorker.neighbours).toEqual(inPlace.neighbours);
    expect(inWorker.weights).toEqual(inPlace.weights);
    expect(inWorker.pairCount).toBe(inPlace.pairCount);
  });

  it('equals the merges in place when one merge follows another, the first on memory made ready for it, the second on memory the first left', async () => {
    const graph = buildGraph(await readPaperFile('../shared/data/snap/CA-GrQc.txt'));
    const adjacency = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    readyToPatchBeside(adjacency, { threads: 2, fromEntries: 0 });
    const last = graph.authorCount - 1;
    const first = renumberForMerge(graph.authorCount, [0, last], 2000);
    const once = await runInSlices(mergeAdjacency(adjacency, first, { threads: 2, fromEntries: 0 }));
    // Authors 5 and 4000 of the merged graph share no paper either.
    expect(once.neighbours.subarray(once.offsets[5], once.offsets[6])).not.toContain(4000);
    const second = renumberForMerge(graph.authorCount - 1, [5, 4000], 100);
    const twice = await runInSlices(mergeAdjacency(once, second, { threads: 2, fromEntries: 0 }));
    const inPlace = runAtOnce(patchAdjacency(runAtOnce(patchAdjacency(adjacency, first, mergePatches(adjacency, first))), second, mergePatches(once, second)));
    expect([twice.offsets, twice.neighbours, twice.weights, twice.pairCount]).toEqual([inPlace.offsets, inPlace.neighbours, inPlace.weights, inPlace.pairCount]);
  });
});

describe('a patched adjacency', () => {
  it('writes every slot of the arrays it is given, whatever they held', async () => {
    const graph = buildGraph(await readPaperFile('../shared/data/snap/CA-GrQc.txt'));
    const adjacency = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    const renumbering = renumberForMerge(graph.authorCount, [0, graph.authorCount - 1], 2000);
    const dirty: AllocateShared = (Type, length) => {
      const array = sharedArray(Type, length);
      array.fill(0xffffffff);
      return array;
    };
    const patches = mergePatches(adjacency, renumbering);
    expect(runAtOnce(patchAdjacency(adjacency, renumbering, patches, dirty))).toEqual(runAtOnce(patchAdjacency(adjacency, renumbering, patches)));
  });
});

describe('spare arrays', () => {
  it('hands each spare out once, the smallest that holds the array', () => {
    const spares = new SpareArrays();
    spares.prepare([40_000, 8_000]);
    const small = spares.take(Uint16Array, 3000);
    const large = spares.take(Uint32Array, 9000);
    expect([small.constructor.name, small.length, small.buffer.byteLength]).toEqual(['Uint16Array', 3000, 8192]);
    expect([large.constructor.name, large.length, large.buffer.byteLength]).toEqual(['Uint32Array', 9000, 40960]);
    // Both are taken: a third array is new shared memory of its own size.
    const fresh = spares.take(Uint8Array, 10);
    expect([fresh.buffer instanceof SharedArrayBuffer, fresh.buffer.byteLength]).toEqual([true, 10]);
  });

  it('makes new shared memory for an array larger than every spare, and after they are cleared', () => {
    const spares = new SpareArrays();
    // A spare is whole pages: 4,096 bytes for 100.
    spares.prepare([100]);
    expect(spares.take(Uint32Array, 1025).buffer.byteLength).toBe(4100);
    spares.clear();
    expect(spares.take(Uint8Array, 50).buffer.byteLength).toBe(50);
  });
});

/** The row patches of a merge, as `mergeAdjacency` makes them. */
function mergePatches({ offsets, neighbours }: CoauthorAdjacency, { oldToNew, survivor, merged }: MergeRenumbering): Map<number, RowPatch> {
  const patches = new Map<number, RowPatch>([[survivor, { from: merged, added: [] }]]);
  for (const author of merged) for (let k = offsets[author]!; k < offsets[author + 1]!; k++) patches.set(oldToNew[neighbours[k]!]!, { from: [neighbours[k]!], added: [] });
  return patches;
}
