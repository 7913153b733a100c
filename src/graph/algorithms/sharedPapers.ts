import type { Author } from '../store/Author.ts';
import type { CoauthorGraph } from '../store/CoauthorGraph.ts';
import type { Paper } from '../store/Paper.ts';
import { sharedPaperIndices } from '../store/sharedPaperIndices.ts';
import type { BudgetTask, VisitBudget } from './VisitBudget.ts';

/**
 * The papers `a` and `b` both wrote, newest first, as part of `task`: a merge
 * of their paper rows (see `sharedPaperIndices`), charged a visit per paper
 * of either. Papers with more than `graph.maxAuthorsPerPaper` authors are
 * left out, as they are from the collaboration counts.
 *
 * @example sharedPapers(graph, perez, kaplan, budget, task).length // 6 on the seed
 */
export function sharedPapers(graph: CoauthorGraph, a: Author, b: Author, budget: VisitBudget, task: BudgetTask): Paper[] {
  const { authorPaperOffsets } = graph.parts;
  budget.spend(authorPaperOffsets[a.index + 1]! - authorPaperOffsets[a.index]! + (authorPaperOffsets[b.index + 1]! - authorPaperOffsets[b.index]!), task);
  return Array.from(sharedPaperIndices(graph, a.index, b.index), (p) => graph.paper(p));
}
