import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/Context.ts';

/**
 * Starts each operation's time slice (see `TimeSlicer`) and ties its yield
 * points (`Context.yieldPoint`) to the abort signal an earlier plugin gave
 * its execution (`useExecutionTimeout`), so that an operation stopped by
 * its timeout or its client throws at its next yield point instead of
 * working on for an answer nobody reads. Comes after the plugin that sets
 * the signal.
 *
 * @example createYoga({ schema, plugins: [useExecutionTimeout(10_000), useSlicedExecution()] })
 */
export function useSlicedExecution(): Plugin<Context> {
  return {
    onExecute({ args }) {
      // graphql-js 16 does not type it, but Yoga's executor reads `signal` from the arguments.
      const { signal } = args as typeof args & { signal?: AbortSignal };
      args.contextValue.beginExecution(signal);
    },
  };
}
