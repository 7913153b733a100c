import type { CoauthorAdjacency } from '../store/coauthorAdjacency.ts';
import { type BudgetTask, OFFLINE_STATISTICS, type VisitBudget } from './VisitBudget.ts';

const TASK: BudgetTask = { name: 'the clustering coefficient', advice: OFFLINE_STATISTICS };

/**
 * The triangles through author `u` (pairs of its coauthors who are coauthors
 * too) and its local clustering coefficient: those pairs over all pairs of
 * its coauthors, 0 for an author with fewer than two coauthors (SNAP's
 * convention, so the graph average counts such authors as 0).
 *
 * @example localClustering(adjacency, u, budget) // { triangles: 3, coefficient: 0.5 } for 3 of 6 pairs linked
 */
export function localClustering(
  { offsets, neighbours }: CoauthorAdjacency,
  u: number,
  budget: VisitBudget,
): { triangles: number; coefficient: number } {
  const start = offsets[u]!;
  const end = offsets[u + 1]!;
  const degree = end - start;
  let triangles = 0;
  // Each linked pair v < w of u's coauthors is counted once, from v: merge
  // the rest of u's row after v with the rest of v's row after v.
  for (let k = start; k < end; k++) {
    const v = neighbours[k]!;
    let i = k + 1;
    let j = offsets[v]!;
    const jEnd = offsets[v + 1]!;
    while (j < jEnd && neighbours[j]! <= v) j++;
    budget.spend(end - i + (jEnd - j), TASK);
    while (i < end && j < jEnd) {
      const a = neighbours[i]!;
      const b = neighbours[j]!;
      if (a === b) triangles++;
      if (a <= b) i++;
      if (b <= a) j++;
    }
  }
  return { triangles, coefficient: degree < 2 ? 0 : triangles / ((degree * (degree - 1)) / 2) };
}
