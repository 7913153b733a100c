import type { CoauthorGraph } from '../../src/graph/store/CoauthorGraph.ts';
import type { YogaOptions } from '../../src/yoga.ts';
import { appClient, type Reply } from './appClient.ts';

export type GraphQLResponse = Reply['body'];

/**
 * A function that posts one query through the whole Yoga pipeline, in
 * process, and returns the parsed body; `settings` override the app's defaults.
 */
export function graphqlClient(graph: CoauthorGraph, settings: Omit<YogaOptions, 'graph'> = {}) {
  const { post } = appClient({ ...settings, graph: () => graph });
  return async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> => (await post({ query, variables })).body;
}
