import type { Author } from '../store/Author.ts';
import type { CoauthorGraph } from '../store/CoauthorGraph.ts';
import type { Paper } from '../store/Paper.ts';
import type { BudgetTask, VisitBudget } from './VisitBudget.ts';

/**
 * The papers `a` and `b` both wrote, newest first, as part of `task`: a merge of their paper
 * rows, which are sorted by paper index (newest first) already. Papers with
 * more than `graph.maxAuthorsPerPaper` authors are left out, as they are from
 * the collaboration counts.
 *
 * @example sharedPapers(graph, perez, kaplan, budget, task).length // 6 on the seed
 */
export function sharedPapers(graph: CoauthorGraph, a: Author, b: Author, budget: VisitBudget, task: BudgetTask): Paper[] {
  const { authorPaperOffsets, authorPapers } = graph.parts;
  let i = authorPaperOffsets[a.index]!;
  let j = authorPaperOffsets[b.index]!;
  const iEnd = authorPaperOffsets[a.index + 1]!;
  const jEnd = authorPaperOffsets[b.index + 1]!;
  budget.spend(iEnd - i + (jEnd - j), task);
  const shared: Paper[] = [];
  while (i < iEnd && j < jEnd) {
    const p = authorPapers[i]!;
    const q = authorPapers[j]!;
    // A byline too large to pair makes no collaboration, so it is no shared paper either.
    if (p === q && graph.pairsAuthorsOf(p)) shared.push(graph.papers[p]!);
    if (p <= q) i++;
    if (q <= p) j++;
  }
  return shared;
}
