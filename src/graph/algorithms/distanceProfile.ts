import type { CoauthorGraph } from '../store/CoauthorGraph.ts';
import { coauthorAdjacency } from '../store/coauthorAdjacency.ts';
import { type BudgetTask, OFFLINE_STATISTICS, type VisitBudget } from './VisitBudget.ts';

const TASK: BudgetTask = { name: 'the distance profile', advice: OFFLINE_STATISTICS };

/** How far apart authors are, over every pair joined by some path. */
export interface DistanceProfile {
  /** The longest shortest path between two connected authors. */
  readonly diameter: number;
  /**
   * The 90th percentile of shortest-path lengths, interpolated between whole
   * hops as SNAP does: the distance within which 90% of connected pairs lie.
   */
  readonly effectiveDiameter: number;
  /** The mean shortest-path length over connected pairs of two different authors. */
  readonly averageDistance: number;
  /** pairs[d]: ordered pairs (u, v), u = v included, whose shortest path has d hops. */
  readonly pairs: readonly number[];
}

/**
 * Exact distance statistics by a breadth-first search from every author:
 * time grows with authors × coauthor pairs, so this is for offline tools.
 * The effective diameter follows SNAP's definition (bfsdfs.h, anf.cpp):
 * counting ordered pairs including each author with itself at distance 0,
 * the first d whose cumulative count exceeds 90% of all, less the fraction
 * of the step from d − 1 that was not needed.
 *
 * @example distanceProfile(graph, VisitBudget.unlimited()).diameter // 17 for SNAP's CA-GrQc
 */
export function distanceProfile(graph: CoauthorGraph, budget: VisitBudget): DistanceProfile {
  const { offsets, neighbours } = coauthorAdjacency(graph);
  const authorCount = graph.authorCount;
  const distance = new Int32Array(authorCount).fill(-1);
  const queue = new Uint32Array(authorCount);
  const pairs: number[] = [];
  for (let start = 0; start < authorCount; start++) {
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    distance[start] = 0;
    while (head < tail) {
      const u = queue[head++]!;
      const d = distance[u]!;
      pairs[d] = (pairs[d] ?? 0) + 1;
      budget.spend(offsets[u + 1]! - offsets[u]! + 1, TASK);
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = neighbours[k]!;
        if (distance[v] !== -1) continue;
        distance[v] = d + 1;
        queue[tail++] = v;
      }
    }
    for (let k = 0; k < tail; k++) distance[queue[k]!] = -1;
  }
  return {
    diameter: Math.max(0, pairs.length - 1),
    effectiveDiameter: percentileDistance(pairs, 0.9),
    averageDistance: averageDistance(pairs),
    pairs,
  };
}

function percentileDistance(pairs: readonly number[], fraction: number): number {
  const total = pairs.reduce((sum, count) => sum + count, 0);
  const wanted = fraction * total;
  let below = 0;
  for (let d = 0; d < pairs.length; d++) {
    const upTo = below + pairs[d]!;
    // SNAP answers 1 when the self-pairs alone pass the percentile.
    if (upTo > wanted) return d === 0 ? 1 : d - 1 + (wanted - below) / pairs[d]!;
    below = upTo;
  }
  return pairs.length - 1;
}

function averageDistance(pairs: readonly number[]): number {
  let count = 0;
  let sum = 0;
  pairs.forEach((n, d) => {
    if (d === 0) return;
    count += n;
    sum += n * d;
  });
  return count === 0 ? 0 : sum / count;
}
