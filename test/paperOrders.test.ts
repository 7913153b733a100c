import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { paperOrders } from '../src/graph/store/paperOrders.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { nodesOf } from './support/nodesOf.ts';
import { seedGraph } from './support/seedGraph.ts';

const arxivIds = (graph: CoauthorGraph, order: Uint32Array) => Array.from(order, (index) => graph.paper(index).arxivId);

describe('paperOrders', () => {
  it('orders the seed papers oldest first and by folded title, ties in the snapshot order', async () => {
    const graph = await seedGraph();
    const orders = paperOrders(graph);
    // The two papers of 17 July 2023 keep their snapshot order (2307.11768 is index 1, 2307.13702 index 2).
    expect(arxivIds(graph, orders.OLDEST_FIRST)).toEqual(['2212.08073', '2212.09251', '2302.07459', '2307.11768', '2307.13702', '2401.05566']);
    // Constitutional, Discovering, Measuring, Question, Sleeper, The Capacity.
    expect(arxivIds(graph, orders.TITLE)).toEqual(['2212.08073', '2212.09251', '2307.13702', '2307.11768', '2401.05566', '2302.07459']);
  });

  it('puts undated papers last oldest first as newest first, and keeps ties of a date in id order', () => {
    const graph = buildGraph([
      { id: 'e', authors: ['A'] },
      { id: 'b', published: '2020-01-01', authors: ['A'] },
      { id: 'd', authors: ['B'] },
      { id: 'a', published: '2020-01-01', authors: ['B'] },
      { id: 'c', published: '2019-05-05', authors: ['C'] },
    ]);
    expect(nodesOf(graph).papers.map((paper) => paper.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(Array.from(paperOrders(graph).OLDEST_FIRST, (index) => graph.paper(index).id)).toEqual(['c', 'a', 'b', 'd', 'e']);
  });

  it('gives in steps the orders it gives at once, and computes them once per snapshot', async () => {
    const graph = await seedGraph();
    const inSteps = runAtOnce(paperOrders.inSteps(graph));
    expect(paperOrders(graph)).toBe(inSteps);
    expect(paperOrders(await seedGraph())).toEqual(inSteps);
  });
});
