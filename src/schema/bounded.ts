import { BudgetExceededError } from '../graph/algorithms/VisitBudget.ts';
import { apiError } from './apiError.ts';

/**
 * Runs a graph algorithm for a resolver and turns a spent visit budget into a
 * BUDGET_EXCEEDED error for the client; the request's other fields, and
 * other requests, are unaffected.
 *
 * @example resolve: (_root, args, { graph, budget }) => bounded(() => collaborationPath(graph, a, b, { maxLength: 6, budget }))
 */
export function bounded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
    throw apiError('BUDGET_EXCEEDED', `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`, {
      limit: error.limit,
    });
  }
}
