import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { foreground } from '../graph/store/steps/Foreground.ts';
import type { Context } from '../schema/Context.ts';

/**
 * Marks each request as foreground work (see `Foreground`) from its arrival
 * to its answer, so that the steps of a change give way to it between their
 * slices; a mutation leaves the foreground as it runs, since it waits for
 * the change, which would otherwise wait for it. A response that streams
 * (an event stream) is answered when its stream opens.
 *
 * @example createYoga({ schema, plugins: [useForeground()] })
 */
export function useForeground(): Plugin<Context> {
  const underWay = new WeakMap<Request, () => void>();
  return {
    onRequest({ request }) {
      underWay.set(request, foreground.begin());
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation === 'mutation') underWay.get(args.contextValue.request)?.();
    },
    onResponse({ request }) {
      underWay.get(request)?.();
    },
  };
}
