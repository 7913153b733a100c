import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../schema/apiError.ts';

/**
 * Stops an operation that runs longer than `timeoutMs`, or whose client went
 * away, by handing the executor an abort signal: it resolves no further
 * field, and the response is one EXECUTION_TIMEOUT error. Work already inside
 * a synchronous resolver finishes first; the graph's algorithms bound that by
 * their visit budgets. A mutation is not stopped: a change is applied whole
 * or not at all, and its answer must say which (stopped, a client would be
 * told nothing while the change lands), so it runs to its end.
 *
 * @example createYoga({ schema, plugins: [useExecutionTimeout(10_000)] })
 */
export function useExecutionTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation === 'mutation') return undefined;
      const controller = new AbortController();
      const timeout = setTimeout(
        () =>
          controller.abort(
            apiError(
              'EXECUTION_TIMEOUT',
              `The operation ran longer than ${timeoutMs} ms and was stopped. Ask for less (smaller pages, fewer nested connections) and try again.`,
              { limit: timeoutMs },
            ),
          ),
        timeoutMs,
      );
      // One controller fed by both causes, rather than AbortSignal.any, which
      // keeps dependent signals alive on some Node 20 releases.
      const clientGone = args.contextValue.request?.signal;
      const onClientGone = () => controller.abort(clientGone?.reason);
      clientGone?.addEventListener('abort', onClientGone, { once: true });
      const done = () => {
        clearTimeout(timeout);
        clientGone?.removeEventListener('abort', onClientGone);
      };
      controller.signal.addEventListener('abort', done, { once: true });
      // graphql-js 16 does not type it, but Yoga's executor reads `signal` from the arguments.
      Object.assign(args, { signal: controller.signal });
      return { onExecuteDone: done };
    },
  };
}
