import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import type { Change } from '../journal/Change.ts';
import { checkPaper } from './checkPaper.ts';
import type { UserError } from './UserError.ts';

/**
 * The change that replaces the paper `id` (a raw paper id, undefined for
 * one that could not be read) by `value`, or removes it when `value` is
 * undefined; or why not: no such paper, or a defect in `value` as the
 * importer finds it. The new record keeps the paper's id, so links to it
 * stay good whatever changed in its content.
 *
 * @example planPaperChange(graph, 'arxiv:2212.08073', { title: 'Constitutional AI', authors: ['Yuntao Bai'] })
 */
export function planPaperChange(graph: CoauthorGraph, id: string | undefined, value: unknown): Change | UserError[] {
  if (id === undefined || graph.paperById(id) === undefined) return [{ field: 'id', message: 'No paper has this id in the current graph.', code: 'NOT_FOUND' }];
  if (value === undefined) return { kind: 'removePaper', id };
  const paper = checkPaper(graph, value, 'paper');
  return 'code' in paper ? [paper] : { kind: 'updatePaper', id, paper: { ...paper, id } };
}
