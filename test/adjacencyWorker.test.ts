import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { index } from '../src/buildIndexedGraph.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { adjacencyJobInWorker } from '../src/graph/store/adjacencyJobInWorker.ts';
import { adjacencySourceOf, buildAdjacency, type CoauthorAdjacency, coauthorAdjacency } from '../src/graph/store/coauthorAdjacency.ts';
import { mergeAdjacency } from '../src/graph/store/delta/mergeAdjacency.ts';
import { type MergeRenumbering, renumberForMerge } from '../src/graph/store/delta/Renumbering.ts';
import { patchAdjacency, type RowPatch } from '../src/graph/store/delta/patchAdjacency.ts';
import { readyToPatchBeside } from '../src/graph/store/delta/patchAdjacencyBeside.ts';
import { type AllocateShared, sharedArray } from '../src/graph/store/sharedArray.ts';
import { SpareArrays } from '../src/graph/store/SpareArrays.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { runInSlices } from '../src/graph/store/steps/runInSlices.ts';
import { readPaperFile } from '../src/ingest/readPaperFile.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { collectedGarbage } from './support/collectedGarbage.ts';

// Ada shares two papers with Ben and one with Cy; the four-author paper pairs no one at a bound of 3.
const records: PaperRecord[] = [
  { id: 'p:1', authors: ['Ada Lovelace', 'Ben Franklin'] },
  { id: 'p:2', authors: ['Ben Franklin', 'Ada Lovelace', 'Cy Young'] },
  { id: 'p:3', authors: ['Ada Lovelace', 'Ben Franklin', 'Cy Young', 'Dee Dee'] },
];

