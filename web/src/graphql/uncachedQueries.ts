import type { ResultOf } from 'gql.tada';
import { graphql } from './graphql.ts';

/**
 * The network around one author, as the drawing needs it. Sent past the
 * normalized cache (see `createClient`'s `normalized`), as written: writing
 * 177,000 ties into graphcache took longer than fetching them, and nothing
 * else reads them from there.
 */
export const AuthorNetwork = graphql(`
  query AuthorNetwork($center: [ID!]!, $depth: Int!, $maxNodes: Int!, $minCollaborations: Int!, $fromYear: Int, $toYear: Int) {
    network(center: $center, depth: $depth, maxNodes: $maxNodes, minCollaborations: $minCollaborations, fromYear: $fromYear, toYear: $toYear) {
      truncated
      nodes {
        key
        label
        distance
        ... on NetworkAuthor { paperCount }
      }
      edges { source target weight }
    }
  }
`);

export type NetworkResult = NonNullable<ResultOf<typeof AuthorNetwork>['network']>;
