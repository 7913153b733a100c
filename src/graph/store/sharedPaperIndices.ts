import type { CoauthorGraph } from './CoauthorGraph.ts';

/**
 * The papers (indices) authors `a` and `b` (indices) both wrote, newest
 * first: a merge of their paper rows, which are sorted by paper index
 * (newest first) already, so it costs the two authors' paper counts. Papers
 * with more than `graph.maxAuthorsPerPaper` authors are left out, as they
 * are from the collaboration counts.
 *
 * @example sharedPaperIndices(graph, perez.index, kaplan.index).length // 6 on the seed
 */
export function sharedPaperIndices(graph: CoauthorGraph, a: number, b: number): Uint32Array {
  const { authorPaperOffsets, authorPapers } = graph.parts;
  let i = authorPaperOffsets[a]!;
  let j = authorPaperOffsets[b]!;
  const iEnd = authorPaperOffsets[a + 1]!;
  const jEnd = authorPaperOffsets[b + 1]!;
  const shared = new Uint32Array(Math.min(iEnd - i, jEnd - j));
  let count = 0;
  while (i < iEnd && j < jEnd) {
    const p = authorPapers[i]!;
    const q = authorPapers[j]!;
    // A byline too large to pair makes no collaboration, so it is no shared paper either.
    if (p === q && graph.pairsAuthorsOf(p)) shared[count++] = p;
    if (p <= q) i++;
    if (q <= p) j++;
  }
  return shared.subarray(0, count);
}
