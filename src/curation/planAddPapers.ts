import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { paperLocalId } from '../graph/store/paperLocalId.ts';
import type { PaperRecord } from '../ingest/PaperRecord.ts';
import { checkPaper } from './checkPaper.ts';
import type { Change } from '../journal/Change.ts';
import type { UserError } from './UserError.ts';

/** Papers one call may add: enough for a batch import, few enough that one delta over the graph answers it. */
export const MAX_PAPERS_PER_CALL = 1000;

/**
 * The change that adds `papers` (plain objects of the `PaperRecord`
 * shape), each checked as the JSON Lines importer checks a line, with its
 * messages; or every defect found, none added. A paper whose id the graph
 * or the call already holds is refused too.
 *
 * @example planAddPapers(graph, [{ title: 'On Graphs', published: '2024-05-01', year: 2024, authors: ['Ann Ames'] }])
 */
export function planAddPapers(graph: CoauthorGraph, papers: readonly unknown[]): Change | UserError[] {
  if (papers.length === 0 || papers.length > MAX_PAPERS_PER_CALL) {
    return [{ field: 'papers', message: `Send from 1 to ${MAX_PAPERS_PER_CALL} papers a call, got ${papers.length}.`, code: 'TOO_MANY_PAPERS' }];
  }
  const errors: UserError[] = [];
  const records: PaperRecord[] = [];
  const seen = new Map<string, number>();
  papers.forEach((paper, index) => {
    const where = `papers[${index}]`;
    const record = checkPaper(graph, paper, where);
    if ('code' in record) {
      errors.push(record);
      return;
    }
    const id = paperLocalId(record);
    const earlier = seen.get(id);
    if (graph.paperById(id) !== undefined || earlier !== undefined) {
      const holder = earlier === undefined ? 'the graph already holds it' : `papers[${earlier}] is the same paper`;
      errors.push({ field: where, message: `${where}: a paper with the id "${id}" is already there (${holder}).`, code: 'DUPLICATE_PAPER' });
      return;
    }
    seen.set(id, index);
    records.push(record);
  });
  return errors.length > 0 ? errors : { kind: 'addPapers', papers: records };
}
