import { coauthorAdjacency } from '../store/coauthorAdjacency.ts';
import { countValues, type ValueCount } from './countValues.ts';
import { perSnapshot } from '../store/perSnapshot.ts';
import { OFFLINE_STATISTICS, type VisitBudget } from './VisitBudget.ts';

/** Histograms over the whole snapshot. */
export interface GraphDistributions {
  /** Dated papers per year, ascending. */
  readonly papersPerYear: readonly ValueCount[];
  readonly undatedPapers: number;
  /** Papers by byline length. */
  readonly authorsPerPaper: readonly ValueCount[];
  /** Authors by number of distinct coauthors. */
  readonly degrees: readonly ValueCount[];
  /** Author indices, most coauthors first, then in name order. */
  readonly byCoauthorCount: readonly number[];
}

/**
 * Year, byline and degree histograms, and authors ranked by coauthor count;
 * computed once per snapshot.
 *
 * @example graphDistributions(graph, budget).papersPerYear // [{ value: 2022, count: 2 }, …] on the seed
 */
export const graphDistributions = perSnapshot((graph, budget: VisitBudget): GraphDistributions => {
  const { offsets } = coauthorAdjacency(graph);
  const { authorCount, paperCount } = graph;
  budget.spend(authorCount + paperCount, { name: 'the graph statistics', advice: OFFLINE_STATISTICS });
  const degree = (a: number) => offsets[a + 1]! - offsets[a]!;
  const { year } = graph.parts.paperColumns.numbers;
  const { paperAuthorOffsets } = graph.parts;
  const years: number[] = [];
  for (let p = 0; p < paperCount; p++) if (!Number.isNaN(year[p]!)) years.push(year[p]!);
  const authorIndices = Array.from({ length: authorCount }, (_, a) => a);
  return {
    papersPerYear: countValues(years),
    undatedPapers: paperCount - years.length,
    authorsPerPaper: countValues(Array.from({ length: paperCount }, (_, p) => paperAuthorOffsets[p + 1]! - paperAuthorOffsets[p]!)),
    degrees: countValues(authorIndices.map(degree)),
    byCoauthorCount: authorIndices.sort((a, b) => degree(b) - degree(a) || a - b),
  };
});
