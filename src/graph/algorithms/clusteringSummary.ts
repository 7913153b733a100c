import { coauthorAdjacency } from '../store/coauthorAdjacency.ts';
import { localClustering } from './localClustering.ts';
import { perSnapshot } from '../store/perSnapshot.ts';
import type { VisitBudget } from './VisitBudget.ts';

/** Triangle count and average clustering coefficient of the coauthor graph. */
export interface ClusteringSummary {
  /** Sets of three authors each two of whom are coauthors. */
  readonly triangles: number;
  /** The mean over all authors of the local clustering coefficient, authors with fewer than two coauthors counting 0. */
  readonly averageClustering: number;
}

/**
 * SNAP's triangle count and average clustering coefficient; computed once
 * per snapshot.
 *
 * @example clusteringSummary(graph, budget) // { triangles: 48260, averageClustering: 0.5296… } for CA-GrQc
 */
export const clusteringSummary = perSnapshot((graph, budget: VisitBudget): ClusteringSummary => {
  const adjacency = coauthorAdjacency(graph);
  let corners = 0;
  let sum = 0;
  for (let u = 0; u < graph.authorCount; u++) {
    const { triangles, coefficient } = localClustering(adjacency, u, budget);
    corners += triangles;
    sum += coefficient;
  }
  // Every triangle is seen once from each of its three corners.
  return { triangles: corners / 3, averageClustering: graph.authorCount === 0 ? 0 : sum / graph.authorCount };
});
