import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/Context.ts';
import { isAsyncIterable } from 'graphql-yoga';
import { PAGE_SIZE_DEFAULT } from '../schema/paginate.ts';
import { estimateCost } from './estimateCost.ts';
import { graphBounds } from './graphBounds.ts';
import { refusal } from './refusal.ts';

/**
 * Estimates each operation's cost (`estimateCost`) once its variables are
 * known and before any resolver runs; refuses it above `limit`, and reports
 * the estimate as `extensions.cost` of every response it lets through.
 *
 * @example createYoga({ schema, plugins: [useCostLimit(50_000)] })
 */
export function useCostLimit(limit: number): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const estimate = estimateCost({ ...args, bounds: graphBounds(args.contextValue.graph) });
      if (estimate === undefined) return undefined;
      const { cost, path } = estimate;
      if (cost > limit) {
        setResultAndStopExecution({
          errors: [
            refusal(
              'COST_LIMIT_EXCEEDED',
              `The operation's estimated cost is ${cost.toLocaleString('en-US')}; the limit is ${limit.toLocaleString('en-US')}. ` +
                `Most of it comes from \`${path}\`: each connection multiplies the cost of its items by its \`first\`/\`last\` ` +
                `(${PAGE_SIZE_DEFAULT} when neither is given). Ask for smaller pages or fewer nested connections.`,
              { cost, limit, path },
            ),
          ],
          extensions: { cost },
        });
        return undefined;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!isAsyncIterable(result)) setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}