describe('the coauthor adjacency built on a worker thread', () => {
  it('holds the rows and counts worked out by hand, leaving out bylines beyond the bound', async () => {
    const graph = buildGraph(records, { maxAuthorsPerPaper: 3 });
    const { offsets, neighbours, weights, pairCount } = await adjacencyJobInWorker({ kind: 'build', source: adjacencySourceOf(graph) }).built;
    // Authors in name order: Ada 0, Ben 1, Cy 2, Dee 3 (on no paper that pairs).
    expect([...offsets]).toEqual([0, 2, 4, 6, 6]);
    expect([...neighbours]).toEqual([1, 2, 0, 2, 0, 1]);
    expect([...weights]).toEqual([2, 1, 2, 1, 1, 1]);
    expect(pairCount).toBe(3);
  });

  it('equals the adjacency built in place on the SNAP GrQc collaboration network', async () => {
    const graph = buildGraph(await readPaperFile('../shared/data/snap/CA-GrQc.txt'));
    const inPlace = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    const inWorker = await adjacencyJobInWorker({ kind: 'build', source: adjacencySourceOf(graph) }).built;
    expect(inWorker.offsets).toEqual(inPlace.offsets);
    expect(inWorker.neighbours).toEqual(inPlace.neighbours);
    expect(inWorker.weights).toEqual(inPlace.weights);
    // The file's 14,484 pairs; its 12 self-pairs pair no one.
    expect(inWorker.pairCount).toBe(14484);
  });

  it('is the adjacency a graph indexed with it answers from', async () => {
    const graph = buildGraph(records);
    await index(graph, runAtOnce, undefined, { adjacency: adjacencyJobInWorker({ kind: 'build', source: adjacencySourceOf(graph) }) });
    const { offsets, weights } = coauthorAdjacency(graph);
    // Without the bound every paper pairs: Ada shares three papers with Ben, two with Cy, one with Dee.
    expect([...offsets]).toEqual([0, 3, 6, 9, 12]);
    expect([...weights.subarray(0, 3)]).toEqual([3, 2, 1]);
  });

  it('rejects with the error that stopped the worker', async () => {
    const graph = buildGraph(records);
    // Rows the build cannot read: it fails on its first author.
    const broken = { ...adjacencySourceOf(graph), authorPaperOffsets: null as unknown as Uint32Array };
    await expect(adjacencyJobInWorker({ kind: 'build', source: broken }).built).rejects.toThrow("Cannot read properties of null (reading 'length')");
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
    const renumbering = runAtOnce(renumberForMerge(5, [0, 2], 0));
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
    const renumbering = runAtOnce(renumberForMerge(graph.authorCount, [0, last], 2000));
    const inPlace = await runInSlices(mergeAdjacency(adjacency, renumbering, { threads: 1 }));
    const inWorker = await runInSlices(mergeAdjacency(adjacency, renumbering, { threads: 2, fromEntries: 0 }));
    expect(inWorker.offsets).toEqual(inPlace.offsets);
    expect(inWorker.neighbours).toEqual(inPlace.neighbours);
    expect(inWorker.weights).toEqual(inPlace.weights);
    expect(inWorker.pairCount).toBe(inPlace.pairCount);
  });

  it('equals the merges in place when one merge follows another, each on memory made ready before the first', async () => {
    const graph = buildGraph(await readPaperFile('../shared/data/snap/CA-GrQc.txt'));
    const adjacency = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    await readyToPatchBeside(adjacency, { threads: 2, fromEntries: 0 });
    // Spares are whole pages with 2 % to grow: GrQc's 28,968 coauthor slots (115,872 bytes) get 29 pages.
    const spareBytes = 29 * 4096;
    const last = graph.authorCount - 1;
    const first = runAtOnce(renumberForMerge(graph.authorCount, [0, last], 2000));
    const once = await runInSlices(mergeAdjacency(adjacency, first, { threads: 2, fromEntries: 0 }));
    // Authors 5 and 4000 of the merged graph share no paper either.
    expect(once.neighbours.subarray(once.offsets[5], once.offsets[6])).not.toContain(4000);
    const second = runAtOnce(renumberForMerge(graph.authorCount - 1, [5, 4000], 100));
    const twice = await runInSlices(mergeAdjacency(once, second, { threads: 2, fromEntries: 0 }));
    const inPlace = runAtOnce(patchAdjacency(runAtOnce(patchAdjacency(adjacency, first, mergePatches(adjacency, first))), second, mergePatches(once, second)));
    expect([twice.offsets, twice.neighbours, twice.weights, twice.pairCount]).toEqual([inPlace.offsets, inPlace.neighbours, inPlace.weights, inPlace.pairCount]);
    // Both merges wrote their coauthors into spares, not into new memory of their own size.
    expect([adjacency.neighbours.byteLength, once.neighbours.buffer.byteLength, twice.neighbours.buffer.byteLength]).toEqual([115_872, spareBytes, spareBytes]);
    expect(twice.neighbours.buffer).not.toBe(once.neighbours.buffer);
  });

  it('patches into the memory of an adjacency once this thread lets it go, never while it is held', async () => {
    const graph = buildGraph(await readPaperFile('../shared/data/snap/CA-GrQc.txt'));
    const beside = { threads: 2, fromEntries: 0 };
    // The adjacencies earlier tests lent the worker thread are let go first: their memory, of the
    // same size, given back while this test runs, could serve the merges it watches in its stead.
    await collectedGarbage({ rounds: 3 });
    const built = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    await readyToPatchBeside(built, beside);
    let count = graph.authorCount;
    /** The next merge, on the worker thread, checked against the same merge in place. */
    const merged = async (adjacency: CoauthorAdjacency): Promise<CoauthorAdjacency> => {
      const renumbering = runAtOnce(renumberForMerge(count--, [1, count - 1], 1000));
      const next = await runInSlices(mergeAdjacency(adjacency, renumbering, beside));
      expect(next).toEqual(runAtOnce(patchAdjacency(adjacency, renumbering, mergePatches(adjacency, renumbering))));
      return next;
    };
    let first: CoauthorAdjacency | undefined = await merged(built);
    const second = await merged(first);
    const [firstAsMade, secondAsMade] = [Uint32Array.from(first.neighbours), Uint32Array.from(second.neighbours)];
    // The same memory through a buffer object of its own, which the one the first adjacency holds can be collected without.
    const memory = aliasOf(first.neighbours.buffer as SharedArrayBuffer);
    // Told, as the worker thread is, once the first adjacency's buffer is collected.
    let collected = false;
    const watch = new FinalizationRegistry<null>(() => (collected = true));
    watch.register(first.neighbours.buffer, null, memory);
    const third = await merged(second);
    // Held all along, the first adjacency was written by no patch since.
    expect(first.neighbours.every((coauthor, k) => coauthor === firstAsMade[k])).toBe(true);
    first = undefined;
    await collectedGarbage({ until: () => collected });
    // Read here, the registry is held through the collections above, as the worker's is by its module.
    watch.unregister(memory);
    expect(collected).toBe(true);
    // Each registry's callbacks may come in a later task than this one's: a few more turns, for the one that tells the worker thread.
    for (let k = 0; k < 4; k++) await new Promise((resolve) => setTimeout(resolve, 25));
    const later = [await merged(third)];
    later.push(await merged(later[0]!));
    later.push(await merged(later[1]!));
    // Let go, the first's memory holds a later merge's coauthors; held to the end, the second's was written by none of them.
    expect(later.some(({ neighbours }) => new Uint32Array(memory, 0, neighbours.length).every((coauthor, k) => coauthor === neighbours[k]))).toBe(true);
    expect(second.neighbours.every((coauthor, k) => coauthor === secondAsMade[k])).toBe(true);
  });
});

