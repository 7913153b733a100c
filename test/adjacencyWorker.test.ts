import { describe, expect, it } from 'vitest';
import { index } from '../src/buildIndexedGraph.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { buildAdjacencyInWorker } from '../src/graph/store/buildAdjacencyInWorker.ts';
import { adjacencySourceOf, buildAdjacency, coauthorAdjacency } from '../src/graph/store/coauthorAdjacency.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { readPaperFile } from '../src/ingest/readPaperFile.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';

// Ada shares two papers with Ben and one with Cy; the four-author paper pairs no one at a bound of 3.
const records: PaperRecord[] = [
  { id: 'p:1', authors: ['Ada Lovelace', 'Ben Franklin'] },
  { id: 'p:2', authors: ['Ben Franklin', 'Ada Lovelace', 'Cy Young'] },
  { id: 'p:3', authors: ['Ada Lovelace', 'Ben Franklin', 'Cy Young', 'Dee Dee'] },
];

describe('the coauthor adjacency built on a worker thread', () => {
  it('holds the rows and counts worked out by hand, leaving out bylines beyond the bound', async () => {
    const graph = buildGraph(records, { maxAuthorsPerPaper: 3 });
    const { offsets, neighbours, weights, pairCount } = await buildAdjacencyInWorker(adjacencySourceOf(graph)).built;
    // Authors in name order: Ada 0, Ben 1, Cy 2, Dee 3 (on no paper that pairs).
    expect([...offsets]).toEqual([0, 2, 4, 6, 6]);
    expect([...neighbours]).toEqual([1, 2, 0, 2, 0, 1]);
    expect([...weights]).toEqual([2, 1, 2, 1, 1, 1]);
    expect(pairCount).toBe(3);
  });

  it('equals the adjacency built in place on the SNAP GrQc collaboration network', async () => {
    const graph = buildGraph(await readPaperFile('../shared/data/snap/CA-GrQc.txt'));
    const inPlace = runAtOnce(buildAdjacency(adjacencySourceOf(graph)));
    const inWorker = await buildAdjacencyInWorker(adjacencySourceOf(graph)).built;
    expect(inWorker.offsets).toEqual(inPlace.offsets);
    expect(inWorker.neighbours).toEqual(inPlace.neighbours);
    expect(inWorker.weights).toEqual(inPlace.weights);
    // The file's 14,484 pairs; its 12 self-pairs pair no one.
    expect(inWorker.pairCount).toBe(14484);
  });

  it('is the adjacency a graph indexed with it answers from', async () => {
    const graph = buildGraph(records);
    await index(graph, runAtOnce, undefined, true);
    const { offsets, weights } = coauthorAdjacency(graph);
    // Without the bound every paper pairs: Ada shares three papers with Ben, two with Cy, one with Dee.
    expect([...offsets]).toEqual([0, 3, 6, 9, 12]);
    expect([...weights.subarray(0, 3)]).toEqual([3, 2, 1]);
  });

  it('rejects with the error that stopped the worker', async () => {
    const graph = buildGraph(records);
    // Rows the build cannot read: it fails on its first author.
    const broken = { ...adjacencySourceOf(graph), authorPaperOffsets: null as unknown as Uint32Array };
    await expect(buildAdjacencyInWorker(broken).built).rejects.toThrow("Cannot read properties of null (reading 'length')");
  });
});
