import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/Context.ts';

/**
 * Adds `extensions.graphVersion` to every result when the server keeps a
 * journal: the version of the graph the request read, or for a mutation
 * the one it made. A client passes it back as `expectedVersion`.
 *
 * @example createYoga({ schema, plugins: [useGraphVersion()] })
 */
export function useGraphVersion(): Plugin<Context> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const version = args.contextValue.graphVersion;
          if (version === undefined || Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, graphVersion: version } });
        },
      };
    },
  };
}