describe('a patched adjacency', () => {
  it('writes every slot of the arrays it is given, whatever they held', async () => {
    const graph = buildGraph(await readPaperFile('../shared/data/snap/CA-GrQc.txt'));
    const adjacency = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    const renumbering = runAtOnce(renumberForMerge(graph.authorCount, [0, graph.authorCount - 1], 2000));
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
  it('takes back the memory of a built adjacency, its weights widened, for the patch of it that grew it a little', async () => {
    const records = await readPaperFile('../shared/data/snap/CA-GrQc.txt');
    const pair = records.find((record) => record.authors.length >= 2)!.authors.slice(0, 2);
    // 256 papers more for one pair: a tie 8 bits cannot count, so the build widens the weights at its end.
    const strongTie = Array.from({ length: 256 }, (_, k): PaperRecord => ({ id: `p:tie-${k}`, year: 2000, authors: pair }));
    const built = runAtOnce(buildAdjacency(adjacencySourceOf(buildGraph([...records, ...strongTie]))));
    const arrays = [built.offsets, built.neighbours, built.weights];
    // Each array 0.5 % larger after the patch: within the room a build leaves, beside the spares made for the sizes.
    const grown = arrays.map(({ byteLength }) => Math.ceil(byteLength * 1.005));
    const spares = new SpareArrays();
    spares.prepare(grown);
    for (const { buffer } of arrays) spares.give(buffer as SharedArrayBuffer);
    // Two spares a size are kept: the one made and the one given back, which holds the grown array of its own kind.
    const rounds: ArrayBufferLike[][] = [0, 1].map(() => grown.map((bytes) => spares.take(Uint8Array, bytes).buffer));
    expect([built.weights.constructor.name, ...arrays.map(({ buffer }, k) => rounds.some((taken) => taken[k] === buffer))]).toEqual(['Uint16Array', true, true, true]);
  });

  it('keeps memory given back for the sizes prepared, two a size, the smallest that fit with room to grow, and makes memory only for a size none fits', () => {
    const spares = new SpareArrays();
    // Spares of 8,192 bytes: 8,000 with the margin, in whole pages.
    spares.prepare([8_000]);
    expect(spares.take(Uint8Array, 8_000).buffer.byteLength).toBe(8_192);
    const [tooSmall, fits, larger, third] = [8_040, 8_192, 12_288, 8_192].map((bytes) => new SharedArrayBuffer(bytes));
    // 8,040 bytes leave no room for 8,000 to grow by 1 %: let go.
    for (const buffer of [tooSmall!, larger!, fits!, third!]) spares.give(buffer);
    spares.prepare([8_000]);
    const taken: ArrayBufferLike[] = [0, 1, 2].map(() => spares.take(Uint8Array, 8_000).buffer);
    // The two smallest that fit; the larger let go, and prepare made none, as two fit: the third is new memory, with room to grow.
    expect([taken[0] === fits, taken[1] === third, taken.includes(larger!), taken.includes(tooSmall!), taken[2]!.byteLength]).toEqual([true, true, false, false, 8_192]);
  });

  it('hands each spare out once, the smallest that holds the array', () => {
    const spares = new SpareArrays();
    spares.prepare([40_000, 8_000]);
    const small = spares.take(Uint16Array, 3000);
    const large = spares.take(Uint32Array, 9000);
    expect([small.constructor.name, small.length, small.buffer.byteLength]).toEqual(['Uint16Array', 3000, 8192]);
    expect([large.constructor.name, large.length, large.buffer.byteLength]).toEqual(['Uint32Array', 9000, 40960]);
    // Both are taken: a third array is new shared memory, a page for 10 bytes.
    const fresh = spares.take(Uint8Array, 10);
    expect([fresh.buffer instanceof SharedArrayBuffer, fresh.length, fresh.buffer.byteLength]).toEqual([true, 10, 4096]);
  });

  it('makes new shared memory for an array larger than every spare, and after they are cleared', () => {
    const spares = new SpareArrays();
    // A spare is whole pages: 4,096 bytes for 100.
    spares.prepare([100]);
    // 4,100 bytes, and 2 % to grow: two pages.
    expect(spares.take(Uint32Array, 1025).buffer.byteLength).toBe(8192);
    spares.clear();
    expect(spares.take(Uint8Array, 50).buffer.byteLength).toBe(4096);
  });
});

/** A second buffer object for the memory of `buffer`, as another thread receives it. */
function aliasOf(buffer: SharedArrayBuffer): SharedArrayBuffer {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(buffer);
  const alias = receiveMessageOnPort(port2)!.message as SharedArrayBuffer;
  port1.close();
  return alias;
}

/** The row patches of a merge, as `mergeAdjacency` makes them. */
function mergePatches({ offsets, neighbours }: CoauthorAdjacency, { oldToNew, survivor, merged }: MergeRenumbering): Map<number, RowPatch> {
  const patches = new Map<number, RowPatch>([[survivor, { from: merged, added: [] }]]);
  for (const author of merged) for (let k = offsets[author]!; k < offsets[author + 1]!; k++) patches.set(oldToNew[neighbours[k]!]!, { from: [neighbours[k]!], added: [] });
  return patches;
}
