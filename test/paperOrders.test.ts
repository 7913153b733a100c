import { describe, expect, it } from 'vitest';
import type { Paper } from '../src/graph/store/Paper.ts';
import { paperOrders } from '../src/graph/store/paperOrders.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { seedGraph } from './support/seedGraph.ts';

const arxivIds = (papers: readonly Paper[]) => papers.map((paper) => paper.arxivId);

describe('paperOrders', () => {
  it('orders the seed papers oldest first and by folded title, ties in the snapshot order', async () => {
    const orders = paperOrders(await seedGraph());
    // The two papers of 17 July 2023 keep their snapshot order (2307.11768 is index 1, 2307.13702 index 2).
    expect(arxivIds(orders.OLDEST_FIRST)).toEqual(['2212.08073', '2212.09251', '2302.07459', '2307.11768', '2307.13702', '2401.05566']);
    // Constitutional, Discovering, Measuring, Question, Sleeper, The Capacity.
    expect(arxivIds(orders.TITLE)).toEqual(['2212.08073', '2212.09251', '2307.13702', '2307.11768', '2401.05566', '2302.07459']);
  });

  it('gives in steps the orders it gives at once, and computes them once per snapshot', async () => {
    const graph = await seedGraph();
    const inSteps = runAtOnce(paperOrders.inSteps(graph));
    expect(paperOrders(graph)).toBe(inSteps);
    expect(paperOrders(await seedGraph())).toEqual(inSteps);
  });
});
