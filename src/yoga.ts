import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { CoauthorGraph } from './graph/CoauthorGraph.ts';
import { type Context, createContext } from './schema/Context.ts';
import { schema } from './schema/index.ts';

/** The query GraphiQL opens with: a nested author network, two levels deep. */
export const EXAMPLE_QUERY = `# Who wrote with Ethan Perez, and what else did they write?
{
  author(name: "Ethan Perez") {
    name
    paperCount
    coauthorCount
    coauthors(first: 5) {
      totalCount
      edges {
        collaborationCount
        firstYear
        lastYear
        node {
          name
          papers(first: 3) {
            edges {
              position
              node { title year authorCount }
            }
          }
        }
      }
    }
  }
}
`;

export interface YogaOptions {
  /** The snapshot to serve; called once per request, so a reload can swap it. */
  readonly graph: () => CoauthorGraph;
}

/**
 * The GraphQL-over-HTTP app, not listening: `server.ts` gives it a socket,
 * tests call `yoga.fetch` in process.
 *
 * @example
 * const yoga = createApp({ graph: () => graph });
 * await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ authors { totalCount } }' }) });
 */
export function createApp({ graph }: YogaOptions): YogaServerInstance<Record<string, never>, Context> {
  return createYoga<Record<string, never>, Context>({
    schema,
    context: () => createContext(graph()),
    graphiql: { title: 'coauthor-graph', defaultQuery: EXAMPLE_QUERY },
    landingPage: false,
  });
}
