import type { CoauthorGraph } from '../../src/graph/CoauthorGraph.ts';
import { createApp, type YogaOptions } from '../../src/yoga.ts';

export interface GraphQLResponse {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * A function that posts one query through the whole Yoga pipeline, in
 * process, and returns the parsed body; `settings` override the app's defaults.
 */
export function graphqlClient(graph: CoauthorGraph, settings: Omit<YogaOptions, 'graph'> = {}) {
  const yoga = createApp({ ...settings, graph: () => graph });
  return async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
}
